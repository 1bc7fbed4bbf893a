// The engine as Node runs it beside the page, bundled from the same sources as the page's.
export { bootstrapMeanWeightedDiscrepancy } from '../../src/bootstrap.js';
export { AggregatePool, nodeWorkerPort } from '../../src/parallel.js';
export { aggregatePublication, summarisePublication } from '../../src/publication.js';
export { compileScoringConfig } from '../../src/scoringConfig.js';

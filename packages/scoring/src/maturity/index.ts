// @capkit/scoring/maturity: a composite maturity index (OECD/JRC Handbook, COINr's methods) with
// its uncertainty and sensitivity analysis.
export {
  buildIndex,
  type MaturityEntityResult,
  type MaturityIndexResult,
  type MaturityIndicatorResult,
  type MaturityNodeResult,
} from './buildIndex.js';
export {
  compileMaturityInput,
  maturityInputSchema,
  maturityLevelSchema,
  maturityLimits,
  aggregationSchema,
  type Aggregation,
  type MaturityFramework,
  type MaturityInput,
  type MaturityLevel,
} from './maturityInput.js';
export {
  maturityOptionsSchema,
  resolveMaturityOptions,
  type MaturityOptions,
  type ResolvedMaturityOptions,
} from './maturityOptions.js';
export { impute, type ImputationMethod, type Imputed } from './impute.js';
export { skewKurtosis } from './skewKurtosis.js';
export { treatOutliers, type OutlierRule, type OutlierTreatment } from './treatOutliers.js';
export {
  normaliseColumn,
  normalisationSchema,
  type IndicatorScale,
  type Normalisation,
} from './normalise.js';
export { effectiveWeights, localWeights, type Weighting } from './weights.js';
export { aggregateNode, aggregationScratch, type AggregationScratch } from './aggregate.js';
export { maturityLevelOf, maturityLevels } from './maturityLevels.js';
export { ranksInto } from './ranks.js';
export { quantileOfSorted } from '../stats/quantile.js';
export { saltelliDesign, sobolIndices, type SobolIndices } from './sobol.js';
export {
  analyseUncertainty,
  type EntityRankInterval,
  type UncertaintyDraws,
  type UncertaintyResult,
} from './uncertainty.js';
export {
  parseUncertaintyPlan,
  uncertaintyLimits,
  uncertaintyPlanSchema,
  type UncertaintyPlan,
} from './uncertaintyPlan.js';
export { maturityInputFromModel } from './fromModel.js';
export { drawParameters, type DrawParameters } from './drawParameters.js';

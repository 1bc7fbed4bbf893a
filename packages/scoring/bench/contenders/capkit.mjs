// capkit: its natural layout is the ResponseMatrix itself — one Uint8Array, respondent-major,
// 255 = missing (40 MB for 1M × 40) — plus one byte of unit and of role per respondent. The
// query is one call to aggregateByGroup, the engine's own API for this question.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  COMPETENCIES,
  UNITS,
  emptyAggregates,
  generateMatrix,
  scoringConfig,
} from '../surveyData.mjs';

export const capkit = {
  name: 'capkit',
  layout: 'Uint8Array respondent-major (ResponseMatrix)',

  /** Loads the built engine; null (with the reason) when it has no aggregateByGroup yet. */
  async open() {
    const engine = await import('../../dist/index.js');
    if (
      typeof engine.aggregateByGroup !== 'function' ||
      typeof engine.compileScoringConfig !== 'function'
    ) {
      return {
        unavailable: 'dist/index.js exports no aggregateByGroup / compileScoringConfig yet',
      };
    }
    return { engine, compiledConfig: engine.compileScoringConfig(scoringConfig) };
  },

  load(context, survey) {
    const { matrix, unitOf, roleOf } = generateMatrix(survey);
    return { matrix, unitOf, roleOf, levels: survey.levels };
  },

  compute({ engine, compiledConfig }, { matrix, unitOf, roleOf, levels }) {
    return engine.aggregateByGroup(
      matrix,
      compiledConfig,
      { groupOf: unitOf, groups: UNITS },
      { required: { roleOf, levels } },
    );
  },

  /** `below` counts respondents under their required level; gapCount those with a gap computed. */
  toAggregates(result) {
    const aggregates = emptyAggregates();
    for (let cell = 0; cell < UNITS * COMPETENCIES; cell += 1) {
      const count = result.count[cell];
      aggregates.count[cell] = count;
      if (count === 0) continue;
      aggregates.mean[cell] = result.mean[cell];
      aggregates.meanGap[cell] = result.gapSum[cell] / result.gapCount[cell];
      aggregates.shareBelow[cell] = result.below[cell] / result.gapCount[cell];
    }
    return aggregates;
  },
};

// The same engine and layout, with the rows split over one worker thread per core; the ratings
// and index columns live in SharedArrayBuffers, so no byte is copied to the workers.
export const capkitWorkers = {
  ...capkit,
  name: 'capkit-workers',
  layout: 'same Uint8Array, in a SharedArrayBuffer, over worker threads',

  async open() {
    const opened = await capkit.open();
    if (opened.unavailable !== undefined) return opened;
    const parallel = await import('../../dist/parallel.js');
    const script = fileURLToPath(new URL('../../dist/workerNode.js', import.meta.url));
    const pool = new parallel.AggregatePool(
      Array.from({ length: availableParallelism() }, () =>
        parallel.nodeWorkerPort(new Worker(script)),
      ),
    );
    return { ...opened, pool };
  },

  load(context, survey) {
    const shared = (array) => {
      const copy = new array.constructor(new SharedArrayBuffer(array.byteLength));
      copy.set(array);
      return copy;
    };
    const { matrix, unitOf, roleOf } = generateMatrix(survey);
    return {
      matrix: { ...matrix, ratings: shared(matrix.ratings) },
      unitOf: shared(unitOf),
      roleOf: shared(roleOf),
      levels: survey.levels,
    };
  },

  compute({ pool, compiledConfig }, { matrix, unitOf, roleOf, levels }) {
    return pool.aggregate(
      matrix,
      compiledConfig,
      { groupOf: unitOf, groups: UNITS },
      { required: { roleOf, levels } },
    );
  },

  async close({ pool }) {
    await pool.close();
  },
};

// capkit: its natural layout is the ResponseMatrix itself — one Uint8Array, respondent-major,
// 255 = missing (40 MB for 1M × 40) — plus one byte of unit and of role per respondent. The
// query is one call to aggregateByGroup, the engine's own API for this question.
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

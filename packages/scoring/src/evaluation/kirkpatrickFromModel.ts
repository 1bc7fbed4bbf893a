import type { Evaluation } from '@capkit/model';
import type { KirkpatrickInput } from './kirkpatrick.js';

/**
 * The observations (levels 1–3, per person) and indicators (level 4) of a model `Evaluation`
 * (schemaVersion 2) as {@link kirkpatrickRollUp}'s input; `asOf` passed on when given.
 */
export function kirkpatrickInputFromModel(
  evaluation: Pick<Evaluation, 'observations' | 'indicators'>,
  asOf?: string,
): KirkpatrickInput {
  return {
    observations: evaluation.observations.map((observation) => ({ ...observation })),
    indicators: evaluation.indicators.map(({ id, baseline, target, actuals }) => ({
      id,
      baseline,
      target,
      actuals,
    })),
    ...(asOf === undefined ? {} : { asOf }),
  };
}

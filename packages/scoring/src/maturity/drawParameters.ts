import type { Aggregation } from './maturityInput.js';
import type { Normalisation } from './normalise.js';
import type { UncertaintyResult } from './uncertainty.js';

/** One run of an uncertainty analysis, read back as plain values. */
export interface DrawParameters {
  readonly run: number;
  readonly sample: number;
  /** `A`, `B`, or `AB:<factor>` (A with that factor drawn from B). */
  readonly design: string;
  readonly normalisation: Normalisation;
  /** The aggregation drawn for each node whose aggregation was varied. */
  readonly aggregations: Readonly<Record<string, Aggregation>>;
  readonly imputation: boolean;
  readonly treatment: boolean;
  /** Weight of each indicator and node, normalised per node; null when weights were not varied. */
  readonly weights: Readonly<Record<string, number>> | null;
  /** Each entity's rank in this run, in entity order. */
  readonly ranks: readonly number[];
}

/**
 * The parameters of run `run` of an analysis as plain values, for showing what was actually
 * varied (the columns of `result.draws` hold the same, for every run, without an object each).
 */
export function drawParameters(result: UncertaintyResult, run: number): DrawParameters {
  const { draws } = result;
  if (!Number.isInteger(run) || run < 0 || run >= draws.runs)
    throw new RangeError(`run ${run} is not one of the ${draws.runs} runs`);
  const design = draws.design[run] as number;
  const E = result.entities.length;
  const C = result.weightColumns.length;
  const aggregations: Record<string, Aggregation> = {};
  result.aggregations.forEach((entry, k) => {
    aggregations[entry.nodeId] = entry.alternatives[
      draws.aggregation[run * result.aggregations.length + k] as number
    ] as Aggregation;
  });
  let weights: Record<string, number> | null = null;
  if (draws.weights.length > 0) {
    const own: Record<string, number> = {};
    result.weightColumns.forEach((id, c) => (own[id] = draws.weights[run * C + c] as number));
    weights = own;
  }
  return {
    run,
    sample: draws.sample[run] as number,
    design: design === 0 ? 'A' : design === 1 ? 'B' : `AB:${result.factors[design - 2] ?? ''}`,
    normalisation: result.normalisations[draws.normalisation[run] as number] as Normalisation,
    aggregations,
    imputation: draws.imputation[run] === 1,
    treatment: draws.treatment[run] === 1,
    weights,
    ranks: Array.from(draws.ranks.subarray(run * E, (run + 1) * E)),
  };
}

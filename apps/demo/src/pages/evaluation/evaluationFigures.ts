import type { TreatedVsUntreatedResult } from '@capkit/scoring/evaluation';

/** An intervention's trained-against-comparable result, as the worker gives it. */
export interface InterventionResult {
  readonly id: string;
  readonly label: string;
  readonly result: TreatedVsUntreatedResult;
}

/** The figures of the headline sentence: each arm's mean change, or `null` where withheld. */
export function armChanges(result: TreatedVsUntreatedResult): {
  readonly treated: number;
  readonly untreated: number;
} | null {
  const treated = result.treated.withheld === null ? result.treated.statistics : null;
  const untreated = result.untreated.withheld === null ? result.untreated.statistics : null;
  if (treated === null || untreated === null) return null;
  return { treated: treated.meanChange, untreated: untreated.meanChange };
}

/** The published difference in differences, or `null` where withheld. */
export function difference(result: TreatedVsUntreatedResult): number | null {
  const did = result.differenceInDifferences;
  return did.withheld === null && did.test !== null ? did.test.estimate : null;
}

/** The intervention with the largest published difference in differences that is clear of noise. */
export function largestGain(
  interventions: readonly InterventionResult[],
): { readonly label: string; readonly difference: number } | null {
  let best: { label: string; difference: number } | null = null;
  for (const intervention of interventions) {
    const value = difference(intervention.result);
    const clear = intervention.result.differenceInDifferences.conclusion === 'improved';
    if (value !== null && clear && (best === null || value > best.difference))
      best = { label: intervention.label, difference: value };
  }
  return best;
}

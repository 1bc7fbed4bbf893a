import type { PhillipsRoiResult } from '@capkit/scoring/evaluation';

/** Whether the programme returned more than it cost, less, or the same. */
export type RoiOutcome = 'gain' | 'loss' | 'breakEven';

/** The figures of the ROI sentence, unformatted. */
export interface RoiWords {
  readonly outcome: RoiOutcome;
  /** ISO 4217 code of every amount. */
  readonly currency: string;
  /** Σ adjusted benefits. */
  readonly adjustedBenefits: number;
  /** Σ fully loaded costs. */
  readonly costs: number;
  /** Adjusted benefits − costs. */
  readonly netBenefits: number;
  /** ROI as a share: net benefits / costs (the engine's percentage / 100). */
  readonly roiShare: number;
  /** Benefit–cost ratio: adjusted benefits per unit of cost. */
  readonly benefitCostRatio: number;
  /** Share of the gross benefits kept after the isolation and confidence adjustments. */
  readonly keptShare: number | null;
  /** How many benefits are listed apart, never priced. */
  readonly intangibles: number;
}

// Amounts are money: within a thousandth of a unit of the costs is breaking even, whatever
// floating point left behind.
function outcomeOf(net: number, costs: number): RoiOutcome {
  if (Math.abs(net) <= costs * 1e-9) return 'breakEven';
  return net > 0 ? 'gain' : 'loss';
}

/**
 * Phillips' level 5 in figures a sentence can carry: the outcome (gain, loss or break-even), ROI
 * = net benefits / costs, the benefit–cost ratio, and how much of the gross benefits the
 * adjustments (isolation × confidence) kept — so that "each 1 spent returned 1.60" is read with
 * its conservatism.
 */
export function roiWords(result: PhillipsRoiResult): RoiWords {
  return {
    outcome: outcomeOf(result.netBenefits, result.costs),
    currency: result.currency,
    adjustedBenefits: result.adjustedBenefits,
    costs: result.costs,
    netBenefits: result.netBenefits,
    roiShare: result.roiPercent / 100,
    benefitCostRatio: result.benefitCostRatio,
    keptShare: result.grossBenefits > 0 ? result.adjustedBenefits / result.grossBenefits : null,
    intangibles: result.intangibles.length,
  };
}

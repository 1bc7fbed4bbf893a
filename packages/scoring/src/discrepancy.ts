import {
  validatePairedResponses,
  type PairedResponses,
  type RatingScale,
} from './pairedResponses.js';
import {
  isBelowMinimum,
  minimumRespondentsRule,
  rejectUnknownOptions,
  type DisclosureOptions,
  type MinimumRespondentsRule,
} from './disclosure.js';
import { provenanceOf, type Provenance } from './provenance.js';
import { MISSING } from './responseMatrix.js';
import type { SuppressionReason } from './suppressSmallGroups.js';

/**
 * Per-item sums over complete pairs (respondents who gave both ratings of the item). Ratings are
 * bytes, so every sum is a whole number far below 2^53 and is held exactly in a double: means
 * taken from these sums are one correctly rounded division, with no accumulated error.
 */
export interface CompletePairSums {
  /** Complete pairs per item. */
  readonly n: Float64Array;
  /** Σ importance over the item's complete pairs. */
  readonly sumImportance: Float64Array;
  /** Σ performance over the item's complete pairs. */
  readonly sumPerformance: Float64Array;
}

/**
 * Sums of importance and performance over each item's complete pairs, in one pass over the
 * bytes. Assumes the data have passed {@link validatePairedResponses}.
 */
export function completePairSums(data: PairedResponses): CompletePairSums {
  const { respondents, items, importance, performance } = data;
  const n = new Float64Array(items);
  const sumImportance = new Float64Array(items);
  const sumPerformance = new Float64Array(items);
  for (let r = 0, k = 0; r < respondents; r += 1) {
    for (let j = 0; j < items; j += 1, k += 1) {
      const i = importance[k] ?? MISSING;
      const p = performance[k] ?? MISSING;
      if (i === MISSING || p === MISSING) continue;
      n[j] = (n[j] ?? 0) + 1;
      sumImportance[j] = (sumImportance[j] ?? 0) + i;
      sumPerformance[j] = (sumPerformance[j] ?? 0) + p;
    }
  }
  return { n, sumImportance, sumPerformance };
}

/** Per-item count and sum of every importance rating, whether or not performance was rated. */
export interface ImportanceRatingSums {
  /** Importance ratings per item. */
  readonly n: Float64Array;
  /** Σ importance over every importance rating of the item. */
  readonly sumImportance: Float64Array;
}

/**
 * Count and sum of every importance rating of each item (the textbook Borich weight, Ī over
 * all importance ratings). Assumes the data have passed {@link validatePairedResponses}.
 */
export function importanceRatingSums(data: PairedResponses): ImportanceRatingSums {
  const { respondents, items, importance } = data;
  const n = new Float64Array(items);
  const sumImportance = new Float64Array(items);
  for (let r = 0, k = 0; r < respondents; r += 1) {
    for (let j = 0; j < items; j += 1, k += 1) {
      const i = importance[k] ?? MISSING;
      if (i === MISSING) continue;
      n[j] = (n[j] ?? 0) + 1;
      sumImportance[j] = (sumImportance[j] ?? 0) + i;
    }
  }
  return { n, sumImportance };
}

/** An exact rational number `num / den` with `den > 0`, for deciding ties without rounding. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** `num / den` as a reduced {@link Fraction}; `den` must be positive. */
export function fractionOf(num: bigint, den: bigint): Fraction {
  const divisor = gcd(num, den);
  return divisor > 1n ? { num: num / divisor, den: den / divisor } : { num, den };
}

/** The exact mean of some fractions: (Σ fractions) / count. `fractions` must not be empty. */
export function meanOfFractions(fractions: readonly Fraction[]): Fraction {
  let num = 0n;
  let den = 1n;
  for (const f of fractions) {
    const sum = fractionOf(num * f.den + f.num * den, den * f.den);
    num = sum.num;
    den = sum.den;
  }
  return fractionOf(num, den * BigInt(fractions.length));
}

/** Sign of `a − b`: −1, 0 or 1, exactly. */
export function compareFractions(a: Fraction, b: Fraction): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** One item's mean discrepancy. */
export interface ItemDiscrepancy {
  /** Item index (column of the data). */
  readonly item: number;
  /**
   * D̄ⱼ = Σ(Iᵢⱼ − Pᵢⱼ) / nⱼ over complete pairs; `null` when no respondent gave both ratings,
   * or when the item is withheld.
   */
  readonly meanDiscrepancy: number | null;
  /** Complete pairs the mean rests on; `null` when the item is withheld (its size is not shown). */
  readonly n: number | null;
  /** Set when the item is withheld because 0 < nⱼ < k; every value is then `null`. */
  readonly withheld?: SuppressionReason;
}

/** Options for {@link meanDiscrepancy}. */
export type MeanDiscrepancyOptions = DisclosureOptions;

/** Result of {@link meanDiscrepancy}. */
export interface MeanDiscrepancyResult {
  readonly method: 'meanDiscrepancy';
  /** Only respondents with both ratings of an item enter that item's mean. */
  readonly basis: 'completePairs';
  readonly scale: RatingScale;
  /** The disclosure rule applied: items resting on 1 to k − 1 respondents are withheld. */
  readonly disclosure: MinimumRespondentsRule;
  /** Complete pairs used, over the published items. */
  readonly n: number;
  /** One entry per item, in column order. */
  readonly items: readonly ItemDiscrepancy[];
  readonly provenance: Provenance;
}

/**
 * Mean discrepancy of each item (Borich 1980, the unweighted gap behind the MWDS):
 *
 *   D̄ⱼ = (1 / nⱼ) Σᵢ (Iᵢⱼ − Pᵢⱼ), over the nⱼ respondents who gave both ratings of item j.
 *
 * A respondent missing either rating of an item is left out of that item only. Positive D̄ⱼ means
 * importance exceeds performance on average (a training need). The mean is exact up to one
 * rounding: the sums are whole numbers.
 *
 * Disclosure rule (`disclosure`): an item whose mean rests on 0 < nⱼ < k respondents
 * (`options.k`, default 5) is withheld — `meanDiscrepancy` and `n` are `null` and
 * `withheld: 'primary'` — because a mean of one or a few people is their answers. The total `n`
 * counts published items only, so it cannot be used to recover a withheld item's size.
 *
 * @throws {CapkitScoringError} for an invalid scale, wrong array lengths or a byte off the scale
 *   (see {@link validatePairedResponses}), or a bad `options.k` (see {@link DisclosureOptions}).
 */
export function meanDiscrepancy(
  data: PairedResponses,
  scale: RatingScale,
  options: MeanDiscrepancyOptions = {},
): MeanDiscrepancyResult {
  rejectUnknownOptions(options, ['k', 'allowSmallGroups']);
  const disclosure = minimumRespondentsRule(options);
  validatePairedResponses(data, scale);
  const sums = completePairSums(data);
  let total = 0;
  const items = Array.from({ length: data.items }, (_, item): ItemDiscrepancy => {
    const n = sums.n[item] ?? 0;
    if (isBelowMinimum(n, disclosure)) {
      return { item, meanDiscrepancy: null, n: null, withheld: 'primary' };
    }
    total += n;
    const sumDiscrepancy = (sums.sumImportance[item] ?? 0) - (sums.sumPerformance[item] ?? 0);
    return { item, meanDiscrepancy: n === 0 ? null : sumDiscrepancy / n, n };
  });
  const config = {
    method: 'meanDiscrepancy',
    basis: 'completePairs',
    scale: { min: scale.min, max: scale.max },
    disclosure,
  };
  return {
    method: 'meanDiscrepancy',
    basis: 'completePairs',
    scale: config.scale,
    disclosure,
    n: total,
    items,
    provenance: provenanceOf(config),
  };
}

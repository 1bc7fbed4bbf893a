import { rankHighestFirst } from './competitionRanks.js';
import { compareFractions, fractionOf, type Fraction } from './discrepancy.js';
import { compensatedMean } from './borich.js';
import {
  isBelowMinimum,
  minimumRespondentsRule,
  rejectUnknownOptions,
  type DisclosureOptions,
  type MinimumRespondentsRule,
} from './disclosure.js';
import {
  validatePairedResponses,
  type PairedResponses,
  type RatingScale,
} from './pairedResponses.js';
import { provenanceOf, type Provenance } from './provenance.js';
import { MISSING } from './responseMatrix.js';
import type { SuppressionReason } from './suppressSmallGroups.js';

/** Options for {@link rankedDiscrepancy}. */
export type RankedDiscrepancyOptions = DisclosureOptions;

/** One item's rank-based need score. */
export interface RankedDiscrepancyItem {
  /** Item index (column of the data). */
  readonly item: number;
  /**
   * Mean relative rank of the item's discrepancy within each respondent, from 0 (always that
   * respondent's smallest gap) to 1 (always the largest); 0.5 is average. `null` when no
   * respondent ranked the item, or when the item is withheld.
   */
  readonly meanRelativeRank: number | null;
  /**
   * Mean mid-rank (1 = smallest gap of the respondent). Comparable across items only when
   * respondents ranked the same number of items; prefer `meanRelativeRank`.
   */
  readonly meanRank: number | null;
  /**
   * Respondents whose ranking includes the item (complete pair, and ≥ 2 complete pairs on
   * published items); `null` when withheld (its size is not shown).
   */
  readonly n: number | null;
  /** Competition rank among published items, 1 = highest `meanRelativeRank`; ties share the best rank. */
  readonly rank: number | null;
  /**
   * Set when the item is withheld because 1 to k − 1 respondents ranked it; it is then also
   * left out of every respondent's ranking.
   */
  readonly withheld?: SuppressionReason;
}

/** Result of {@link rankedDiscrepancy}. */
export interface RankedDiscrepancyResult {
  /** Within-respondent mid-ranks of the discrepancies, averaged per item (see the function). */
  readonly method: 'withinRespondentMidRank';
  readonly basis: 'completePairs';
  /** Equal discrepancies within a respondent get the average of the ranks they span. */
  readonly withinRespondentTies: 'midRank';
  /** Equal item scores (as exact fractions) share the best rank ("1, 2, 2, 4"). */
  readonly tieRule: 'competition';
  readonly scale: RatingScale;
  /**
   * The disclosure rule applied: items ranked by 1 to k − 1 respondents are withheld and left
   * out of the rankings.
   */
  readonly disclosure: MinimumRespondentsRule;
  /** Item rankings used: Σ over published items of `n`. */
  readonly n: number;
  /** Respondents with at least two complete pairs on published items, who ranked their gaps. */
  readonly respondentsUsed: number;
  /**
   * Respondents left out for having fewer than two complete pairs on published items; `null`
   * when 1 to k − 1 of them (a count of so few people is not shown).
   */
  readonly respondentsSkipped: number | null;
  /** One entry per item, in column order. */
  readonly items: readonly RankedDiscrepancyItem[];
  /** Item indices, highest score first; ties in column order; unscored items left out. */
  readonly ranking: readonly number[];
  readonly provenance: Provenance;
}

/**
 * Rank-based training-needs scores in the spirit of the Ranked Discrepancy Model (RDM) of
 * Narine & Harder (2021), "Comparing the Borich model with the Ranked Discrepancy Model for
 * competency assessment: A novel approach", Advancements in Agricultural Development 2(3),
 * 96–111, doi:10.37433/aad.v2i3.169 — a model that ranks discrepancies instead of averaging
 * ordinal ratings and that agrees closely with Borich.
 *
 * **This is not a transcription of the published RDM computation**, which could not be
 * established from the sources at hand. It is a documented rank-based model built on the same
 * idea (only the order of a respondent's gaps is used, never their size on an interval scale):
 *
 * 1. For each respondent i with mᵢ ≥ 2 complete pairs, take the discrepancies Dᵢⱼ = Iᵢⱼ − Pᵢⱼ
 *    and give them mid-ranks Rᵢⱼ (1 = smallest gap; tied gaps get the average of the ranks
 *    they span). Respondents with fewer than two complete pairs have nothing to rank and are
 *    left out (`respondentsSkipped`).
 * 2. Scale each rank to uᵢⱼ = (Rᵢⱼ − 1) / (mᵢ − 1) ∈ [0, 1] — equivalently the share of the
 *    respondent's other items whose gap is smaller than item j's, ties counting one half — so
 *    that respondents who answered different numbers of items weigh the same.
 * 3. Item score = mean of uᵢⱼ over the nⱼ respondents who ranked item j; rank items highest
 *    first, ties (exact fractions) sharing the best rank.
 *
 * Reading: a score of 0.8 means that, for a typical respondent, this item's gap is larger than
 * 80% of their other gaps. Because each respondent's gaps are compared only with each other, the
 * score shows which needs are relatively largest even when respondents use the scale
 * differently (some rate everything high); it does not show whether any gap is large in
 * absolute terms — read it beside `meanDiscrepancy` or the Borich MWDS.
 *
 * Disclosure rule (`disclosure`, `options.k`, default 5): an item ranked by 1 to k − 1
 * respondents is withheld (`withheld: 'primary'`, its scores, `n` and rank `null`) **and left
 * out of every respondent's ranking**, and the ranking is redone until no published item rests
 * on fewer than k respondents. Leaving it in would leak it: each respondent's relative ranks sum
 * to mᵢ / 2, so Σⱼ nⱼ × scoreⱼ over all items is known and the withheld item's total would be
 * the difference. So published scores never depend on a withheld item's answers; ranks and the
 * total `n` use published items only.
 *
 * @throws {CapkitScoringError} for an invalid scale, wrong array lengths, a byte off the scale,
 *   a bad `options.k`, or an unknown option.
 */
export function rankedDiscrepancy(
  data: PairedResponses,
  scale: RatingScale,
  options: RankedDiscrepancyOptions = {},
): RankedDiscrepancyResult {
  rejectUnknownOptions(options, ['k', 'allowSmallGroups']);
  const disclosure = minimumRespondentsRule(options);
  validatePairedResponses(data, scale);
  // Withholding an item can leave some respondents with fewer than two items to rank, and so
  // push another item below k: repeat until nothing more is withheld (at most items + 1 passes).
  const withheld = new Uint8Array(data.items);
  for (;;) {
    const pass = rankWithin(data, scale, withheld);
    let newlyWithheld = 0;
    for (let j = 0; j < data.items; j += 1) {
      if (withheld[j] === 0 && isBelowMinimum(pass.counts[j] ?? 0, disclosure)) {
        withheld[j] = 1;
        newlyWithheld += 1;
      }
    }
    if (newlyWithheld === 0)
      return rankedResult(pass, withheld, data.respondents, scale, disclosure);
  }
}

/** Per-item sums of one ranking pass over the items not (yet) withheld. */
interface RankingPass {
  readonly counts: Float64Array;
  readonly twiceRankSum: Float64Array;
  readonly twiceRankAboveFirst: ReadonlyMap<number, Float64Array>;
  readonly respondentsUsed: number;
}

function rankWithin(data: PairedResponses, scale: RatingScale, excluded: Uint8Array): RankingPass {
  const { respondents, items, importance, performance } = data;
  const offset = scale.max - scale.min;
  // Discrepancies are whole numbers in −offset…offset: a counting pass ranks each respondent's
  // gaps in O(items + range) instead of sorting them.
  const histogram = new Int32Array(2 * offset + 1);
  const below = new Int32Array(2 * offset + 2);
  const completeItems = new Int32Array(items);
  const gaps = new Int32Array(items);
  // Per item and per ranked-set size m: Σ 2(Rᵢⱼ − 1), a whole number; the score is
  // Σ_m sum / (2(m − 1)) / nⱼ, which keeps the result an exact fraction for ties.
  const twiceRankAboveFirst = new Map<number, Float64Array>();
  const twiceRankSum = new Float64Array(items);
  const counts = new Float64Array(items);
  let respondentsUsed = 0;
  for (let r = 0; r < respondents; r += 1) {
    let m = 0;
    for (let j = 0, k = r * items; j < items; j += 1, k += 1) {
      const i = importance[k] ?? MISSING;
      const p = performance[k] ?? MISSING;
      if (i === MISSING || p === MISSING || excluded[j] === 1) continue;
      completeItems[m] = j;
      gaps[m] = i - p + offset;
      m += 1;
    }
    if (m < 2) continue;
    respondentsUsed += 1;
    for (let t = 0; t < m; t += 1) {
      const g = gaps[t] ?? 0;
      histogram[g] = (histogram[g] ?? 0) + 1;
    }
    for (let g = 0; g < histogram.length; g += 1)
      below[g + 1] = (below[g] ?? 0) + (histogram[g] ?? 0);
    let sums = twiceRankAboveFirst.get(m);
    if (sums === undefined) {
      sums = new Float64Array(items);
      twiceRankAboveFirst.set(m, sums);
    }
    for (let t = 0; t < m; t += 1) {
      const g = gaps[t] ?? 0;
      const j = completeItems[t] ?? 0;
      // Mid-rank R = less + (equal + 1) / 2, so 2(R − 1) = 2·less + equal − 1.
      const twiceAboveFirst = 2 * (below[g] ?? 0) + (histogram[g] ?? 0) - 1;
      sums[j] = (sums[j] ?? 0) + twiceAboveFirst;
      twiceRankSum[j] = (twiceRankSum[j] ?? 0) + twiceAboveFirst + 2;
      counts[j] = (counts[j] ?? 0) + 1;
    }
    for (let t = 0; t < m; t += 1) histogram[gaps[t] ?? 0] = 0;
  }
  return { counts, twiceRankSum, twiceRankAboveFirst, respondentsUsed };
}

function rankedResult(
  pass: RankingPass,
  withheld: Uint8Array,
  respondents: number,
  scale: RatingScale,
  disclosure: MinimumRespondentsRule,
): RankedDiscrepancyResult {
  const { counts, twiceRankSum, twiceRankAboveFirst, respondentsUsed } = pass;
  const items = counts.length;
  const sizes = [...twiceRankAboveFirst.keys()].sort((a, b) => a - b);
  const values = new Float64Array(items);
  for (let j = 0; j < items; j += 1) {
    const n = counts[j] ?? 0;
    const terms = sizes.map((m) => (twiceRankAboveFirst.get(m)?.[j] ?? 0) / (2 * (m - 1)));
    values[j] = n === 0 ? Number.NaN : (compensatedMean(terms, terms.length) * terms.length) / n;
  }
  const exact = (j: number): Fraction => {
    let sum = fractionOf(0n, 1n);
    for (const m of sizes) {
      const twice = BigInt(twiceRankAboveFirst.get(m)?.[j] ?? 0);
      const den = BigInt(2 * (m - 1));
      sum = fractionOf(sum.num * den + twice * sum.den, sum.den * den);
    }
    return fractionOf(sum.num, sum.den * BigInt(counts[j] ?? 1));
  };
  const { ranks, ranking } = rankHighestFirst(values, values, (a, b) =>
    compareFractions(exact(a), exact(b)),
  );
  const config = {
    method: 'withinRespondentMidRank',
    basis: 'completePairs',
    withinRespondentTies: 'midRank',
    tieRule: 'competition',
    scale: { min: scale.min, max: scale.max },
    disclosure,
  } as const;
  const skipped = respondents - respondentsUsed;
  return {
    ...config,
    // Withheld items were left out of the last pass, so their counts are 0 here.
    n: counts.reduce((sum, n) => sum + n, 0),
    respondentsUsed,
    respondentsSkipped: isBelowMinimum(skipped, disclosure) ? null : skipped,
    items: Array.from(counts, (n, item): RankedDiscrepancyItem => {
      if (withheld[item] === 1) {
        return {
          item,
          meanRelativeRank: null,
          meanRank: null,
          n: null,
          rank: null,
          withheld: 'primary',
        };
      }
      const value = values[item] ?? Number.NaN;
      return {
        item,
        meanRelativeRank: n === 0 ? null : value,
        meanRank: n === 0 ? null : (twiceRankSum[item] ?? 0) / (2 * n),
        n,
        rank: ranks[item] ?? null,
      };
    }),
    ranking,
    provenance: provenanceOf(config),
  };
}

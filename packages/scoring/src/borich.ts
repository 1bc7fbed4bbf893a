import {
  completePairSums,
  fractionOf,
  meanOfFractions,
  compareFractions,
  type Fraction,
} from './discrepancy.js';
import {
  validatePairedResponses,
  type PairedResponses,
  type RatingScale,
} from './pairedResponses.js';
import { provenanceOf, type Provenance } from './provenance.js';
import { CapkitScoringError } from './scoringError.js';

/** One item's Borich score. */
export interface BorichItem {
  /** Item index (column of the data). */
  readonly item: number;
  /** MWDSⱼ = D̄ⱼ × Īⱼ over complete pairs; `null` when no respondent gave both ratings. */
  readonly meanWeightedDiscrepancy: number | null;
  /** D̄ⱼ = mean of (Iᵢⱼ − Pᵢⱼ) over complete pairs. */
  readonly meanDiscrepancy: number | null;
  /** Īⱼ = mean importance over the same complete pairs (the weight). */
  readonly meanImportance: number | null;
  /** Complete pairs the score rests on. */
  readonly n: number;
  /** Competition rank, 1 = highest MWDS; tied items share the best rank ("1, 2, 2, 4"). */
  readonly rank: number | null;
}

/** Result of {@link meanWeightedDiscrepancy}. */
export interface BorichResult {
  readonly method: 'borich1980';
  /** The discrepancy uses respondents who gave both ratings of the item. */
  readonly discrepancyBasis: 'completePairs';
  /** The weight Īⱼ uses the same respondents, not every importance rating of the item. */
  readonly importanceBasis: 'completePairs';
  /** Equal scores (as exact fractions) share the best rank, and the next rank is skipped. */
  readonly tieRule: 'competition';
  readonly scale: RatingScale;
  /** Complete pairs used, over all items. */
  readonly n: number;
  /** One entry per item, in column order. */
  readonly items: readonly BorichItem[];
  /** Item indices, highest MWDS first; tied items in column order; unscored items left out. */
  readonly ranking: readonly number[];
  readonly provenance: Provenance;
}

/** One competency's Borich score. */
export interface BorichCompetency {
  /** Competency index, as in the item → competency map. */
  readonly competency: number;
  /** Mean of the MWDS of its items that have a score; `null` when none has. */
  readonly meanWeightedDiscrepancy: number | null;
  /** Items mapped to the competency. */
  readonly items: number;
  /** Items with at least one complete pair, which enter the mean. */
  readonly itemsScored: number;
  /** Complete pairs over its items. */
  readonly n: number;
  /** Competition rank, 1 = highest MWDS; ties share the best rank. */
  readonly rank: number | null;
}

/** Options for {@link competencyMeanWeightedDiscrepancy}. */
export interface BorichCompetencyOptions {
  /**
   * Number of competencies, when some have no items (they are reported unscored).
   * @default largest index in `competencyOfItem` + 1
   */
  readonly competencies?: number;
}

/** Result of {@link competencyMeanWeightedDiscrepancy}. */
export interface BorichCompetencyResult {
  readonly method: 'borich1980';
  /** A competency's MWDS is the unweighted mean of its scored items' MWDS. */
  readonly aggregation: 'meanOfItemScores';
  readonly discrepancyBasis: 'completePairs';
  readonly importanceBasis: 'completePairs';
  readonly tieRule: 'competition';
  readonly scale: RatingScale;
  /** Complete pairs used, over all items. */
  readonly n: number;
  /** One entry per competency, in index order. */
  readonly competencies: readonly BorichCompetency[];
  /** Competency indices, highest MWDS first; ties in index order; unscored ones left out. */
  readonly ranking: readonly number[];
  /** The item-level scores the competency scores are built from. */
  readonly itemScores: BorichResult;
  readonly provenance: Provenance;
}

const maxExactInteger = Number.MAX_SAFE_INTEGER;

/**
 * MWDS of one item from its exact integer sums: Σ(I − P) × ΣI / n². When the product and n² are
 * safe integers this is one correctly rounded division, so items whose scores are equal as
 * fractions get the same double; beyond that, two roundings. `NaN` when n = 0.
 */
export function itemMeanWeightedDiscrepancy(
  sumDiscrepancy: number,
  sumImportance: number,
  n: number,
): number {
  if (n === 0) return Number.NaN;
  const product = sumDiscrepancy * sumImportance;
  const square = n * n;
  if (Math.abs(product) <= maxExactInteger && square <= maxExactInteger) return product / square;
  return (sumDiscrepancy / n) * (sumImportance / n);
}

/** The same MWDS as an exact {@link Fraction}; `n` must be positive. */
export function itemMeanWeightedDiscrepancyFraction(
  sumDiscrepancy: number,
  sumImportance: number,
  n: number,
): Fraction {
  const count = BigInt(n);
  return fractionOf(BigInt(sumDiscrepancy) * BigInt(sumImportance), count * count);
}

// Far above the rounding error of any score here (a few ulps), far below any real difference a
// user would act on; only pairs this close are compared exactly.
const nearTie = 1e-12;

/**
 * Competition ranks ("1, 2, 2, 4"), highest value first, decided exactly. `values` are the
 * rounded scores (`NaN` = unscored, ranked `NaN`); `magnitudes` bound each value's rounding
 * error (e.g. |value|); `compareExactly(a, b)` gives the sign of exact(a) − exact(b) and is
 * called only for values within 1e-12 × magnitude of each other, so ties are exact ties and
 * never artefacts of rounding.
 *
 * `order` must hold a permutation of the units; it is left sorted (highest first, `NaN` last),
 * and is reused as the starting order of the next call — nearly sorted input, as between
 * bootstrap replicates, makes the insertion sort almost linear and the call allocation-free.
 */
export function competitionRanks(
  values: Float64Array,
  magnitudes: Float64Array,
  compareExactly: (a: number, b: number) => number,
  order: Int32Array,
  ranks: Float64Array,
): void {
  const units = values.length;
  // NaN last, then larger first, then lower index first: a strict total order on the doubles.
  const before = (a: number, b: number): boolean => {
    const va = values[a] ?? Number.NaN;
    const vb = values[b] ?? Number.NaN;
    if (Number.isNaN(vb)) return !Number.isNaN(va) || a < b;
    if (Number.isNaN(va)) return false;
    return va > vb || (va === vb && a < b);
  };
  for (let s = 1; s < units; s += 1) {
    const u = order[s] ?? 0;
    let t = s - 1;
    while (t >= 0 && before(u, order[t] ?? 0)) {
      order[t + 1] = order[t] ?? 0;
      t -= 1;
    }
    order[t + 1] = u;
  }
  const close = (a: number, b: number): boolean =>
    Math.abs((values[a] ?? 0) - (values[b] ?? 0)) <=
    nearTie * Math.max(magnitudes[a] ?? 0, magnitudes[b] ?? 0);
  let start = 0;
  while (start < units) {
    const first = order[start] ?? 0;
    if (Number.isNaN(values[first] ?? Number.NaN)) {
      for (let s = start; s < units; s += 1) ranks[order[s] ?? 0] = Number.NaN;
      return;
    }
    // A run of neighbours each within rounding distance of the last: only inside it can the
    // double order differ from the exact order.
    let end = start + 1;
    while (
      end < units &&
      !Number.isNaN(values[order[end] ?? 0] ?? Number.NaN) &&
      close(order[end - 1] ?? 0, order[end] ?? 0)
    ) {
      end += 1;
    }
    if (end - start === 1) {
      ranks[first] = start + 1;
    } else {
      for (let a = start; a < end; a += 1) {
        const u = order[a] ?? 0;
        let above = 0;
        for (let b = start; b < end; b += 1) {
          if (b !== a && compareExactly(order[b] ?? 0, u) > 0) above += 1;
        }
        ranks[u] = start + 1 + above;
      }
    }
    start = end;
  }
}

/**
 * Ranks scores highest first with {@link competitionRanks}, for one-off results: returns each
 * unit's rank (`null` when unscored) and the units in rank order (ties by index).
 */
export function rankHighestFirst(
  values: Float64Array,
  magnitudes: Float64Array,
  compareExactly: (a: number, b: number) => number,
): { ranks: (number | null)[]; ranking: number[] } {
  const units = values.length;
  const initial = Array.from({ length: units }, (_, u) => u).sort((a, b) => {
    const va = values[a] ?? Number.NaN;
    const vb = values[b] ?? Number.NaN;
    if (Number.isNaN(va) || Number.isNaN(vb))
      return Number(Number.isNaN(va)) - Number(Number.isNaN(vb)) || a - b;
    return vb - va || a - b;
  });
  const order = Int32Array.from(initial);
  const rankValues = new Float64Array(units);
  competitionRanks(values, magnitudes, compareExactly, order, rankValues);
  const ranks = Array.from(rankValues, (rank) => (Number.isNaN(rank) ? null : rank));
  const ranking = initial
    .filter((u) => ranks[u] !== null)
    .sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0) || a - b);
  return { ranks, ranking };
}

/**
 * Checks an item → competency map and returns the number of competencies.
 *
 * @throws {CapkitScoringError} at `competencyOfItem.length`, `competencyOfItem[j]` (not a
 *   whole number in range) or `options.competencies`.
 */
export function validateCompetencyOfItem(
  competencyOfItem: ArrayLike<number>,
  items: number,
  competencies: number | undefined,
): number {
  if (competencyOfItem.length !== items) {
    throw new CapkitScoringError(
      'competencyOfItem.length',
      `is ${competencyOfItem.length}, expected one competency per item (${items})`,
    );
  }
  let largest = -1;
  for (let j = 0; j < items; j += 1) {
    const c = competencyOfItem[j];
    if (!(c !== undefined && Number.isInteger(c) && c >= 0)) {
      throw new CapkitScoringError(
        `competencyOfItem[${j}]`,
        `must be a whole number ≥ 0, got ${String(c)}`,
      );
    }
    largest = Math.max(largest, c);
  }
  if (competencies === undefined) return largest + 1;
  if (!(Number.isSafeInteger(competencies) && competencies > largest)) {
    throw new CapkitScoringError(
      'options.competencies',
      `must be a whole number above the largest competency index (${largest}), got ${String(competencies)}`,
    );
  }
  return competencies;
}

/**
 * Borich (1980) mean weighted discrepancy score of each item, ranked highest first:
 *
 *   MWDSⱼ = (1 / nⱼ) Σᵢ (Iᵢⱼ − Pᵢⱼ) × Īⱼ = D̄ⱼ × Īⱼ,
 *
 * where the sum runs over the nⱼ respondents who gave both ratings of item j, and Īⱼ is the mean
 * importance **over those same respondents** (`importanceBasis: 'completePairs'`). Borich's
 * weight is "the mean importance"; taking it from the complete pairs keeps discrepancy and
 * weight on one sample, so the score is a property of one group of people with one `n`, and a
 * respondent who rated importance only cannot move an item's priority without contributing to
 * its gap. With no missing data the two readings agree.
 *
 * Source: Borich, G. D. (1980). A needs assessment model for conducting follow-up studies.
 * Journal of Teacher Education, 31(3), 39–42. The per-respondent form (weighted discrepancy
 * Dᵢⱼ × Īⱼ, then the mean) is the one in McKim & Saucier (2011), Journal of Extension 49(2).
 *
 * Ties: items whose MWDS are equal as exact fractions (Σ(I−P)·ΣI / n²) share the best rank,
 * and the next rank is skipped (competition ranking, "1, 2, 2, 4"). Items without a complete
 * pair are unscored (`null`) and unranked.
 *
 * @throws {CapkitScoringError} for an invalid scale, wrong array lengths or a byte off the scale.
 */
export function meanWeightedDiscrepancy(data: PairedResponses, scale: RatingScale): BorichResult {
  validatePairedResponses(data, scale);
  return borichItemResult(borichItemTable(data), scale);
}

/** Exact per-item sums and the MWDS computed from them. */
interface BorichItemTable {
  readonly n: Float64Array;
  readonly sumImportance: Float64Array;
  readonly sumDiscrepancy: Float64Array;
  readonly values: Float64Array;
}

function borichItemTable(data: PairedResponses): BorichItemTable {
  const { n, sumImportance, sumPerformance } = completePairSums(data);
  const sumDiscrepancy = sumImportance.map((sum, j) => sum - (sumPerformance[j] ?? 0));
  const values = n.map((count, j) =>
    itemMeanWeightedDiscrepancy(sumDiscrepancy[j] ?? 0, sumImportance[j] ?? 0, count),
  );
  return { n, sumImportance, sumDiscrepancy, values };
}

function itemFraction(table: BorichItemTable, j: number): Fraction {
  return itemMeanWeightedDiscrepancyFraction(
    table.sumDiscrepancy[j] ?? 0,
    table.sumImportance[j] ?? 0,
    table.n[j] ?? 1,
  );
}

function borichItemResult(table: BorichItemTable, scale: RatingScale): BorichResult {
  const { n: counts, sumImportance, sumDiscrepancy, values } = table;
  const { ranks, ranking } = rankHighestFirst(values, values.map(Math.abs), (a, b) =>
    compareFractions(itemFraction(table, a), itemFraction(table, b)),
  );
  const config = borichConfig(scale);
  return {
    ...config,
    n: counts.reduce((sum, count) => sum + count, 0),
    items: Array.from(counts, (n, item): BorichItem => {
      if (n === 0) {
        return {
          item,
          meanWeightedDiscrepancy: null,
          meanDiscrepancy: null,
          meanImportance: null,
          n,
          rank: null,
        };
      }
      return {
        item,
        meanWeightedDiscrepancy: values[item] ?? null,
        meanDiscrepancy: (sumDiscrepancy[item] ?? 0) / n,
        meanImportance: (sumImportance[item] ?? 0) / n,
        n,
        rank: ranks[item] ?? null,
      };
    }),
    ranking,
    provenance: provenanceOf(config),
  };
}

function borichConfig(scale: RatingScale) {
  return {
    method: 'borich1980',
    discrepancyBasis: 'completePairs',
    importanceBasis: 'completePairs',
    tieRule: 'competition',
    scale: { min: scale.min, max: scale.max },
  } as const;
}

/**
 * Mean of some doubles with Neumaier's compensated sum, so that a competency mean of many item
 * scores of both signs keeps full precision.
 */
export function compensatedMean(values: ArrayLike<number>, count: number): number {
  let sum = 0;
  let compensation = 0;
  for (let k = 0; k < count; k += 1) {
    const v = values[k] ?? 0;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return (sum + compensation) / count;
}

/**
 * Borich MWDS per competency: the unweighted mean of the MWDS of the competency's items that
 * have a score,
 *
 *   MWDS_c = (1 / K_c) Σ_{j ∈ c, nⱼ > 0} MWDSⱼ,
 *
 * then ranked highest first with the same tie rule as items (exact fractions, competition
 * ranks). Each item counts once whatever its `n`, as each is one competency statement; that is
 * how Borich-type studies report a group of statements (a topic's MWDS is the mean of its items'
 * MWDS). Item scores are as in {@link meanWeightedDiscrepancy} (complete pairs, Ī over the same
 * respondents).
 *
 * @param competencyOfItem competency index (0, 1, …) of each item, in column order.
 * @throws {CapkitScoringError} for invalid data (see {@link meanWeightedDiscrepancy}) or a bad
 *   map (`competencyOfItem[j]`, `competencyOfItem.length`, `options.competencies`).
 */
export function competencyMeanWeightedDiscrepancy(
  data: PairedResponses,
  scale: RatingScale,
  competencyOfItem: ArrayLike<number>,
  options: BorichCompetencyOptions = {},
): BorichCompetencyResult {
  validatePairedResponses(data, scale);
  const competencies = validateCompetencyOfItem(competencyOfItem, data.items, options.competencies);
  const table = borichItemTable(data);
  const itemScores = borichItemResult(table, scale);
  const members: number[][] = Array.from({ length: competencies }, () => []);
  for (let j = 0; j < data.items; j += 1) members[competencyOfItem[j] ?? 0]?.push(j);
  const scored = members.map((list) => list.filter((j) => table.n[j] !== 0));
  const values = new Float64Array(competencies);
  const magnitudes = new Float64Array(competencies);
  scored.forEach((list, c) => {
    const scores = list.map((j) => table.values[j] ?? 0);
    values[c] = list.length === 0 ? Number.NaN : compensatedMean(scores, scores.length);
    magnitudes[c] = list.length === 0 ? 0 : compensatedMean(scores.map(Math.abs), scores.length);
  });
  const exact = (c: number): Fraction =>
    meanOfFractions((scored[c] ?? []).map((j) => itemFraction(table, j)));
  const { ranks, ranking } = rankHighestFirst(values, magnitudes, (a, b) =>
    compareFractions(exact(a), exact(b)),
  );
  const config = { ...borichConfig(scale), aggregation: 'meanOfItemScores', competencies } as const;
  return {
    method: 'borich1980',
    aggregation: 'meanOfItemScores',
    discrepancyBasis: 'completePairs',
    importanceBasis: 'completePairs',
    tieRule: 'competition',
    scale: config.scale,
    n: itemScores.n,
    competencies: members.map((list, competency): BorichCompetency => {
      const value = values[competency] ?? Number.NaN;
      return {
        competency,
        meanWeightedDiscrepancy: Number.isNaN(value) ? null : value,
        items: list.length,
        itemsScored: scored[competency]?.length ?? 0,
        n: list.reduce((sum, j) => sum + (table.n[j] ?? 0), 0),
        rank: ranks[competency] ?? null,
      };
    }),
    ranking,
    itemScores,
    provenance: provenanceOf({ ...config, competencyOfItem: Array.from(competencyOfItem) }),
  };
}

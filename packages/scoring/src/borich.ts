// Over 400 lines: item and competency Borich scores share the tie and disclosure rules and the
// per-item table defined here (the ranking helpers are in competitionRanks.ts); splitting item
// from competency scores would pass that table between modules.
import { rankHighestFirst } from './competitionRanks.js';
import {
  completePairSums,
  fractionOf,
  type CompletePairSums,
  type ImportanceRatingSums,
  importanceRatingSums,
  meanOfFractions,
  compareFractions,
  type Fraction,
} from './discrepancy.js';
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
import { CapkitScoringError } from './scoringError.js';
import type { SuppressionReason } from './suppressSmallGroups.js';

/**
 * Whose importance ratings make the Borich weight Īⱼ: `'completePairs'`, the respondents who
 * gave both ratings of item j (the same people as the discrepancy); `'allRatings'`, every
 * importance rating of item j, as in the textbook form.
 */
export type ImportanceBasis = 'completePairs' | 'allRatings';

/** Options for {@link meanWeightedDiscrepancy}. */
export interface BorichOptions extends DisclosureOptions {
  /**
   * Whose importance ratings make the weight Īⱼ (see {@link ImportanceBasis}). The discrepancy
   * D̄ⱼ always uses complete pairs.
   * @default 'completePairs'
   */
  readonly importanceBasis?: ImportanceBasis;
}

/** One item's Borich score. */
export interface BorichItem {
  /** Item index (column of the data). */
  readonly item: number;
  /**
   * MWDSⱼ = D̄ⱼ × Īⱼ; `null` when no respondent gave both ratings, or when the item is withheld.
   */
  readonly meanWeightedDiscrepancy: number | null;
  /** D̄ⱼ = mean of (Iᵢⱼ − Pᵢⱼ) over complete pairs. */
  readonly meanDiscrepancy: number | null;
  /** Īⱼ = mean importance over the result's `importanceBasis` (the weight). */
  readonly meanImportance: number | null;
  /** Complete pairs the score rests on; `null` when withheld (its size is not shown). */
  readonly n: number | null;
  /**
   * Importance ratings Īⱼ rests on: `n` under `'completePairs'`, every importance rating of
   * the item under `'allRatings'`; `null` when withheld.
   */
  readonly importanceN: number | null;
  /**
   * Competition rank among the published items, 1 = highest MWDS; tied items share the best
   * rank ("1, 2, 2, 4"); `null` when unscored or withheld.
   */
  readonly rank: number | null;
  /**
   * Set when the item is withheld because it rests on 1 to k − 1 respondents (complete pairs,
   * or importance ratings under `'allRatings'`); every value is then `null`.
   */
  readonly withheld?: SuppressionReason;
}

/** Result of {@link meanWeightedDiscrepancy}. */
export interface BorichResult {
  readonly method: 'borich1980';
  /** The discrepancy uses respondents who gave both ratings of the item. */
  readonly discrepancyBasis: 'completePairs';
  /** Whose importance ratings make the weight Īⱼ (see {@link ImportanceBasis}). */
  readonly importanceBasis: ImportanceBasis;
  /** Equal scores (as exact fractions) share the best rank, and the next rank is skipped. */
  readonly tieRule: 'competition';
  readonly scale: RatingScale;
  /** The disclosure rule applied: items resting on 1 to k − 1 respondents are withheld. */
  readonly disclosure: MinimumRespondentsRule;
  /** Complete pairs used, over the published items. */
  readonly n: number;
  /** One entry per item, in column order. */
  readonly items: readonly BorichItem[];
  /** Published item indices, highest MWDS first; tied items in column order. */
  readonly ranking: readonly number[];
  readonly provenance: Provenance;
}

/** One competency's Borich score. */
export interface BorichCompetency {
  /** Competency index, as in the item → competency map. */
  readonly competency: number;
  /**
   * Mean of the MWDS of its published, scored items (`itemsUsed`); `null` when it has none.
   */
  readonly meanWeightedDiscrepancy: number | null;
  /** Items mapped to the competency. */
  readonly items: number;
  /**
   * Items that enter the mean: scored and published. Withheld items are left out, because the
   * competency score times its item count, minus the published items, would reveal them.
   */
  readonly itemsUsed: readonly number[];
  /** Items of the competency withheld by the disclosure rule (not in the mean). */
  readonly itemsWithheld: readonly number[];
  /** Complete pairs over `itemsUsed`; `null` when the competency is withheld. */
  readonly n: number | null;
  /** Competition rank among the published competencies, 1 = highest MWDS; ties share the best rank. */
  readonly rank: number | null;
  /** Set when every item that has answers is withheld, so nothing of the competency can be shown. */
  readonly withheld?: SuppressionReason;
}

/** Options for {@link competencyMeanWeightedDiscrepancy}. */
export interface BorichCompetencyOptions extends BorichOptions {
  /**
   * Number of competencies, when some have no items (they are reported unscored).
   * @default largest index in `competencyOfItem` + 1
   */
  readonly competencies?: number;
}

/** Result of {@link competencyMeanWeightedDiscrepancy}. */
export interface BorichCompetencyResult {
  readonly method: 'borich1980';
  /** A competency's MWDS is the unweighted mean of its published items' MWDS. */
  readonly aggregation: 'meanOfPublishedItemScores';
  readonly discrepancyBasis: 'completePairs';
  readonly importanceBasis: ImportanceBasis;
  readonly tieRule: 'competition';
  readonly scale: RatingScale;
  /** The disclosure rule applied to the items (and so to the competencies built from them). */
  readonly disclosure: MinimumRespondentsRule;
  /** Complete pairs used, over the published items. */
  readonly n: number;
  /** One entry per competency, in index order. */
  readonly competencies: readonly BorichCompetency[];
  /** Published competency indices, highest MWDS first; ties in index order. */
  readonly ranking: readonly number[];
  /** The item-level scores the competency scores are built from. */
  readonly itemScores: BorichResult;
  readonly provenance: Provenance;
}

const maxExactInteger = Number.MAX_SAFE_INTEGER;

/**
 * MWDS of one item from its exact integer sums: Σ(I − P) × ΣI / (n × nᴵ), where n counts the
 * complete pairs behind Σ(I − P) and nᴵ the importance ratings behind ΣI (nᴵ = n by default).
 * When the product and n × nᴵ are safe integers this is one correctly rounded division, so
 * items whose scores are equal as fractions get the same double; beyond that, two roundings.
 * `NaN` when n = 0.
 */
export function itemMeanWeightedDiscrepancy(
  sumDiscrepancy: number,
  sumImportance: number,
  n: number,
  importanceN: number = n,
): number {
  if (n === 0 || importanceN === 0) return Number.NaN;
  const product = sumDiscrepancy * sumImportance;
  const square = n * importanceN;
  if (Math.abs(product) <= maxExactInteger && square <= maxExactInteger) return product / square;
  return (sumDiscrepancy / n) * (sumImportance / importanceN);
}

/** The same MWDS as an exact {@link Fraction}; `n` and `importanceN` must be positive. */
export function itemMeanWeightedDiscrepancyFraction(
  sumDiscrepancy: number,
  sumImportance: number,
  n: number,
  importanceN: number = n,
): Fraction {
  return fractionOf(
    BigInt(sumDiscrepancy) * BigInt(sumImportance),
    BigInt(n) * BigInt(importanceN),
  );
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

/** The Borich options once checked: the disclosure rule and the importance basis. */
export interface BorichSettings {
  readonly disclosure: MinimumRespondentsRule;
  readonly importanceBasis: ImportanceBasis;
}

/**
 * Checks the options every Borich score shares (`k`, `allowSmallGroups`, `importanceBasis`).
 *
 * @throws {CapkitScoringError} at `options.k` or `options.importanceBasis`.
 */
export function borichSettings(options: BorichOptions): BorichSettings {
  const disclosure = minimumRespondentsRule(options);
  const { importanceBasis = 'completePairs' } = options;
  switch (importanceBasis) {
    case 'completePairs':
    case 'allRatings':
      return { disclosure, importanceBasis };
    default:
      importanceBasis satisfies never;
      throw new CapkitScoringError(
        'options.importanceBasis',
        `must be 'completePairs' or 'allRatings', got ${JSON.stringify(importanceBasis)}`,
      );
  }
}

const borichOptionKeys = ['k', 'allowSmallGroups', 'importanceBasis'] as const;

/**
 * Borich (1980) mean weighted discrepancy score of each item, ranked highest first:
 *
 *   MWDSⱼ = D̄ⱼ × Īⱼ,  D̄ⱼ = (1 / nⱼ) Σᵢ (Iᵢⱼ − Pᵢⱼ),
 *
 * where the sum runs over the nⱼ respondents who gave both ratings of item j. The weight Īⱼ is
 * the mean importance of item j over, by `options.importanceBasis`:
 *
 * - `'completePairs'` (default): the same nⱼ respondents. Borich's weight is "the mean
 *   importance"; taking it from the complete pairs keeps discrepancy and weight on one sample,
 *   so the score is a property of one group of people with one `n`, and a respondent who rated
 *   importance only cannot move an item's priority without contributing to its gap;
 * - `'allRatings'`: every importance rating of item j (nᴵⱼ ≥ nⱼ of them, `importanceN`), as in
 *   the textbook form: MWDSⱼ = D̄ⱼ × (1 / nᴵⱼ) Σᵢ Iᵢⱼ.
 *
 * With no missing data the two readings agree.
 *
 * Source: Borich, G. D. (1980). A needs assessment model for conducting follow-up studies.
 * Journal of Teacher Education, 31(3), 39–42. The per-respondent form (weighted discrepancy
 * Dᵢⱼ × Īⱼ, then the mean) is the one in McKim & Saucier (2011), Journal of Extension 49(2).
 *
 * Ties: items whose MWDS are equal as exact fractions (Σ(I−P)·ΣI / (n·nᴵ)) share the best rank,
 * and the next rank is skipped (competition ranking, "1, 2, 2, 4"). Items without a complete
 * pair are unscored (`null`) and unranked.
 *
 * Disclosure rule (`disclosure`): an item whose score rests on 1 to k − 1 respondents
 * (`options.k`, default 5) — 0 < nⱼ < k complete pairs, or, under `'allRatings'`, also
 * 0 < nᴵⱼ < k importance ratings — is withheld: every value, `n`, `importanceN` and `rank` is
 * `null` and `withheld` is `'primary'`. A score of one person is that person's answers. Ranks
 * and the total `n` are computed from the published items only.
 *
 * @throws {CapkitScoringError} for an invalid scale, wrong array lengths or a byte off the scale,
 *   a bad `options.k` or `options.importanceBasis`, or an unknown option.
 */
export function meanWeightedDiscrepancy(
  data: PairedResponses,
  scale: RatingScale,
  options: BorichOptions = {},
): BorichResult {
  rejectUnknownOptions(options, borichOptionKeys);
  const settings = borichSettings(options);
  validatePairedResponses(data, scale);
  return borichItemResult(borichItemTable(data, settings), scale, settings);
}

/**
 * {@link meanWeightedDiscrepancy} from per-item sums (e.g. merged from shards) instead of the
 * ratings; the same result for the same respondents. The sums are trusted: they come from
 * {@link borichSumsOf} over validated data.
 */
export function meanWeightedDiscrepancyOfSums(
  sums: BorichSums,
  scale: RatingScale,
  options: BorichOptions = {},
): BorichResult {
  rejectUnknownOptions(options, borichOptionKeys);
  const settings = borichSettings(options);
  return borichItemResult(borichItemTableOfSums(sums, settings), scale, settings);
}

/** Exact per-item sums, the MWDS computed from them, and which items may be published. */
interface BorichItemTable {
  /** Complete pairs. */
  readonly n: Float64Array;
  /** Importance ratings behind Ī (= n under 'completePairs'). */
  readonly importanceN: Float64Array;
  /** Σ importance over the importance basis. */
  readonly sumImportance: Float64Array;
  /** Σ (I − P) over complete pairs. */
  readonly sumDiscrepancy: Float64Array;
  /** MWDS; `NaN` when unscored or withheld. */
  readonly values: Float64Array;
  /** 1 where the item is withheld by the disclosure rule. */
  readonly withheld: Uint8Array;
}

/**
 * The per-item sums every Borich score is computed from: sums of disjoint sets of respondents
 * add up to the sums of their union, so shards of a survey can be scored together.
 */
export interface BorichSums {
  readonly pairs: CompletePairSums;
  /** Every importance rating, for `importanceBasis: 'allRatings'`. */
  readonly ratings: ImportanceRatingSums;
}

/** The sums of {@link BorichSums} over every respondent of `data`. */
export function borichSumsOf(data: PairedResponses, scale: RatingScale): BorichSums {
  const { respondents, items, importance, performance } = data;
  // Tally each item's (importance, performance) pairs, then sum the tallies: one increment per
  // rating pair instead of five sums, and no branch on missing ratings. Level 0 stands for
  // missing, levels 1… for the scale's ratings.
  const levels = scale.max - scale.min + 2;
  const pairCodes = levels * levels;
  const levelOf = new Uint8Array(256);
  for (let rating = scale.min; rating <= scale.max; rating += 1)
    levelOf[rating] = rating - scale.min + 1;
  const tally = new Float64Array(items * pairCodes);
  for (let r = 0, k = 0; r < respondents; r += 1) {
    for (let j = 0, base = 0; j < items; j += 1, k += 1, base += pairCodes) {
      const code =
        base +
        (levelOf[importance[k] as number] as number) * levels +
        (levelOf[performance[k] as number] as number);
      tally[code] = (tally[code] as number) + 1;
    }
  }
  const n = new Float64Array(items);
  const sumImportance = new Float64Array(items);
  const sumPerformance = new Float64Array(items);
  const ratingsN = new Float64Array(items);
  const ratingsSum = new Float64Array(items);
  for (let j = 0; j < items; j += 1) {
    for (let li = 1; li < levels; li += 1) {
      const i = scale.min + li - 1;
      for (let lp = 0; lp < levels; lp += 1) {
        const times = tally[j * pairCodes + li * levels + lp] as number;
        ratingsN[j] = (ratingsN[j] as number) + times;
        ratingsSum[j] = (ratingsSum[j] as number) + times * i;
        if (lp === 0) continue;
        n[j] = (n[j] as number) + times;
        sumImportance[j] = (sumImportance[j] as number) + times * i;
        sumPerformance[j] = (sumPerformance[j] as number) + times * (scale.min + lp - 1);
      }
    }
  }
  return {
    pairs: { n, sumImportance, sumPerformance },
    ratings: { n: ratingsN, sumImportance: ratingsSum },
  };
}

function borichItemTable(data: PairedResponses, settings: BorichSettings): BorichItemTable {
  const pairs = completePairSums(data);
  const ratings =
    settings.importanceBasis === 'allRatings'
      ? importanceRatingSums(data)
      : { n: pairs.n, sumImportance: pairs.sumImportance };
  return borichItemTableOfSums({ pairs, ratings }, settings);
}

function borichItemTableOfSums(sums: BorichSums, settings: BorichSettings): BorichItemTable {
  const { disclosure, importanceBasis } = settings;
  const { pairs } = sums;
  const { n } = pairs;
  const sumDiscrepancy = pairs.sumImportance.map((sum, j) => sum - (pairs.sumPerformance[j] ?? 0));
  let importanceN: Float64Array;
  let sumImportance: Float64Array;
  switch (importanceBasis) {
    case 'completePairs':
      importanceN = n;
      sumImportance = pairs.sumImportance;
      break;
    case 'allRatings':
      importanceN = sums.ratings.n;
      sumImportance = sums.ratings.sumImportance;
      break;
    default:
      importanceBasis satisfies never;
      throw new CapkitScoringError('options.importanceBasis', 'is not a known basis');
  }
  const withheld = Uint8Array.from(n, (count, j) =>
    isBelowMinimum(count, disclosure) || isBelowMinimum(importanceN[j] ?? 0, disclosure) ? 1 : 0,
  );
  const values = n.map((count, j) =>
    withheld[j] === 1
      ? Number.NaN
      : itemMeanWeightedDiscrepancy(
          sumDiscrepancy[j] ?? 0,
          sumImportance[j] ?? 0,
          count,
          importanceN[j] ?? 0,
        ),
  );
  return { n, importanceN, sumImportance, sumDiscrepancy, values, withheld };
}

/** Whether an item enters rankings and competency means: scored and not withheld. */
function isPublishedScore(table: BorichItemTable, j: number): boolean {
  return table.withheld[j] === 0 && (table.n[j] ?? 0) > 0;
}

function itemFraction(table: BorichItemTable, j: number): Fraction {
  return itemMeanWeightedDiscrepancyFraction(
    table.sumDiscrepancy[j] ?? 0,
    table.sumImportance[j] ?? 0,
    table.n[j] ?? 1,
    table.importanceN[j] ?? 1,
  );
}

function borichItemResult(
  table: BorichItemTable,
  scale: RatingScale,
  settings: BorichSettings,
): BorichResult {
  const { n: counts, importanceN, sumImportance, sumDiscrepancy, values, withheld } = table;
  const { ranks, ranking } = rankHighestFirst(values, values.map(Math.abs), (a, b) =>
    compareFractions(itemFraction(table, a), itemFraction(table, b)),
  );
  const config = borichConfig(scale, settings);
  let total = 0;
  const items = Array.from(counts, (n, item): BorichItem => {
    if (withheld[item] === 1) {
      return {
        item,
        meanWeightedDiscrepancy: null,
        meanDiscrepancy: null,
        meanImportance: null,
        n: null,
        importanceN: null,
        rank: null,
        withheld: 'primary',
      };
    }
    total += n;
    const ratings = importanceN[item] ?? 0;
    if (n === 0) {
      return {
        item,
        meanWeightedDiscrepancy: null,
        meanDiscrepancy: null,
        meanImportance: null,
        n,
        importanceN: ratings,
        rank: null,
      };
    }
    return {
      item,
      meanWeightedDiscrepancy: values[item] ?? null,
      meanDiscrepancy: (sumDiscrepancy[item] ?? 0) / n,
      meanImportance: (sumImportance[item] ?? 0) / ratings,
      n,
      importanceN: ratings,
      rank: ranks[item] ?? null,
    };
  });
  return { ...config, n: total, items, ranking, provenance: provenanceOf(config) };
}

function borichConfig(scale: RatingScale, settings: BorichSettings) {
  return {
    method: 'borich1980',
    discrepancyBasis: 'completePairs',
    importanceBasis: settings.importanceBasis,
    tieRule: 'competition',
    scale: { min: scale.min, max: scale.max },
    disclosure: settings.disclosure,
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
 * Borich MWDS per competency: the unweighted mean of the MWDS of the competency's published,
 * scored items (`itemsUsed`),
 *
 *   MWDS_c = (1 / K_c) Σ_{j ∈ itemsUsed(c)} MWDSⱼ,
 *
 * then ranked highest first with the same tie rule as items (exact fractions, competition
 * ranks). Each item counts once whatever its `n`, as each is one competency statement; that is
 * how Borich-type studies report a group of statements (a topic's MWDS is the mean of its items'
 * MWDS). Item scores, their importance basis and their disclosure rule are as in
 * {@link meanWeightedDiscrepancy}.
 *
 * Disclosure: items withheld there (1 to k − 1 respondents) are left out of the competency
 * mean (`itemsWithheld`), because K_c × MWDS_c minus the published items' scores would reveal a
 * withheld item. A competency whose every answered item is withheld is itself withheld
 * (`withheld: 'primary'`, `n` and the score `null`). Ranks and totals use published figures only.
 *
 * @param competencyOfItem competency index (0, 1, …) of each item, in column order.
 * @throws {CapkitScoringError} for invalid data or options (see {@link meanWeightedDiscrepancy})
 *   or a bad map (`competencyOfItem[j]`, `competencyOfItem.length`, `options.competencies`).
 */
export function competencyMeanWeightedDiscrepancy(
  data: PairedResponses,
  scale: RatingScale,
  competencyOfItem: ArrayLike<number>,
  options: BorichCompetencyOptions = {},
): BorichCompetencyResult {
  rejectUnknownOptions(options, [...borichOptionKeys, 'competencies']);
  const settings = borichSettings(options);
  validatePairedResponses(data, scale);
  return competencyResultOfTable(
    borichItemTable(data, settings),
    data.items,
    scale,
    competencyOfItem,
    options,
    settings,
  );
}

/**
 * {@link competencyMeanWeightedDiscrepancy} from per-item sums (e.g. merged from shards); the
 * same result for the same respondents.
 */
export function competencyMeanWeightedDiscrepancyOfSums(
  sums: BorichSums,
  scale: RatingScale,
  competencyOfItem: ArrayLike<number>,
  options: BorichCompetencyOptions = {},
): BorichCompetencyResult {
  rejectUnknownOptions(options, [...borichOptionKeys, 'competencies']);
  const settings = borichSettings(options);
  return competencyResultOfTable(
    borichItemTableOfSums(sums, settings),
    sums.pairs.n.length,
    scale,
    competencyOfItem,
    options,
    settings,
  );
}

function competencyResultOfTable(
  table: BorichItemTable,
  items: number,
  scale: RatingScale,
  competencyOfItem: ArrayLike<number>,
  options: BorichCompetencyOptions,
  settings: BorichSettings,
): BorichCompetencyResult {
  const data = { items };
  const competencies = validateCompetencyOfItem(competencyOfItem, data.items, options.competencies);
  const itemScores = borichItemResult(table, scale, settings);
  const members: number[][] = Array.from({ length: competencies }, () => []);
  for (let j = 0; j < data.items; j += 1) members[competencyOfItem[j] ?? 0]?.push(j);
  const used = members.map((list) => list.filter((j) => isPublishedScore(table, j)));
  const values = new Float64Array(competencies);
  const magnitudes = new Float64Array(competencies);
  used.forEach((list, c) => {
    const scores = list.map((j) => table.values[j] ?? 0);
    values[c] = list.length === 0 ? Number.NaN : compensatedMean(scores, scores.length);
    magnitudes[c] = list.length === 0 ? 0 : compensatedMean(scores.map(Math.abs), scores.length);
  });
  const exact = (c: number): Fraction =>
    meanOfFractions((used[c] ?? []).map((j) => itemFraction(table, j)));
  const { ranks, ranking } = rankHighestFirst(values, magnitudes, (a, b) =>
    compareFractions(exact(a), exact(b)),
  );
  const base = borichConfig(scale, settings);
  const config = { ...base, aggregation: 'meanOfPublishedItemScores', competencies } as const;
  return {
    method: 'borich1980',
    aggregation: 'meanOfPublishedItemScores',
    discrepancyBasis: 'completePairs',
    importanceBasis: settings.importanceBasis,
    tieRule: 'competition',
    scale: base.scale,
    disclosure: settings.disclosure,
    n: itemScores.n,
    competencies: members.map((list, competency): BorichCompetency => {
      const itemsUsed = used[competency] ?? [];
      const itemsWithheld = list.filter((j) => table.withheld[j] === 1);
      if (itemsUsed.length === 0 && itemsWithheld.length > 0) {
        return {
          competency,
          meanWeightedDiscrepancy: null,
          items: list.length,
          itemsUsed,
          itemsWithheld,
          n: null,
          rank: null,
          withheld: 'primary',
        };
      }
      const value = values[competency] ?? Number.NaN;
      return {
        competency,
        meanWeightedDiscrepancy: Number.isNaN(value) ? null : value,
        items: list.length,
        itemsUsed,
        itemsWithheld,
        n: itemsUsed.reduce((sum, j) => sum + (table.n[j] ?? 0), 0),
        rank: ranks[competency] ?? null,
      };
    }),
    ranking,
    itemScores,
    provenance: provenanceOf({ ...config, competencyOfItem: Array.from(competencyOfItem) }),
  };
}

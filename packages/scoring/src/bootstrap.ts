// Over 400 lines: the resampling loop and the per-replicate Borich scoring share buffers and the
// disclosure rule's published-unit set; splitting them would pass those through every call.
import {
  borichSettings,
  competencyMeanWeightedDiscrepancy,
  competitionRanks,
  itemMeanWeightedDiscrepancy,
  itemMeanWeightedDiscrepancyFraction,
  meanWeightedDiscrepancy,
  type BorichOptions,
  type ImportanceBasis,
} from './borich.js';
import { compareFractions, meanOfFractions, type Fraction } from './discrepancy.js';
import { isBelowMinimum, rejectUnknownOptions, type MinimumRespondentsRule } from './disclosure.js';
import type { PairedResponses, RatingScale } from './pairedResponses.js';
import { provenanceOf, type Provenance } from './provenance.js';
import { createRandom, randomIndex } from './random.js';
import { MISSING } from './responseMatrix.js';
import { quantileOfSorted } from './stats/quantile.js';
import { CapkitScoringError } from './scoringError.js';
import type { SuppressionReason } from './suppressSmallGroups.js';

/**
 * Options for {@link bootstrapMeanWeightedDiscrepancy}: the Borich options (`k`,
 * `allowSmallGroups`, `importanceBasis`) and the resampling settings.
 */
export interface BootstrapOptions extends BorichOptions {
  /**
   * Number of bootstrap replicates B, a whole number ≥ 1.
   * @default 1000
   */
  readonly replicates?: number;
  /**
   * Confidence level of the percentile intervals, in (0, 1).
   * @default 0.95
   */
  readonly level?: number;
  /**
   * Seed of the resampling generator; the same seed gives the same result, bit for bit.
   * @default 1
   */
  readonly seed?: number;
  /**
   * k of the "in the top k" probability, a whole number ≥ 1.
   * @default 3
   */
  readonly topK?: number;
  /**
   * Score items, or competencies (mean of their items' MWDS; needs `competencyOfItem`).
   * @default 'item'
   */
  readonly by?: 'item' | 'competency';
  /** Competency index of each item, in column order; required when `by` is `'competency'`. */
  readonly competencyOfItem?: ArrayLike<number>;
  /**
   * Number of competencies, when some have no items.
   * @default largest index in `competencyOfItem` + 1
   */
  readonly competencies?: number;
}

/** Bootstrap summary of one item (or competency). */
export interface BootstrapUnit {
  /** Item index, or competency index when `by` is `'competency'`. */
  readonly unit: number;
  /** Point estimate: the Borich MWDS of the full sample; `null` when unscored or withheld. */
  readonly meanWeightedDiscrepancy: number | null;
  /** Point-estimate competition rank among the published units (1 = highest MWDS). */
  readonly rank: number | null;
  /**
   * Lower end of the percentile interval; `null` when no replicate scored the unit, or when
   * the unit is withheld.
   */
  readonly lower: number | null;
  /** Upper end of the percentile interval; `null` likewise. */
  readonly upper: number | null;
  /**
   * Share of the B replicates in which the unit has exactly its point-estimate rank; `null`
   * when unscored or withheld.
   */
  readonly rankHoldsProbability: number | null;
  /**
   * Share of the B replicates in which the unit's rank is at most `topK` (ties included);
   * `null` when unscored or withheld.
   */
  readonly topKProbability: number | null;
  /** Replicates in which the unit had a complete pair and so a score; `null` when withheld. */
  readonly replicatesScored: number | null;
  /** Complete pairs behind the point estimate; `null` when withheld (its size is not shown). */
  readonly n: number | null;
  /**
   * With `by: 'competency'`: the published, scored items whose MWDS make the competency's
   * score (withheld items never enter it, in the point estimate or in any replicate).
   */
  readonly itemsUsed?: readonly number[];
  /**
   * Set when the unit is withheld by the disclosure rule (it rests on 1 to k − 1
   * respondents); it then has no score, no interval and no probabilities.
   */
  readonly withheld?: SuppressionReason;
}

/** Result of {@link bootstrapMeanWeightedDiscrepancy}. */
export interface BootstrapResult {
  readonly method: 'percentileBootstrap';
  /** The statistic resampled: Borich MWDS. */
  readonly statistic: 'borich1980';
  /** Whose importance ratings make the weight Īⱼ (see `ImportanceBasis`). */
  readonly importanceBasis: ImportanceBasis;
  /** Whole respondents are resampled, keeping each person's ratings together. */
  readonly resamplingUnit: 'respondent';
  /** Interval ends are Hyndman & Fan type 7 quantiles (linear interpolation). */
  readonly quantileRule: 'hyndmanFan7';
  readonly by: 'item' | 'competency';
  readonly replicates: number;
  readonly level: number;
  readonly seed: number;
  readonly topK: number;
  readonly scale: RatingScale;
  /**
   * The disclosure rule applied: units resting on 1 to k − 1 respondents on the full sample are
   * withheld, in the point estimate and in every replicate.
   */
  readonly disclosure: MinimumRespondentsRule;
  /** Respondents resampled; `null` when fewer than k (then every unit is withheld too). */
  readonly respondents: number | null;
  /** Complete pairs behind the published point estimates. */
  readonly n: number;
  /** One entry per item (or competency), in index order. */
  readonly units: readonly BootstrapUnit[];
  readonly provenance: Provenance;
}

const bootstrapOptionKeys = [
  'replicates',
  'level',
  'seed',
  'topK',
  'by',
  'competencyOfItem',
  'competencies',
  'k',
  'allowSmallGroups',
  'importanceBasis',
] as const;

function validateOptions(
  options: BootstrapOptions,
): Required<Pick<BootstrapOptions, 'replicates' | 'level' | 'seed' | 'topK' | 'by'>> {
  rejectUnknownOptions(options, bootstrapOptionKeys);
  const { replicates = 1000, level = 0.95, seed = 1, topK = 3, by = 'item' } = options;
  if (!(Number.isSafeInteger(replicates) && replicates >= 1)) {
    throw new CapkitScoringError(
      'options.replicates',
      `must be a whole number ≥ 1, got ${String(replicates)}`,
    );
  }
  if (!(level > 0 && level < 1)) {
    throw new CapkitScoringError(
      'options.level',
      `must be between 0 and 1 (exclusive), got ${String(level)}`,
    );
  }
  if (!Number.isSafeInteger(seed)) {
    throw new CapkitScoringError('options.seed', `must be a whole number, got ${String(seed)}`);
  }
  if (!(Number.isSafeInteger(topK) && topK >= 1)) {
    throw new CapkitScoringError('options.topK', `must be a whole number ≥ 1, got ${String(topK)}`);
  }
  const known: readonly string[] = ['item', 'competency'];
  if (!known.includes(by)) {
    throw new CapkitScoringError(
      'options.by',
      `must be 'item' or 'competency', got ${JSON.stringify(by)}`,
    );
  }
  if (by === 'competency' && options.competencyOfItem === undefined) {
    throw new CapkitScoringError(
      'options.competencyOfItem',
      "is required when options.by is 'competency'",
    );
  }
  return { replicates, level, seed, topK, by };
}

/** What the bootstrap needs of a point estimate, for items and competencies alike. */
interface PointEstimate {
  readonly unit: number;
  readonly meanWeightedDiscrepancy: number | null;
  readonly rank: number | null;
  readonly n: number | null;
  /** Items whose MWDS enter the unit in every replicate: published on the full sample. */
  readonly members: readonly number[];
  readonly withheld?: SuppressionReason;
}

/**
 * How sure the Borich priorities are: a nonparametric percentile bootstrap over respondents
 * (Efron, B., & Tibshirani, R. J. (1993). An Introduction to the Bootstrap, ch. 13).
 *
 * Each of B replicates draws `respondents` rows with replacement (the resampling unit is the
 * respondent, so each person's ratings stay together) and recomputes every MWDS exactly as
 * {@link meanWeightedDiscrepancy} does — complete pairs, Ī over `options.importanceBasis` — or,
 * with `by: 'competency'`, the mean of each competency's item MWDS as in
 * {@link competencyMeanWeightedDiscrepancy}. Then, per item (or competency):
 *
 * - interval: the α/2 and 1 − α/2 quantiles (α = 1 − level, Hyndman & Fan type 7) of the
 *   replicate MWDS, over the replicates in which it had a score;
 * - `rankHoldsProbability` = (1/B) #{b : rank_b = point-estimate rank};
 * - `topKProbability` = (1/B) #{b : rank_b ≤ k};
 *
 * with ranks computed in each replicate by the same exact competition rule as the point
 * estimate. A replicate that draws nobody with a complete pair on an item leaves that item
 * unscored and unranked there: it counts against both probabilities and is left out of the
 * interval (`replicatesScored` says how many replicates it rests on).
 *
 * Disclosure rule (`disclosure`, `options.k`, default 5): the point estimates apply the rule of
 * {@link meanWeightedDiscrepancy}. A unit withheld there (1 to k − 1 respondents) gets no
 * score, interval, probabilities, `replicatesScored` or `n` — an interval of one person's
 * answers is those answers. Replicates still resample every respondent, but only the units
 * published on the full sample are scored and ranked in them (a unit publishable on the full
 * sample stays so in every replicate, however few of its respondents a replicate draws), and a
 * competency is the mean of the same published items (`itemsUsed`) in every replicate, so no
 * published figure depends on a withheld item. With fewer than k respondents in all,
 * `respondents` is `null` as well.
 *
 * Deterministic: the generator is `createRandom(seed)` (Mulberry32), so a seed reproduces the
 * result exactly. Cost: each replicate is n draws and one ordered pass over the n × items
 * precomputed contributions (Iᵢⱼ, Iᵢⱼ − Pᵢⱼ and 1, all zero for an incomplete pair), each
 * drawn row added once times its multiplicity; nothing is allocated in the loop.
 *
 * @throws {CapkitScoringError} for invalid data or Borich options (see
 *   {@link meanWeightedDiscrepancy}), an unknown option, no respondents, `options.replicates` not a whole number ≥ 1, `options.level` outside (0, 1),
 *   a non-integer `options.seed`, `options.topK` < 1, or a bad competency map.
 */
export function bootstrapMeanWeightedDiscrepancy(
  data: PairedResponses,
  scale: RatingScale,
  options: BootstrapOptions = {},
): BootstrapResult {
  const { replicates, level, seed, topK, by } = validateOptions(options);
  const { disclosure, importanceBasis } = borichSettings(options);
  const borichOptions: BorichOptions = {
    k: disclosure.k,
    allowSmallGroups: options.allowSmallGroups ?? false,
    importanceBasis,
  };
  // The point estimates validate the data and the map before anything is resampled.
  const pointUnits: readonly PointEstimate[] =
    by === 'item'
      ? meanWeightedDiscrepancy(data, scale, borichOptions).items.map((item) => ({
          ...item,
          unit: item.item,
          members: item.withheld === undefined ? [item.item] : [],
        }))
      : competencyMeanWeightedDiscrepancy(data, scale, options.competencyOfItem ?? [], {
          ...borichOptions,
          ...(options.competencies === undefined ? {} : { competencies: options.competencies }),
        }).competencies.map((c) => ({ ...c, unit: c.competency, members: c.itemsUsed }));
  const { respondents, items, importance, performance } = data;
  if (respondents === 0) {
    throw new CapkitScoringError('respondents', 'must be at least 1 to resample respondents');
  }
  const units = pointUnits.length;

  // Per-row contributions: a replicate only adds them up.
  const cells = respondents * items;
  // Under 'completePairs' the weight's sum and count are those of the complete pairs; under
  // 'allRatings' every importance rating counts.
  const allRatings = importanceBasis === 'allRatings';
  const importanceOf = new Uint8Array(cells);
  const discrepancyOf = new Int16Array(cells);
  const completeOf = new Uint8Array(cells);
  const weightOf = allRatings ? new Uint8Array(cells) : importanceOf;
  const ratedOf = allRatings ? new Uint8Array(cells) : completeOf;
  for (let k = 0; k < cells; k += 1) {
    const i = importance[k] ?? MISSING;
    const p = performance[k] ?? MISSING;
    if (allRatings && i !== MISSING) {
      weightOf[k] = i;
      ratedOf[k] = 1;
    }
    if (i === MISSING || p === MISSING) continue;
    importanceOf[k] = i;
    discrepancyOf[k] = i - p;
    completeOf[k] = 1;
  }
  // Published items of each unit, flattened: withheld items never enter a replicate's units.
  const memberStart = new Int32Array(units + 1);
  const members = new Int32Array(items);
  pointUnits.forEach((point, u) => {
    const start = memberStart[u] ?? 0;
    point.members.forEach((j, m) => {
      members[start + m] = j;
    });
    memberStart[u + 1] = start + point.members.length;
  });

  const timesDrawn = new Int32Array(respondents);
  const sumImportance = new Float64Array(items);
  const sumDiscrepancy = new Float64Array(items);
  const counts = new Float64Array(items);
  const importanceCounts = new Float64Array(items);
  const itemValues = new Float64Array(items);
  const values = new Float64Array(units);
  const magnitudes = new Float64Array(units);
  const ranks = new Float64Array(units);
  const pointRanks = Float64Array.from(pointUnits, (u) => u.rank ?? Number.NaN);
  // Start from the point-estimate order; later replicates start from the previous one.
  const order = Int32Array.from(
    pointUnits
      .map((u) => u.unit)
      .sort((a, b) => (pointRanks[a] || Infinity) - (pointRanks[b] || Infinity) || a - b),
  );
  const replicateValues = new Float64Array(units * replicates);
  const rankHolds = new Float64Array(units);
  const inTopK = new Float64Array(units);

  const exact = (u: number): Fraction => {
    const fractions: Fraction[] = [];
    for (let m = memberStart[u] ?? 0; m < (memberStart[u + 1] ?? 0); m += 1) {
      const j = members[m] ?? 0;
      const n = counts[j] ?? 0;
      if (n > 0) {
        fractions.push(
          itemMeanWeightedDiscrepancyFraction(
            sumDiscrepancy[j] ?? 0,
            sumImportance[j] ?? 0,
            n,
            importanceCounts[j] ?? 0,
          ),
        );
      }
    }
    return meanOfFractions(fractions);
  };
  const compareExactly = (a: number, b: number): number => compareFractions(exact(a), exact(b));

  const random = createRandom(seed);
  for (let b = 0; b < replicates; b += 1) {
    sumImportance.fill(0);
    sumDiscrepancy.fill(0);
    counts.fill(0);
    importanceCounts.fill(0);
    // Draw how often each respondent is taken, then add each drawn row once, times that
    // multiplicity: the same resample as adding draw by draw, but rows are read in order and
    // the ~37% of rows a replicate leaves out are skipped.
    timesDrawn.fill(0);
    for (let draw = 0; draw < respondents; draw += 1) {
      const r = randomIndex(random, respondents);
      timesDrawn[r] = (timesDrawn[r] ?? 0) + 1;
    }
    for (let r = 0, row = 0; r < respondents; r += 1, row += items) {
      const times = timesDrawn[r] ?? 0;
      if (times === 0) continue;
      for (let j = 0, k = row; j < items; j += 1, k += 1) {
        sumImportance[j] = (sumImportance[j] ?? 0) + times * (weightOf[k] ?? 0);
        sumDiscrepancy[j] = (sumDiscrepancy[j] ?? 0) + times * (discrepancyOf[k] ?? 0);
        counts[j] = (counts[j] ?? 0) + times * (completeOf[k] ?? 0);
        importanceCounts[j] = (importanceCounts[j] ?? 0) + times * (ratedOf[k] ?? 0);
      }
    }
    for (let j = 0; j < items; j += 1) {
      itemValues[j] = itemMeanWeightedDiscrepancy(
        sumDiscrepancy[j] ?? 0,
        sumImportance[j] ?? 0,
        counts[j] ?? 0,
        importanceCounts[j] ?? 0,
      );
    }
    for (let u = 0; u < units; u += 1) {
      // Neumaier-compensated mean of the unit's scored items (one item when by = 'item').
      let sum = 0;
      let compensation = 0;
      let absolute = 0;
      let scored = 0;
      for (let m = memberStart[u] ?? 0; m < (memberStart[u + 1] ?? 0); m += 1) {
        const v = itemValues[members[m] ?? 0] ?? Number.NaN;
        if (Number.isNaN(v)) continue;
        const t = sum + v;
        compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
        sum = t;
        absolute += Math.abs(v);
        scored += 1;
      }
      const value = scored === 0 ? Number.NaN : (sum + compensation) / scored;
      values[u] = value;
      magnitudes[u] = scored === 0 ? 0 : absolute / scored;
      replicateValues[u * replicates + b] = value;
    }
    competitionRanks(values, magnitudes, compareExactly, order, ranks);
    for (let u = 0; u < units; u += 1) {
      const rank = ranks[u] ?? Number.NaN;
      if (rank === pointRanks[u]) rankHolds[u] = (rankHolds[u] ?? 0) + 1;
      if (rank <= topK) inTopK[u] = (inTopK[u] ?? 0) + 1;
    }
  }

  const alpha = 1 - level;
  const config = {
    method: 'percentileBootstrap',
    statistic: 'borich1980',
    importanceBasis,
    resamplingUnit: 'respondent',
    quantileRule: 'hyndmanFan7',
    by,
    replicates,
    level,
    seed,
    topK,
    scale: { min: scale.min, max: scale.max },
    disclosure,
  } as const;
  return {
    ...config,
    respondents: isBelowMinimum(respondents, disclosure) ? null : respondents,
    n: pointUnits.reduce((sum, u) => sum + (u.n ?? 0), 0),
    units: pointUnits.map((point, u): BootstrapUnit => {
      const itemsUsed = by === 'competency' ? { itemsUsed: point.members } : {};
      if (point.withheld !== undefined) {
        return {
          unit: point.unit,
          meanWeightedDiscrepancy: null,
          rank: null,
          lower: null,
          upper: null,
          rankHoldsProbability: null,
          topKProbability: null,
          replicatesScored: null,
          n: null,
          ...itemsUsed,
          withheld: point.withheld,
        };
      }
      const column = replicateValues.subarray(u * replicates, (u + 1) * replicates);
      // Typed-array sort is numeric and puts NaN (unscored replicates) last.
      column.sort();
      let scored = 0;
      while (scored < replicates && !Number.isNaN(column[scored] ?? Number.NaN)) scored += 1;
      const unscored = point.meanWeightedDiscrepancy === null;
      return {
        unit: point.unit,
        meanWeightedDiscrepancy: point.meanWeightedDiscrepancy,
        rank: point.rank,
        lower: scored === 0 ? null : quantileOfSorted(column.subarray(0, scored), alpha / 2),
        upper: scored === 0 ? null : quantileOfSorted(column.subarray(0, scored), 1 - alpha / 2),
        rankHoldsProbability: unscored ? null : (rankHolds[u] ?? 0) / replicates,
        topKProbability: unscored ? null : (inTopK[u] ?? 0) / replicates,
        replicatesScored: scored,
        n: point.n,
        ...itemsUsed,
      };
    }),
    provenance: provenanceOf(
      by === 'item'
        ? config
        : { ...config, competencyOfItem: Array.from(options.competencyOfItem ?? []), units },
    ),
  };
}

import {
  competencyMeanWeightedDiscrepancy,
  competitionRanks,
  itemMeanWeightedDiscrepancy,
  itemMeanWeightedDiscrepancyFraction,
  meanWeightedDiscrepancy,
} from './borich.js';
import { compareFractions, meanOfFractions, type Fraction } from './discrepancy.js';
import type { PairedResponses, RatingScale } from './pairedResponses.js';
import { provenanceOf, type Provenance } from './provenance.js';
import { createRandom, randomIndex } from './random.js';
import { MISSING } from './responseMatrix.js';
import { CapkitScoringError } from './scoringError.js';

/** Options for {@link bootstrapMeanWeightedDiscrepancy}. */
export interface BootstrapOptions {
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
  /** Point estimate: the Borich MWDS of the full sample; `null` when unscored. */
  readonly meanWeightedDiscrepancy: number | null;
  /** Point-estimate competition rank (1 = highest MWDS). */
  readonly rank: number | null;
  /** Lower end of the percentile interval; `null` when no replicate scored the unit. */
  readonly lower: number | null;
  /** Upper end of the percentile interval. */
  readonly upper: number | null;
  /** Share of the B replicates in which the unit has exactly its point-estimate rank. */
  readonly rankHoldsProbability: number | null;
  /** Share of the B replicates in which the unit's rank is at most k (ties included). */
  readonly topKProbability: number | null;
  /** Replicates in which the unit had a complete pair and so a score. */
  readonly replicatesScored: number;
  /** Complete pairs behind the point estimate. */
  readonly n: number;
}

/** Result of {@link bootstrapMeanWeightedDiscrepancy}. */
export interface BootstrapResult {
  readonly method: 'percentileBootstrap';
  /** The statistic resampled: Borich MWDS, Ī over complete pairs. */
  readonly statistic: 'borich1980';
  readonly importanceBasis: 'completePairs';
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
  /** Respondents resampled. */
  readonly respondents: number;
  /** Complete pairs behind the point estimates. */
  readonly n: number;
  /** One entry per item (or competency), in index order. */
  readonly units: readonly BootstrapUnit[];
  readonly provenance: Provenance;
}

function validateOptions(
  options: BootstrapOptions,
): Required<Pick<BootstrapOptions, 'replicates' | 'level' | 'seed' | 'topK' | 'by'>> {
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
  readonly n: number;
}

/** Hyndman & Fan (1996) type 7 quantile of the first `count` values of sorted `x`. */
function quantile(x: Float64Array, count: number, p: number): number {
  const h = (count - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, count - 1);
  const low = x[lo] ?? Number.NaN;
  return low + (h - lo) * ((x[hi] ?? Number.NaN) - low);
}

/**
 * How sure the Borich priorities are: a nonparametric percentile bootstrap over respondents
 * (Efron, B., & Tibshirani, R. J. (1993). An Introduction to the Bootstrap, ch. 13).
 *
 * Each of B replicates draws `respondents` rows with replacement (the resampling unit is the
 * respondent, so each person's ratings stay together) and recomputes every MWDS exactly as
 * {@link meanWeightedDiscrepancy} does — complete pairs, Ī over the same pairs — or, with
 * `by: 'competency'`, the mean of each competency's item MWDS as in
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
 * Deterministic: the generator is `createRandom(seed)` (Mulberry32), so a seed reproduces the
 * result exactly. Cost: each replicate is n draws and one ordered pass over the n × items
 * precomputed contributions (Iᵢⱼ, Iᵢⱼ − Pᵢⱼ and 1, all zero for an incomplete pair), each
 * drawn row added once times its multiplicity; nothing is allocated in the loop.
 *
 * @throws {CapkitScoringError} for invalid data (see {@link meanWeightedDiscrepancy}), no
 *   respondents, `options.replicates` not a whole number ≥ 1, `options.level` outside (0, 1),
 *   a non-integer `options.seed`, `options.topK` < 1, or a bad competency map.
 */
export function bootstrapMeanWeightedDiscrepancy(
  data: PairedResponses,
  scale: RatingScale,
  options: BootstrapOptions = {},
): BootstrapResult {
  const { replicates, level, seed, topK, by } = validateOptions(options);
  // The point estimates validate the data and the map before anything is resampled.
  const pointUnits: readonly PointEstimate[] =
    by === 'item'
      ? meanWeightedDiscrepancy(data, scale).items.map((item) => ({ ...item, unit: item.item }))
      : competencyMeanWeightedDiscrepancy(data, scale, options.competencyOfItem ?? [], {
          ...(options.competencies === undefined ? {} : { competencies: options.competencies }),
        }).competencies.map((c) => ({ ...c, unit: c.competency }));
  const { respondents, items, importance, performance } = data;
  if (respondents === 0) {
    throw new CapkitScoringError('respondents', 'must be at least 1 to resample respondents');
  }
  const units = pointUnits.length;

  // Per-row contributions: a replicate only adds them up.
  const cells = respondents * items;
  const importanceOf = new Uint8Array(cells);
  const discrepancyOf = new Int16Array(cells);
  const completeOf = new Uint8Array(cells);
  for (let k = 0; k < cells; k += 1) {
    const i = importance[k] ?? MISSING;
    const p = performance[k] ?? MISSING;
    if (i === MISSING || p === MISSING) continue;
    importanceOf[k] = i;
    discrepancyOf[k] = i - p;
    completeOf[k] = 1;
  }
  // Items of each competency, flattened (or each item alone).
  const memberStart = new Int32Array(units + 1);
  const members = new Int32Array(items);
  if (by === 'item') {
    for (let j = 0; j <= items; j += 1) memberStart[j] = j;
    for (let j = 0; j < items; j += 1) members[j] = j;
  } else {
    const map = options.competencyOfItem ?? [];
    for (let j = 0; j < items; j += 1) {
      const c = map[j] ?? 0;
      memberStart[c + 1] = (memberStart[c + 1] ?? 0) + 1;
    }
    for (let c = 0; c < units; c += 1)
      memberStart[c + 1] = (memberStart[c + 1] ?? 0) + (memberStart[c] ?? 0);
    const fill = memberStart.slice(0, units);
    for (let j = 0; j < items; j += 1) {
      const c = map[j] ?? 0;
      members[fill[c] ?? 0] = j;
      fill[c] = (fill[c] ?? 0) + 1;
    }
  }

  const timesDrawn = new Int32Array(respondents);
  const sumImportance = new Float64Array(items);
  const sumDiscrepancy = new Float64Array(items);
  const counts = new Float64Array(items);
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
          itemMeanWeightedDiscrepancyFraction(sumDiscrepancy[j] ?? 0, sumImportance[j] ?? 0, n),
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
        sumImportance[j] = (sumImportance[j] ?? 0) + times * (importanceOf[k] ?? 0);
        sumDiscrepancy[j] = (sumDiscrepancy[j] ?? 0) + times * (discrepancyOf[k] ?? 0);
        counts[j] = (counts[j] ?? 0) + times * (completeOf[k] ?? 0);
      }
    }
    for (let j = 0; j < items; j += 1) {
      itemValues[j] = itemMeanWeightedDiscrepancy(
        sumDiscrepancy[j] ?? 0,
        sumImportance[j] ?? 0,
        counts[j] ?? 0,
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
    importanceBasis: 'completePairs',
    resamplingUnit: 'respondent',
    quantileRule: 'hyndmanFan7',
    by,
    replicates,
    level,
    seed,
    topK,
    scale: { min: scale.min, max: scale.max },
  } as const;
  return {
    ...config,
    respondents,
    n: pointUnits.reduce((sum, u) => sum + u.n, 0),
    units: pointUnits.map((point, u): BootstrapUnit => {
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
        lower: scored === 0 ? null : quantile(column, scored, alpha / 2),
        upper: scored === 0 ? null : quantile(column, scored, 1 - alpha / 2),
        rankHoldsProbability: unscored ? null : (rankHolds[u] ?? 0) / replicates,
        topKProbability: unscored ? null : (inTopK[u] ?? 0) / replicates,
        replicatesScored: scored,
        n: point.n,
      };
    }),
    provenance: provenanceOf(
      by === 'item'
        ? config
        : { ...config, competencyOfItem: Array.from(options.competencyOfItem ?? []), units },
    ),
  };
}

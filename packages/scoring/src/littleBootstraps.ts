import { competitionRanks } from './competitionRanks.js';
import {
  borichSettings,
  competencyMeanWeightedDiscrepancyOfSums,
  itemMeanWeightedDiscrepancy,
  meanWeightedDiscrepancyOfSums,
  type BorichOptions,
} from './borich.js';
import {
  bootstrapResultOf,
  flattenMembers,
  meanOfMembers,
  pointEstimatesOf,
  validateBootstrapOptions,
  type BootstrapOptions,
  type BootstrapProgress,
  type BootstrapResult,
  type LittleBootstrapDesign,
  type PointEstimate,
} from './bootstrapUnits.js';
import type { LittleBootstrapSample } from './littleBootstrapSample.js';
import { validateRatingScale, type RatingScale } from './pairedResponses.js';
import { drawPoisson, poissonTable } from './poissonSampler.js';
import { createRandom } from './random.js';
import { MISSING } from './responseMatrix.js';
import { CapkitScoringError } from './scoringError.js';
import { quantileOfSorted } from './stats/quantile.js';

/** Kleiner et al.'s subset size exponent: b = n^γ. */
const subsetExponent = 0.6;

/**
 * The subset size b of the bag of little bootstraps on n respondents: `options.subsetSize`, or
 * ⌈n^0.6⌉ capped at ⌊n / subsets⌋ so that the subsets are disjoint.
 *
 * @throws {CapkitScoringError} when the subsets cannot be disjoint with 2 or more respondents each.
 */
export function littleBootstrapSubsetSize(
  respondents: number,
  subsets: number,
  options: Pick<BootstrapOptions, 'subsetSize'>,
): number {
  const most = Math.floor(respondents / subsets);
  const size = options.subsetSize ?? Math.min(most, Math.ceil(respondents ** subsetExponent));
  if (size > most || size < 2) {
    throw new CapkitScoringError(
      options.subsetSize === undefined ? 'respondents' : 'options.subsetSize',
      `the bag of little bootstraps needs ${subsets} disjoint subsets of ${Math.max(size, 2)} or more respondents, and there are ${respondents}: use fewer or smaller subsets, or method 'percentileBootstrap'`,
    );
  }
  return size;
}

// Independent generators per subset, so that subsets could run on different workers and give
// the same result.
function subsetSeed(seed: number, subset: number): number {
  return (Math.imul(subset + 1, 0x9e3779b1) ^ seed) >>> 0;
}

/**
 * How sure the Borich priorities are, by the bag of little bootstraps (Kleiner, A.,
 * Talwalkar, A., Sarkar, P., & Jordan, M. I. (2014). A scalable bootstrap for massive data.
 * JRSS B 76(4), 795–816), from a {@link LittleBootstrapSample} — of one survey, or merged from
 * shards.
 *
 * The sample's rows, in key order, are cut into s disjoint subsets of b respondents. In each
 * subset, every replicate gives each respondent an independent Poisson(n / b) weight (the
 * Poisson bootstrap: Hanley, J. A., & MacGibbon, B. (2006). Creating non-parametric bootstrap
 * samples using Poisson frequencies. Computer Methods and Programs in Biomedicine 83(1), 57–62),
 * so a replicate stands for a resample of about n respondents drawn from the subset, and
 * scores every unit exactly as the point estimate does (Borich MWDS over complete pairs; a
 * competency is the mean of its published items). Its value is recentred on the full sample,
 * v = θ̂ₙ + (θ* − θ̂_subset): the subset's replicates mimic the full bootstrap's deviations
 * θ* − θ̂ₙ, which is what a percentile interval and a rank probability read. Per subset: the
 * α/2 and 1 − α/2 quantiles of v (type 7) over the replicates that scored the unit, and the
 * shares of replicates in which v ranks exactly as the point estimate and in the top k (ranks
 * by the competition rule over all units' v). The result averages those figures over the
 * subsets (a subset in which the unit had no complete pair gives it no interval and counts
 * against both probabilities, as an unscored replicate of the full bootstrap does).
 *
 * Why it holds for these statistics: each MWDS is a smooth function of item means (Σ(I − P)/n
 * times ΣI/n), and a competency a mean of them, so they are Hadamard differentiable and BLB is
 * consistent for their sampling distribution, with the same higher-order accuracy as the
 * bootstrap when b = n^γ, γ ≥ 0.5 (Kleiner et al., theorems 1–3). Ranks and rank
 * probabilities are functions of the joint vector of scores; recentring keeps every subset's
 * replicates around the full-sample scores, so they are read exactly as the percentile
 * bootstrap reads its replicates. Where it is not valid: an item answered by so few people that
 * a subset of b holds only a handful of its complete pairs (expected nⱼ · b / n well under 30)
 * gets a rough interval — use `subsetSize` larger, or the percentile bootstrap, there; and, as
 * for any bootstrap of ranks, near-ties make rank probabilities unstable (Hall, P., & Miller,
 * H. (2009). Using the bootstrap to quantify the authority of an empirical ranking. Annals of
 * Statistics 37(6B), 3929–3959).
 *
 * Cost: B replicates of b draws and b × items additions: at 1,000,000 × 40 with B = 1,000 and
 * s = 10, b = 3,982, about 0.16 G additions instead of 40 G, whatever n.
 *
 * Disclosure: as {@link bootstrapMeanWeightedDiscrepancy}, on the full sample's counts.
 *
 * @throws {CapkitScoringError} for a sample not made by `littleBootstrapSample` with this
 *   seed, invalid options (as the percentile bootstrap's), or subsets too small.
 */
export function bootstrapFromLittleSample(
  sample: LittleBootstrapSample,
  scale: RatingScale,
  options: Omit<BootstrapOptions, 'method' | 'subsetSize'> = {},
  onProgress?: BootstrapProgress,
): BootstrapResult {
  const settings = validateBootstrapOptions({ ...options, method: 'bagOfLittleBootstraps' });
  const { replicates, level, topK, by, subsets } = settings;
  if (options.seed !== undefined && options.seed !== sample.seed) {
    throw new CapkitScoringError(
      'options.seed',
      `is ${options.seed}, but the sample was drawn with seed ${sample.seed}: the seed decides both`,
    );
  }
  const seed = sample.seed;
  validateRatingScale(scale);
  const { disclosure, importanceBasis } = borichSettings(options);
  const borichOptions: BorichOptions = {
    k: disclosure.k,
    allowSmallGroups: options.allowSmallGroups ?? false,
    importanceBasis,
  };
  const { items, respondents } = sample;
  if (respondents === 0) {
    throw new CapkitScoringError('respondents', 'must be at least 1 to resample respondents');
  }
  const points: readonly PointEstimate[] = pointEstimatesOf(
    by === 'item'
      ? meanWeightedDiscrepancyOfSums(sample.sums, scale, borichOptions)
      : competencyMeanWeightedDiscrepancyOfSums(
          sample.sums,
          scale,
          options.competencyOfItem ?? [],
          {
            ...borichOptions,
            ...(options.competencies === undefined ? {} : { competencies: options.competencies }),
          },
        ),
  );
  const subsetSize = Math.floor(sample.keys.length / subsets);
  if (subsetSize < 2) {
    throw new CapkitScoringError(
      'options.subsets',
      `is ${subsets}, but the sample holds ${sample.keys.length} respondents: each subset needs 2 or more`,
    );
  }
  const { memberStart, members } = flattenMembers(points, items);
  const summaries = replicateSubsets(sample, onProgress, {
    points,
    memberStart,
    members,
    subsets,
    subsetSize,
    replicates,
    level,
    topK,
    seed,
    allRatings: importanceBasis === 'allRatings',
  });

  const resamplesPerSubset = Math.floor(replicates / subsets);
  const design: LittleBootstrapDesign = {
    subsets,
    subsetSize,
    resamplesPerSubset,
    resampleWeights: 'poisson',
    combination: 'meanOfRecentredSubsetEstimates',
  };
  const config = {
    method: 'bagOfLittleBootstraps',
    littleBootstraps: design,
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
  return bootstrapResultOf(config, respondents, points, summaries, options.competencyOfItem);
}

interface ReplicatePlan {
  readonly points: readonly PointEstimate[];
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
  readonly subsets: number;
  readonly subsetSize: number;
  readonly replicates: number;
  readonly level: number;
  readonly topK: number;
  readonly seed: number;
  readonly allRatings: boolean;
}

interface UnitTotals {
  lower: number | null;
  upper: number | null;
  rankHolds: number;
  inTopK: number;
  replicatesScored: number;
}

// The replicates of every subset, each subset's figures averaged into one per unit.
function replicateSubsets(
  sample: LittleBootstrapSample,
  onProgress: BootstrapProgress | undefined,
  plan: ReplicatePlan,
): UnitTotals[] {
  const { points, memberStart, members, subsets, subsetSize, replicates, level, topK } = plan;
  const { items } = sample;
  const units = points.length;
  const rows = subsets * subsetSize;
  const cells = rows * items;
  // Per-row contributions, as the percentile bootstrap keeps them: a replicate only adds them.
  const importanceOf = new Uint8Array(cells);
  const discrepancyOf = new Int16Array(cells);
  const completeOf = new Uint8Array(cells);
  const weightOf = plan.allRatings ? new Uint8Array(cells) : importanceOf;
  const ratedOf = plan.allRatings ? new Uint8Array(cells) : completeOf;
  for (let k = 0; k < cells; k += 1) {
    const i = sample.importance[k] ?? MISSING;
    const p = sample.performance[k] ?? MISSING;
    if (plan.allRatings && i !== MISSING) {
      weightOf[k] = i;
      ratedOf[k] = 1;
    }
    if (i === MISSING || p === MISSING) continue;
    importanceOf[k] = i;
    discrepancyOf[k] = i - p;
    completeOf[k] = 1;
  }
  const pointValues = Float64Array.from(points, (p) =>
    p.withheld === undefined ? (p.meanWeightedDiscrepancy ?? Number.NaN) : Number.NaN,
  );
  const pointRanks = Float64Array.from(points, (p) => p.rank ?? Number.NaN);
  const table = poissonTable(sample.respondents / subsetSize);
  const weights = new Float64Array(subsetSize);
  const sumImportance = new Float64Array(items);
  const sumDiscrepancy = new Float64Array(items);
  const counts = new Float64Array(items);
  const importanceCounts = new Float64Array(items);
  const itemValues = new Float64Array(items);
  const subsetValues = new Float64Array(units);
  const replicateValues = new Float64Array(units);
  const magnitudes = new Float64Array(units);
  const recentred = new Float64Array(units);
  const noRounding = new Float64Array(units);
  const ranks = new Float64Array(units);
  const order = Int32Array.from(
    points
      .map((p) => p.unit)
      .sort((a, b) => (pointRanks[a] || Infinity) - (pointRanks[b] || Infinity) || a - b),
  );
  const most = Math.ceil(replicates / subsets);
  const columns = new Float64Array(units * most);
  const totals: UnitTotals[] = points.map(() => ({
    lower: 0,
    upper: 0,
    rankHolds: 0,
    inTopK: 0,
    replicatesScored: 0,
  }));
  const intervals = new Float64Array(units);
  const holds = new Float64Array(units);
  const top = new Float64Array(units);
  const alpha = 1 - level;

  // Sums of subset `s` with weights `w` (null: every weight 1), then each unit's score.
  const score = (s: number, w: Float64Array | null, out: Float64Array): void => {
    sumImportance.fill(0);
    sumDiscrepancy.fill(0);
    counts.fill(0);
    importanceCounts.fill(0);
    for (let i = 0, k = s * subsetSize * items; i < subsetSize; i += 1) {
      const times = w === null ? 1 : (w[i] as number);
      if (times === 0) {
        k += items;
        continue;
      }
      for (let j = 0; j < items; j += 1, k += 1) {
        sumImportance[j] = (sumImportance[j] as number) + times * (weightOf[k] as number);
        sumDiscrepancy[j] = (sumDiscrepancy[j] as number) + times * (discrepancyOf[k] as number);
        counts[j] = (counts[j] as number) + times * (completeOf[k] as number);
        importanceCounts[j] = (importanceCounts[j] as number) + times * (ratedOf[k] as number);
      }
    }
    for (let j = 0; j < items; j += 1) {
      itemValues[j] = itemMeanWeightedDiscrepancy(
        sumDiscrepancy[j] as number,
        sumImportance[j] as number,
        counts[j] as number,
        importanceCounts[j],
      );
    }
    meanOfMembers(itemValues, memberStart, members, out, magnitudes);
  };

  let doneReplicates = 0;
  for (let s = 0; s < subsets; s += 1) {
    const resamples = Math.floor(replicates / subsets) + (s < replicates % subsets ? 1 : 0);
    const random = createRandom(subsetSeed(plan.seed, s));
    score(s, null, subsetValues);
    holds.fill(0);
    top.fill(0);
    for (let b = 0; b < resamples; b += 1) {
      for (let i = 0; i < subsetSize; i += 1) weights[i] = drawPoisson(table, random);
      score(s, weights, replicateValues);
      for (let u = 0; u < units; u += 1) {
        const v =
          (pointValues[u] as number) + (replicateValues[u] as number) - (subsetValues[u] as number);
        recentred[u] = v;
        columns[u * most + b] = v;
      }
      // Recentred values carry rounding of three terms: only exactly equal ones tie.
      competitionRanks(recentred, noRounding, () => 0, order, ranks);
      for (let u = 0; u < units; u += 1) {
        const rank = ranks[u] as number;
        if (rank === pointRanks[u]) holds[u] = (holds[u] as number) + 1;
        if (rank <= topK) top[u] = (top[u] as number) + 1;
      }
    }
    for (let u = 0; u < units; u += 1) {
      const column = columns.subarray(u * most, u * most + resamples).sort();
      let scored = 0;
      while (scored < resamples && !Number.isNaN(column[scored])) scored += 1;
      const total = totals[u] as UnitTotals;
      total.rankHolds += (holds[u] as number) / resamples;
      total.inTopK += (top[u] as number) / resamples;
      total.replicatesScored += scored;
      if (scored === 0) continue;
      total.lower =
        (total.lower as number) + quantileOfSorted(column.subarray(0, scored), alpha / 2);
      total.upper =
        (total.upper as number) + quantileOfSorted(column.subarray(0, scored), 1 - alpha / 2);
      intervals[u] = (intervals[u] as number) + 1;
    }
    doneReplicates += resamples;
    onProgress?.(doneReplicates, replicates);
  }
  return totals.map((total, u) => {
    const withInterval = intervals[u] as number;
    return {
      lower: withInterval === 0 ? null : (total.lower as number) / withInterval,
      upper: withInterval === 0 ? null : (total.upper as number) / withInterval,
      rankHolds: total.rankHolds / subsets,
      inTopK: total.inTopK / subsets,
      replicatesScored: total.replicatesScored,
    };
  });
}

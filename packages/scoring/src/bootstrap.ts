// Over 400 lines: the resampling loop and the per-replicate Borich scoring share buffers and the
// disclosure rule's published-unit set; splitting them would pass those through every call.
import { competitionRanks } from './competitionRanks.js';
import {
  borichSettings,
  competencyMeanWeightedDiscrepancy,
  itemMeanWeightedDiscrepancy,
  itemMeanWeightedDiscrepancyFraction,
  meanWeightedDiscrepancy,
  type BorichOptions,
} from './borich.js';
import {
  bootstrapResultOf,
  flattenMembers,
  meanOfMembers,
  pointEstimatesOf,
  validateBootstrapOptions,
  type BootstrapMethod,
  type BootstrapOptions,
  type BootstrapProgress,
  type BootstrapResult,
  type PointEstimate,
} from './bootstrapUnits.js';
import { compareFractions, meanOfFractions, type Fraction } from './discrepancy.js';
import { bootstrapFromLittleSample, littleBootstrapSubsetSize } from './littleBootstraps.js';
import { littleBootstrapSample } from './littleBootstrapSample.js';
import type { PairedResponses, RatingScale } from './pairedResponses.js';
import { createRandom, randomIndex } from './random.js';
import { MISSING } from './responseMatrix.js';
import { quantileOfSorted } from './stats/quantile.js';
import { CapkitScoringError } from './scoringError.js';

export type {
  BootstrapMethod,
  BootstrapProgress,
  BootstrapOptions,
  BootstrapResult,
  BootstrapUnit,
  LittleBootstrapDesign,
} from './bootstrapUnits.js';

/** Above this many respondents × items × replicates, `method: 'auto'` takes little bootstraps. */
const percentileBootstrapCellLimit = 4e8;

/** The method `options.method` stands for on data of this size. */
export function resolveBootstrapMethod(
  method: BootstrapMethod | 'auto',
  respondents: number,
  items: number,
  replicates: number,
): BootstrapMethod {
  if (method !== 'auto') return method;
  return respondents * items * replicates <= percentileBootstrapCellLimit
    ? 'percentileBootstrap'
    : 'bagOfLittleBootstraps';
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
 * drawn row added once times its multiplicity; nothing is allocated in the loop. At national
 * scale that is minutes (about 0.2 s a replicate at 1,000,000 × 40): `method:
 * 'bagOfLittleBootstraps'` (or `'auto'`) gives the same figures within Monte Carlo error in
 * about a second, by {@link bootstrapFromLittleSample}, whose documentation says why it holds
 * and where it does not.
 *
 * @throws {CapkitScoringError} for invalid data or Borich options (see
 *   {@link meanWeightedDiscrepancy}), an unknown option, no respondents, `options.replicates` not a whole number ≥ 1, `options.level` outside (0, 1),
 *   a non-integer `options.seed`, `options.topK` < 1, or a bad competency map.
 */
export function bootstrapMeanWeightedDiscrepancy(
  data: PairedResponses,
  scale: RatingScale,
  options: BootstrapOptions = {},
  onProgress?: BootstrapProgress,
): BootstrapResult {
  const settings = validateBootstrapOptions(options);
  const { replicates, level, seed, topK, by } = settings;
  const method = resolveBootstrapMethod(settings.method, data.respondents, data.items, replicates);
  if (method === 'bagOfLittleBootstraps') {
    const subsetSize = littleBootstrapSubsetSize(data.respondents, settings.subsets, options);
    const sample = littleBootstrapSample(data, scale, {
      seed,
      capacity: settings.subsets * subsetSize,
    });
    const { method: _, subsetSize: __, ...rest } = options;
    return bootstrapFromLittleSample(sample, scale, rest, onProgress);
  }
  const { disclosure, importanceBasis } = borichSettings(options);
  const borichOptions: BorichOptions = {
    k: disclosure.k,
    allowSmallGroups: options.allowSmallGroups ?? false,
    importanceBasis,
  };
  // The point estimates validate the data and the map before anything is resampled.
  const pointUnits: readonly PointEstimate[] = pointEstimatesOf(
    by === 'item'
      ? meanWeightedDiscrepancy(data, scale, borichOptions)
      : competencyMeanWeightedDiscrepancy(data, scale, options.competencyOfItem ?? [], {
          ...borichOptions,
          ...(options.competencies === undefined ? {} : { competencies: options.competencies }),
        }),
  );
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
  const { memberStart, members } = flattenMembers(pointUnits, items);

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
  const progressStep = Math.max(1, Math.floor(replicates / 20));
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
    meanOfMembers(itemValues, memberStart, members, values, magnitudes);
    for (let u = 0; u < units; u += 1)
      replicateValues[u * replicates + b] = values[u] ?? Number.NaN;
    competitionRanks(values, magnitudes, compareExactly, order, ranks);
    for (let u = 0; u < units; u += 1) {
      const rank = ranks[u] ?? Number.NaN;
      if (rank === pointRanks[u]) rankHolds[u] = (rankHolds[u] ?? 0) + 1;
      if (rank <= topK) inTopK[u] = (inTopK[u] ?? 0) + 1;
    }
    if (onProgress !== undefined && ((b + 1) % progressStep === 0 || b + 1 === replicates))
      onProgress(b + 1, replicates);
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
  const summaries = pointUnits.map((point, u) => {
    if (point.withheld !== undefined) {
      return { lower: null, upper: null, rankHolds: 0, inTopK: 0, replicatesScored: 0 };
    }
    const column = replicateValues.subarray(u * replicates, (u + 1) * replicates);
    // Typed-array sort is numeric and puts NaN (unscored replicates) last.
    column.sort();
    let scored = 0;
    while (scored < replicates && !Number.isNaN(column[scored] ?? Number.NaN)) scored += 1;
    return {
      lower: scored === 0 ? null : quantileOfSorted(column.subarray(0, scored), alpha / 2),
      upper: scored === 0 ? null : quantileOfSorted(column.subarray(0, scored), 1 - alpha / 2),
      rankHolds: (rankHolds[u] ?? 0) / replicates,
      inTopK: (inTopK[u] ?? 0) / replicates,
      replicatesScored: scored,
    };
  });
  return bootstrapResultOf(config, respondents, pointUnits, summaries, options.competencyOfItem);
}

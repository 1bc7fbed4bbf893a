// Over 400 lines: the two kernels (integer tally, float accumulation) must fill the same partials
// layout and pass the same shape checks; kept together so a change to one is seen against the
// other. The generated loop itself lives in tallyKernel.ts.
import { provenanceWithHash, type Provenance } from './provenance.js';
import type { ResponseMatrix } from './responseMatrix.js';
import { scoreCompetency } from './rowScorer.js';
import { HistogramBuilder, type ScoreHistogram } from './scoreHistogram.js';
import { cachedTallyLayout, tally, type TallyLayout } from './tallyKernel.js';
import {
  assertCompiledScoringConfig,
  OFF_SCALE,
  type CompiledScoringConfig,
} from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';

/** An index per respondent: their unit, role, or any cross of them (see {@link crossGroups}). */
export type IndexColumn = Uint8Array | Uint16Array | Uint32Array;

/** Which group each respondent belongs to. */
export interface Grouping {
  /** Group index of each respondent, `0 ≤ groupOf[r] < groups`. */
  readonly groupOf: IndexColumn;
  readonly groups: number;
}

/** The level each respondent's role requires, for gaps and shares below required. */
export interface RequiredLevels {
  /** Role index of each respondent. */
  readonly roleOf: IndexColumn;
  /** Required level at `role * competencies + c`; `NaN` where the role sets none. */
  readonly levels: Float64Array;
}

/** Options of {@link aggregateByGroup}. */
export interface AggregateOptions {
  /** Required levels by role; without them gaps and shares below required are not computed. */
  readonly required?: RequiredLevels;
  /**
   * Keep a histogram per cell so that medians and quantiles can be read (see
   * {@link histogramResolution} and `ScoreHistogram`). Sparse: 8 bytes per non-empty bin of a
   * cell, so at most 8 bytes per score counted plus 4 bytes per cell, whatever the number of
   * groups. While building, the float kernel (weighted items, or more groups × roles than the
   * tally holds) also keeps each score's bin and then the bins sorted by cell: 4 bytes per
   * respondent × competency plus 4 bytes per score of this call, about 8 bytes per score.
   * @default false
   */
  readonly quantiles?: boolean;
  /** Score only respondents `start` to `end − 1`, to process a large dataset in chunks. */
  readonly rows?: { readonly start: number; readonly end: number };
  /**
   * Which kernel runs: `auto` tallies unit-weight items (exact, fastest) and accumulates
   * weighted ones as floats; the others force one, for tests and benchmarks. All give the same
   * results.
   * @default 'auto'
   */
  readonly kernel?: 'auto' | 'float' | 'portableTally';
}

// A tally larger than this (64 MB) falls back to float accumulation.
const maxTallyEntries = 1 << 24;

/**
 * Mergeable summary statistics of competency scores per group × competency cell, at
 * `group * competencies + c`. Partials of disjoint respondents merge, with {@link mergePartials},
 * into exactly the partial of their union (order statistics too: histograms add).
 */
export interface GroupPartials {
  readonly groups: number;
  readonly competencies: number;
  /** Respondents with a score. */
  readonly count: Float64Array;
  /** Mean score. */
  readonly mean: Float64Array;
  /** Sum of squared deviations from the mean (M2), for the variance. */
  readonly m2: Float64Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
  /** Respondents with a score and a required level. */
  readonly gapCount: Float64Array;
  /** Σ max(0, required − score) over those respondents. */
  readonly gapSum: Float64Array;
  /** Respondents whose score is below their role's required level. */
  readonly below: Float64Array;
  /**
   * Score histogram per cell, sparse (only the bins that hold a score; see `ScoreHistogram`),
   * bin b holding scores that round to `origin + b / binsPerPoint` (origin = the scale's
   * minimum); absent unless requested with `quantiles: true`.
   */
  readonly histogram?: ScoreHistogram;
  /**
   * Set by `rollUpHierarchy`: the hierarchy these partials were rolled up along, so that
   * summarising them protects small groups against differencing along it.
   */
  readonly rolledUp?: { readonly parentOf: Int32Array };
  readonly provenance: Provenance;
}

function leastCommonMultiple(upTo: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let lcm = 1;
  for (let i = 2; i <= upTo; i += 1) lcm = (lcm * i) / gcd(lcm, i);
  return lcm;
}

/**
 * Histogram resolution: with unit weights a score is a sum of ratings over k answered items,
 * so `binsPerPoint` = lcm(1…K) (K = most items in a competency) puts every possible score on a
 * bin and quantiles are exact. Capped at 840 (K = 8); past that, or with weights, a score is
 * rounded to the nearest bin: error at most 1 / (2 × binsPerPoint) scale points. Histograms are
 * sparse, so the resolution costs no memory for bins that no score falls in.
 */
export function histogramResolution(config: CompiledScoringConfig): number {
  return leastCommonMultiple(Math.min(8, Math.max(...config.itemsPerCompetency)));
}

function histogramBuilder(
  groups: number,
  config: CompiledScoringConfig,
  capacity?: number,
): HistogramBuilder {
  const binsPerPoint = histogramResolution(config);
  const { min, max } = config.config.scale;
  return new HistogramBuilder(
    groups * config.competencies,
    binsPerPoint,
    (max - min) * binsPerPoint + 1,
    min,
    capacity,
  );
}

type Partials = Omit<GroupPartials, 'histogram'>;

function emptyPartials(groups: number, config: CompiledScoringConfig): Partials {
  const cells = groups * config.competencies;
  return {
    groups,
    competencies: config.competencies,
    count: new Float64Array(cells),
    mean: new Float64Array(cells),
    m2: new Float64Array(cells),
    min: new Float64Array(cells).fill(Number.POSITIVE_INFINITY),
    max: new Float64Array(cells).fill(Number.NEGATIVE_INFINITY),
    gapCount: new Float64Array(cells),
    gapSum: new Float64Array(cells),
    below: new Float64Array(cells),
    provenance: provenanceWithHash(config.hash),
  };
}

/**
 * Scores every respondent on every competency and accumulates the scores per group, in one
 * pass over the rating bytes with no per-respondent objects: the columnar fast path.
 *
 * A respondent's competency score is the weighted mean of their answered items of that
 * competency (reverse-coded items as min + max − rating), given they answered at least
 * `minAnsweredShare` of its items; otherwise they do not count for that competency.
 * gap = max(0, required − score); "below" counts score < required.
 *
 * @throws {CapkitScoringError} for a config not made by `compileScoringConfig` (copies are
 *   refused too), a rating byte off the scale (naming row and item), a group or role index out
 *   of range, or columns whose lengths disagree.
 */
export function aggregateByGroup(
  matrix: ResponseMatrix,
  config: CompiledScoringConfig,
  grouping: Grouping,
  options: AggregateOptions = {},
): GroupPartials {
  assertCompiledScoringConfig(config);
  const { respondents } = matrix;
  const { required, kernel = 'auto' } = options;
  const start = options.rows?.start ?? 0;
  const end = options.rows?.end ?? respondents;
  checkShapes(matrix, config, grouping, required, start, end);
  const layout = kernel === 'float' ? undefined : cachedTallyLayout(config);
  const roles = required === undefined ? 1 : required.levels.length / config.competencies;
  if (
    layout !== undefined &&
    grouping.groups * roles * config.competencies * layout.codes <= maxTallyEntries
  ) {
    return aggregateWithTally(
      matrix,
      config,
      layout,
      grouping,
      options,
      kernel === 'portableTally',
    );
  }
  return aggregateWithFloats(matrix, config, grouping, options);
}

// Weighted items, or too many groups × roles for a tally: accumulate scores as floats.
function aggregateWithFloats(
  matrix: ResponseMatrix,
  config: CompiledScoringConfig,
  grouping: Grouping,
  options: AggregateOptions,
): GroupPartials {
  const { required, quantiles = false } = options;
  const start = options.rows?.start ?? 0;
  const end = options.rows?.end ?? matrix.respondents;
  const partials = emptyPartials(grouping.groups, config);
  const { count, mean, m2, min, max, gapCount, gapSum, below } = partials;
  const C = config.competencies;
  const cells = count.length;
  // With quantiles: each score's histogram bin, row-major (−1 = no score), sorted by cell after.
  const binsPerPoint = histogramResolution(config);
  const binOf = quantiles ? new Int32Array((end - start) * C).fill(-1) : undefined;
  // Shifted sums (Chan, Golub & LeVeque 1983): scores minus the scale's midpoint stay within
  // ±(max − min)/2, so Σd² − (Σd)²/n keeps its precision; converted to mean and M2 at the end.
  const shift = (config.config.scale.min + config.config.scale.max) / 2;
  const shiftedSum = new Float64Array(cells);
  const shiftedSquares = new Float64Array(cells);
  const { items, ratings } = matrix;
  const { valueTable, weightOfItem, itemOrder, itemStart, minAnswered } = config;
  const groupOf = grouping.groupOf;
  const roleOf = required?.roleOf;
  const levels = required?.levels;
  const scaleMin = config.config.scale.min;

  for (let r = start; r < end; r += 1) {
    const base = r * items;
    const cellBase = (groupOf[r] as number) * C;
    const roleBase = roleOf === undefined ? 0 : (roleOf[r] as number) * C;
    for (let c = 0; c < C; c += 1) {
      // Inlined from scoreCompetency: this loop runs respondents × competencies times.
      let weightedSum = 0;
      let weightTotal = 0;
      let answered = 0;
      const last = itemStart[c + 1] as number;
      for (let t = itemStart[c] as number; t < last; t += 1) {
        const j = itemOrder[t] as number;
        const value = valueTable[(j << 8) | (ratings[base + j] as number)] as number;
        if (value !== value) continue;
        if (value === OFF_SCALE) scoreCompetency(matrix, config, r, c);
        const weight = weightOfItem[j] as number;
        weightedSum += weight * value;
        weightTotal += weight;
        answered += 1;
      }
      if (answered < (minAnswered[c] as number)) continue;
      const score = weightedSum / weightTotal;
      const cell = cellBase + c;
      count[cell] = (count[cell] as number) + 1;
      const d = score - shift;
      shiftedSum[cell] = (shiftedSum[cell] as number) + d;
      shiftedSquares[cell] = (shiftedSquares[cell] as number) + d * d;
      if (score < (min[cell] as number)) min[cell] = score;
      if (score > (max[cell] as number)) max[cell] = score;
      if (levels !== undefined) {
        const level = levels[roleBase + c] as number;
        if (level === level) {
          gapCount[cell] = (gapCount[cell] as number) + 1;
          if (score < level) {
            gapSum[cell] = (gapSum[cell] as number) + (level - score);
            below[cell] = (below[cell] as number) + 1;
          }
        }
      }
      if (binOf !== undefined)
        binOf[(r - start) * C + c] = Math.round((score - scaleMin) * binsPerPoint);
    }
  }
  for (let cell = 0; cell < cells; cell += 1) {
    const n = count[cell] as number;
    if (n === 0) continue;
    const sum = shiftedSum[cell] as number;
    mean[cell] = shift + sum / n;
    m2[cell] = Math.max(0, (shiftedSquares[cell] as number) - (sum * sum) / n);
  }
  if (binOf === undefined) return partials;
  return { ...partials, histogram: histogramOfBins(binOf, config, grouping, partials, start) };
}

// The sparse histogram of the float kernel's bins: a counting sort by cell (the counts are
// known), then each cell's bins sorted and run-length coded.
function histogramOfBins(
  binOf: Int32Array,
  config: CompiledScoringConfig,
  grouping: Grouping,
  partials: Partials,
  start: number,
): ScoreHistogram {
  const C = config.competencies;
  const cells = partials.count.length;
  const cellStart = new Uint32Array(cells + 1);
  for (let cell = 0; cell < cells; cell += 1)
    cellStart[cell + 1] = (cellStart[cell] as number) + (partials.count[cell] as number);
  const sorted = new Uint32Array(cellStart[cells] as number);
  const filled = cellStart.slice(0, cells);
  const rows = binOf.length / C;
  for (let i = 0; i < rows; i += 1) {
    const cellBase = (grouping.groupOf[start + i] as number) * C;
    for (let c = 0; c < C; c += 1) {
      const bin = binOf[i * C + c] as number;
      if (bin < 0) continue;
      const cell = cellBase + c;
      sorted[filled[cell] as number] = bin;
      filled[cell] = (filled[cell] as number) + 1;
    }
  }
  // Sort each cell's bins and count the distinct ones, so the histogram is allocated at its
  // exact size once.
  let entries = 0;
  for (let cell = 0; cell < cells; cell += 1) {
    const bins = sorted.subarray(cellStart[cell], cellStart[cell + 1]).sort();
    for (let i = 0; i < bins.length; i += 1) if (i === 0 || bins[i] !== bins[i - 1]) entries += 1;
  }
  const builder = histogramBuilder(grouping.groups, config, entries);
  for (let cell = 0; cell < cells; cell += 1) {
    for (const bin of sorted.subarray(cellStart[cell], cellStart[cell + 1])) builder.add(bin, 1);
    builder.endCell();
  }
  return builder.finish();
}

function checkShapes(
  matrix: ResponseMatrix,
  config: CompiledScoringConfig,
  grouping: Grouping,
  required: RequiredLevels | undefined,
  start: number,
  end: number,
): void {
  const { respondents, items, ratings } = matrix;
  if (items !== config.items) {
    throw new CapkitScoringError(
      'matrix.items',
      `is ${items}, but the scoring config lists ${config.items} items`,
    );
  }
  if (ratings.length !== respondents * items) {
    throw new CapkitScoringError(
      'matrix.ratings',
      `has ${ratings.length} bytes, expected ${respondents} × ${items}`,
    );
  }
  if (!(
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    0 <= start &&
    start <= end &&
    end <= respondents
  )) {
    throw new CapkitScoringError('options.rows', `must satisfy 0 ≤ start ≤ end ≤ ${respondents}`);
  }
  checkIndexColumn(grouping.groupOf, grouping.groups, respondents, 'grouping.groupOf', start, end);
  if (required !== undefined) {
    const roles = required.levels.length / config.competencies;
    if (!Number.isInteger(roles)) {
      throw new CapkitScoringError(
        'required.levels',
        `length ${required.levels.length} is not roles × ${config.competencies} competencies`,
      );
    }
    checkIndexColumn(required.roleOf, roles, respondents, 'required.roleOf', start, end);
  }
}

function checkIndexColumn(
  column: IndexColumn,
  size: number,
  respondents: number,
  path: string,
  start: number,
  end: number,
): void {
  if (column.length !== respondents) {
    throw new CapkitScoringError(
      path,
      `has ${column.length} entries, expected one per respondent (${respondents})`,
    );
  }
  for (let r = start; r < end; r += 1) {
    if ((column[r] as number) >= size) {
      throw new CapkitScoringError(
        `${path}[${r}]`,
        `is ${column[r] ?? '?'}, but there are only ${size}`,
      );
    }
  }
}

/**
 * Combines one partial per group into one per cross of two groupings, e.g. unit × role:
 * `crossed[r] = a[r] * bGroups + b[r]`.
 */
export function crossGroups(a: Grouping, b: Grouping): Grouping {
  if (a.groupOf.length !== b.groupOf.length) {
    throw new CapkitScoringError(
      'b.groupOf',
      `has ${b.groupOf.length} entries, but a.groupOf has ${a.groupOf.length}`,
    );
  }
  const groupOf = new Uint32Array(a.groupOf.length);
  for (let r = 0; r < groupOf.length; r += 1)
    groupOf[r] = (a.groupOf[r] as number) * b.groups + (b.groupOf[r] as number);
  return { groupOf, groups: a.groups * b.groups };
}

// Unit-weight items: count (group, role, competency, k, s) in one integer pass, then derive the
// statistics exactly from the counts (score = min + s/k).
function aggregateWithTally(
  matrix: ResponseMatrix,
  config: CompiledScoringConfig,
  layout: TallyLayout,
  grouping: Grouping,
  options: AggregateOptions,
  forcePortable: boolean,
): GroupPartials {
  const { required, quantiles = false } = options;
  const start = options.rows?.start ?? 0;
  const end = options.rows?.end ?? matrix.respondents;
  const C = config.competencies;
  const roles = required === undefined ? 1 : required.levels.length / C;
  const { counts, badRow } = tally(
    matrix,
    config,
    layout,
    grouping.groupOf,
    grouping.groups,
    required?.roleOf,
    roles,
    start,
    end,
    forcePortable,
  );
  if (badRow >= 0) {
    // Re-score the row the slow way: it throws the located error.
    for (let c = 0; c < C; c += 1) scoreCompetency(matrix, config, badRow, c);
  }
  const partials = emptyPartials(grouping.groups, config);
  const { count, mean, m2, min, max, gapCount, gapSum, below } = partials;
  const { codes, valueBits } = layout;
  const mask = (1 << valueBits) - 1;
  const scaleMin = config.config.scale.min;
  const levels = required?.levels;
  const sum = new Float64Array(count.length);
  const each = (visit: (cell: number, score: number, times: number, level: number) => void) => {
    for (let g = 0; g < grouping.groups; g += 1) {
      for (let role = 0; role < roles; role += 1) {
        for (let c = 0; c < C; c += 1) {
          const offset = ((g * roles + role) * C + c) * codes;
          const level = levels === undefined ? Number.NaN : (levels[role * C + c] as number);
          for (let code = (config.minAnswered[c] as number) << valueBits; code < codes; code += 1) {
            const times = counts[offset + code] as number;
            if (times !== 0)
              visit(g * C + c, scaleMin + (code & mask) / (code >> valueBits), times, level);
          }
        }
      }
    }
  };
  each((cell, score, times, level) => {
    count[cell] = (count[cell] as number) + times;
    sum[cell] = (sum[cell] as number) + times * score;
    if (score < (min[cell] as number)) min[cell] = score;
    if (score > (max[cell] as number)) max[cell] = score;
    if (level === level) {
      gapCount[cell] = (gapCount[cell] as number) + times;
      if (score < level) {
        gapSum[cell] = (gapSum[cell] as number) + times * (level - score);
        below[cell] = (below[cell] as number) + times;
      }
    }
  });
  for (let cell = 0; cell < count.length; cell += 1) {
    if ((count[cell] as number) > 0) mean[cell] = (sum[cell] as number) / (count[cell] as number);
  }
  // Second pass: deviations from the final mean, the textbook two-pass variance.
  each((cell, score, times) => {
    const deviation = score - (mean[cell] as number);
    m2[cell] = (m2[cell] as number) + times * deviation * deviation;
  });
  if (!quantiles) return partials;
  return {
    ...partials,
    histogram: histogramOfTally(counts, config, layout, partials.count, roles),
  };
}

// Codes in ascending order of the score they stand for, each with its bin, per layout: walking
// them in this order emits every cell's bins already sorted.
const codesByScore = new WeakMap<TallyLayout, { codes: Uint32Array; bins: Uint32Array }>();

function sortedCodes(
  config: CompiledScoringConfig,
  layout: TallyLayout,
): { codes: Uint32Array; bins: Uint32Array } {
  const cached = codesByScore.get(layout);
  if (cached !== undefined) return cached;
  const { valueBits } = layout;
  const mask = (1 << valueBits) - 1;
  const { min, max } = config.config.scale;
  const binsPerPoint = histogramResolution(config);
  const valid: { code: number; score: number; bin: number }[] = [];
  for (let code = 0; code < layout.codes; code += 1) {
    const answered = code >> valueBits;
    const s = code & mask;
    if (answered === 0 || s > answered * (max - min)) continue;
    // The same score and bin as the statistics and the float kernel compute.
    const score = min + s / answered;
    valid.push({ code, score, bin: Math.round((score - min) * binsPerPoint) });
  }
  valid.sort((a, b) => a.score - b.score || a.code - b.code);
  const result = {
    codes: Uint32Array.from(valid, ({ code }) => code),
    bins: Uint32Array.from(valid, ({ bin }) => bin),
  };
  codesByScore.set(layout, result);
  return result;
}

// The sparse histogram of a tally: per cell, the counts of each code summed over roles, in
// ascending score order (equal bins merge in the builder).
function histogramOfTally(
  counts: Uint32Array,
  config: CompiledScoringConfig,
  layout: TallyLayout,
  scored: Float64Array,
  roles: number,
): ScoreHistogram {
  const C = config.competencies;
  const groups = scored.length / C;
  const { codes: order, bins } = sortedCodes(config, layout);
  const builder = histogramBuilder(groups, config);
  for (let g = 0; g < groups; g += 1) {
    for (let c = 0; c < C; c += 1) {
      if (scored[g * C + c] === 0) {
        builder.endCell();
        continue;
      }
      for (let i = 0; i < order.length; i += 1) {
        const code = order[i] as number;
        let times = 0;
        for (let role = 0; role < roles; role += 1)
          times += counts[((g * roles + role) * C + c) * layout.codes + code] as number;
        builder.add(bins[i] as number, times);
      }
      builder.endCell();
    }
  }
  return builder.finish();
}

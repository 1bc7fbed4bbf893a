import type { GroupPartials } from './aggregateByGroup.js';
import { protectCells, type SuppressionReason } from './linkedSuppression.js';
import type { Provenance } from './provenance.js';
import { histogramQuantile } from './scoreHistogram.js';
import { CapkitScoringError } from './scoringError.js';
import { directMembers, hierarchyStructure } from './suppressSmallGroups.js';

/**
 * Min, max and quantiles of a cell are single people's scores (a quantile is one score, or
 * between two). Statistical offices do not publish them for small groups, and treat extremes as
 * individual values (Hundepool et al. 2012, *Statistical Disclosure Control*, Wiley, ch. 4–5,
 * on magnitude tables and threshold rules). capkit therefore leaves them out unless asked, and
 * then gives them only for cells of at least `minCount` people.
 */
export interface OrderStatisticsOptions {
  /**
   * Smallest cell given order statistics; at least 2 × k.
   * @default max(20, 2 × k)
   */
  readonly minCount?: number;
  /**
   * Quantiles to report (type 7, as R and NumPy default); needs partials with histograms.
   * @default [0.25, 0.5, 0.75] when the partials have histograms, else []
   */
  readonly quantiles?: readonly number[];
  /**
   * Also give min and max (each is one person's score).
   * @default false
   */
  readonly extremes?: boolean;
}

/** Options of {@link summariseGroups}. */
export interface SummariseOptions {
  /**
   * Smallest number of distinct people a published figure may rest on; smaller groups are
   * withheld.
   * @default 5
   */
  readonly k?: number;
  /** Must be `true` to set `k` below 2, i.e. to show results of groups of one person. */
  readonly allowSmallGroups?: boolean;
  /**
   * The hierarchy the partials were rolled up along. Rolled-up partials carry it already; pass
   * it only to check that it is the one you mean.
   */
  readonly parentOf?: Int32Array;
  /** Min, max and quantiles: off unless asked for. */
  readonly orderStatistics?: OrderStatisticsOptions;
}

/** Results for one group × competency cell. */
export type GroupSummaryCell =
  | {
      readonly status: 'published';
      readonly group: number;
      readonly competency: number;
      /** People with a score: the denominator of mean and SD. */
      readonly count: number;
      readonly mean: number;
      /** Sample standard deviation (n − 1); `null` for a single respondent. */
      readonly sd: number | null;
      /** Lowest score; only when asked for with `orderStatistics.extremes` and the cell is large enough. */
      readonly min?: number;
      /** Highest score; as `min`. */
      readonly max?: number;
      /** Requested quantiles keyed by probability; empty unless asked for and the cell is large enough. */
      readonly quantiles: ReadonlyMap<number, number>;
      /**
       * Gap figures (mean gap, share below required) rest on their own denominator — the people
       * with a score whose role sets a required level — and are protected on it:
       * `'published'`, `'withheld'` (see `gapReason`), or `'none'` when no role in the group sets
       * a level.
       */
      readonly gapStatus: 'published' | 'withheld' | 'none';
      /** Why the gap figures are withheld, when they are. */
      readonly gapReason?: SuppressionReason;
      /** People behind the gap figures; `null` unless they are published. */
      readonly gapCount: number | null;
      /** Mean of max(0, required − score) over `gapCount` people; `null` unless published. */
      readonly meanGap: number | null;
      /** Share of those people below their required level; `null` unless published. */
      readonly shareBelowRequired: number | null;
    }
  | {
      /** Withheld: too few people, or withheld so a small group cannot be derived. Neither size nor values are given. */
      readonly status: 'suppressed';
      readonly group: number;
      readonly competency: number;
      readonly reason: SuppressionReason;
    }
  | {
      /** No one in the group has a score. */
      readonly status: 'empty';
      readonly group: number;
      readonly competency: number;
    };

/** Results per group × competency, safe to show: small groups withheld. */
export interface GroupSummary {
  readonly k: number;
  /** Cells in group-major order: `cells[group * competencies + competency]`. */
  readonly cells: readonly GroupSummaryCell[];
  readonly provenance: Provenance;
}

/** Order-statistics settings after defaults; `undefined` when off. */
export interface ResolvedOrderStatistics {
  readonly minCount: number;
  readonly quantiles: readonly number[];
  readonly extremes: boolean;
}

/** @internal Checks k against the convention every group-level function shares. */
export function checkThreshold(k: number, allowSmallGroups: boolean): void {
  if (!Number.isInteger(k) || k < 1)
    throw new CapkitScoringError('options.k', `must be a whole number ≥ 1, got ${k}`);
  if (k < 2 && !allowSmallGroups) {
    throw new CapkitScoringError(
      'options.k',
      'below 2 shows single people’s answers; pass allowSmallGroups: true to do so',
    );
  }
}

/** @internal */
export function resolveOrderStatistics(
  options: OrderStatisticsOptions | undefined,
  k: number,
  partials: GroupPartials,
): ResolvedOrderStatistics | undefined {
  if (options === undefined) return undefined;
  const histogram = partials.histogram;
  const minCount = options.minCount ?? Math.max(20, 2 * k);
  if (!(Number.isInteger(minCount) && minCount >= 2 * k)) {
    throw new CapkitScoringError(
      'options.orderStatistics.minCount',
      `must be a whole number ≥ 2 × k (${2 * k}), got ${minCount}`,
    );
  }
  const quantiles = options.quantiles ?? (histogram === undefined ? [] : [0.25, 0.5, 0.75]);
  quantiles.forEach((p, index) => {
    if (!(p >= 0 && p <= 1)) {
      throw new CapkitScoringError(
        `options.orderStatistics.quantiles[${index}]`,
        `must be within 0–1, got ${p}`,
      );
    }
  });
  if (quantiles.length > 0 && histogram === undefined) {
    throw new CapkitScoringError(
      'options.orderStatistics.quantiles',
      'need partials aggregated with { quantiles: true }',
    );
  }
  return { minCount, quantiles, extremes: options.extremes ?? false };
}

/** @internal The published form of one cell of `partials`, reported as `group`, `competency`. */
export function publishedCell(
  partials: GroupPartials,
  cell: number,
  group: number,
  competency: number,
  gapReason: SuppressionReason | undefined,
  order: ResolvedOrderStatistics | undefined,
): GroupSummaryCell {
  const count = partials.count[cell] as number;
  const gapCount = partials.gapCount[cell] as number;
  const ordered = order !== undefined && count >= order.minCount;
  const gap =
    gapCount === 0
      ? ({ gapStatus: 'none', gapCount: null, meanGap: null, shareBelowRequired: null } as const)
      : gapReason !== undefined
        ? ({
            gapStatus: 'withheld',
            gapReason,
            gapCount: null,
            meanGap: null,
            shareBelowRequired: null,
          } as const)
        : ({
            gapStatus: 'published',
            gapCount,
            meanGap: (partials.gapSum[cell] as number) / gapCount,
            shareBelowRequired: (partials.below[cell] as number) / gapCount,
          } as const);
  return {
    status: 'published',
    group,
    competency,
    count,
    mean: partials.mean[cell] as number,
    sd: count > 1 ? Math.sqrt((partials.m2[cell] as number) / (count - 1)) : null,
    ...(ordered && order.extremes
      ? { min: partials.min[cell] as number, max: partials.max[cell] as number }
      : {}),
    quantiles: new Map(
      ordered ? order.quantiles.map((p) => [p, histogramQuantile(partials, cell, p)] as const) : [],
    ),
    ...gap,
  };
}

/**
 * Turns the partials of **one** table into publishable results: count, mean and SD per group ×
 * competency (on the people with a score), mean gap and share below required (on those of them
 * whose role sets a level), each withheld when it rests on 0 < n < k people, and — along the
 * hierarchy the partials were rolled up — enough others withheld that no group of fewer than k
 * people can be recovered by adding and subtracting published groups (see
 * `suppressSmallGroups`). Withheld figures are not in the result at all, nor their sizes. Min,
 * max and quantiles only when asked for (see {@link OrderStatisticsOptions}).
 *
 * Privacy contract: this protects one table. Tables published from the same people (units and
 * roles, say) can undo each other's suppression; publish those together with
 * `summarisePublication`, or `analyseTrainingNeeds` from `@capkit/scoring/tna`.
 *
 * @throws {CapkitScoringError} for k below 2 without `allowSmallGroups`, a `parentOf` for
 *   partials that were not rolled up (or another hierarchy than theirs), or bad
 *   order-statistics options.
 */
export function summariseGroups(
  partials: GroupPartials,
  options: SummariseOptions = {},
): GroupSummary {
  const { k = 5, allowSmallGroups = false } = options;
  checkThreshold(k, allowSmallGroups);
  const order = resolveOrderStatistics(options.orderStatistics, k, partials);
  const { groups, competencies } = partials;
  const parentOf = hierarchyOf(partials, options.parentOf);
  const structure = hierarchyStructure(parentOf);
  const cells: GroupSummaryCell[] = new Array<GroupSummaryCell>(groups * competencies);
  for (let competency = 0; competency < competencies; competency += 1) {
    const sizes = (measure: Float64Array) =>
      directMembers(
        Float64Array.from(
          { length: groups },
          (_, g) => measure[g * competencies + competency] as number,
        ),
        parentOf,
      );
    const reasons = protectCells(structure, sizes(partials.count), k);
    const gapReasons = protectCells(structure, sizes(partials.gapCount), k, { withheld: reasons });
    for (let group = 0; group < groups; group += 1) {
      const cell = group * competencies + competency;
      const reason = reasons[group];
      cells[cell] =
        reason !== undefined
          ? { status: 'suppressed', group, competency, reason }
          : partials.count[cell] === 0
            ? { status: 'empty', group, competency }
            : publishedCell(partials, cell, group, competency, gapReasons[group], order);
    }
  }
  return { k, cells, provenance: partials.provenance };
}

function hierarchyOf(partials: GroupPartials, given: Int32Array | undefined): Int32Array {
  const own = partials.rolledUp?.parentOf;
  if (own === undefined) {
    if (given !== undefined && given.some((parent) => parent >= 0)) {
      throw new CapkitScoringError(
        'options.parentOf',
        'these partials were not rolled up: call rollUpHierarchy(partials, parentOf) first, which records the hierarchy',
      );
    }
    return new Int32Array(partials.groups).fill(-1);
  }
  if (given !== undefined && (given.length !== own.length || given.some((p, g) => p !== own[g]))) {
    throw new CapkitScoringError(
      'options.parentOf',
      'differs from the hierarchy the partials were rolled up along',
    );
  }
  return own;
}

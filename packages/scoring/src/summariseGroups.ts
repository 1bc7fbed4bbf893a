import type { GroupPartials } from './aggregateByGroup.js';
import type { Provenance } from './provenance.js';
import { histogramQuantile } from './scoreHistogram.js';
import { CapkitScoringError } from './scoringError.js';
import { suppressSmallGroups, type SuppressionReason } from './suppressSmallGroups.js';

/** Options of {@link summariseGroups}. */
export interface SummariseOptions {
  /**
   * Smallest group whose results are shown; smaller groups are withheld.
   * @default 5
   */
  readonly k?: number;
  /** Must be `true` to set `k` below 2, i.e. to show results of groups of one person. */
  readonly allowSmallGroups?: boolean;
  /** Parent of each group (−1 for top-level) when the partials were rolled up a hierarchy. */
  readonly parentOf?: Int32Array;
  /**
   * Quantiles to report (type 7, as R and NumPy default); needs partials with histograms.
   * @default [0.25, 0.5, 0.75] when histograms exist, else []
   */
  readonly quantiles?: readonly number[];
}

/** Results for one group × competency cell. */
export type GroupSummaryCell =
  | {
      readonly status: 'published';
      readonly group: number;
      readonly competency: number;
      /** Respondents with a score. */
      readonly count: number;
      readonly mean: number;
      /** Sample standard deviation (n − 1); `null` for a single respondent. */
      readonly sd: number | null;
      readonly min: number;
      readonly max: number;
      /** Median and requested quantiles, keyed by probability; empty without histograms. */
      readonly quantiles: ReadonlyMap<number, number>;
      /** Mean of max(0, required − score) over respondents whose role sets a level; `null` if none does. */
      readonly meanGap: number | null;
      /** Share of those respondents below their required level; `null` if no role sets a level. */
      readonly shareBelowRequired: number | null;
    }
  | {
      /** Withheld: too few respondents, or withheld so a small group cannot be derived. */
      readonly status: 'suppressed';
      readonly group: number;
      readonly competency: number;
      readonly reason: SuppressionReason;
    }
  | {
      /** No respondent in the group has a score. */
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

/**
 * Turns partials into publishable results: count, mean, SD, min, max, median and quantiles,
 * mean gap and share below required per group × competency, with every group of fewer than
 * `k` respondents withheld, and, along a hierarchy, enough others withheld that none of them
 * can be recovered by subtracting siblings from their parent (see {@link suppressSmallGroups}).
 * Values of withheld cells are not in the result at all.
 *
 * @throws {CapkitScoringError} for k below 2 without `allowSmallGroups`, a bad quantile, or
 *   quantiles asked of partials without histograms.
 */
export function summariseGroups(
  partials: GroupPartials,
  options: SummariseOptions = {},
): GroupSummary {
  const { k = 5, allowSmallGroups = false } = options;
  if (!Number.isInteger(k) || k < 1)
    throw new CapkitScoringError('options.k', `must be a whole number ≥ 1, got ${k}`);
  if (k < 2 && !allowSmallGroups) {
    throw new CapkitScoringError(
      'options.k',
      'below 2 shows single people’s answers; pass allowSmallGroups: true to do so',
    );
  }
  const histogram = partials.histogram;
  const probabilities = options.quantiles ?? (histogram === undefined ? [] : [0.25, 0.5, 0.75]);
  probabilities.forEach((p, index) => {
    if (!(p >= 0 && p <= 1))
      throw new CapkitScoringError(`options.quantiles[${index}]`, `must be within 0–1, got ${p}`);
  });
  if (probabilities.length > 0 && histogram === undefined) {
    throw new CapkitScoringError(
      'options.quantiles',
      'need partials aggregated with { quantiles: true }',
    );
  }
  const { groups, competencies } = partials;
  const parentOf = options.parentOf ?? new Int32Array(groups).fill(-1);
  const cells: GroupSummaryCell[] = new Array<GroupSummaryCell>(groups * competencies);
  for (let competency = 0; competency < competencies; competency += 1) {
    const counts = Array.from(
      { length: groups },
      (_, g) => partials.count[g * competencies + competency] as number,
    );
    const reasons = suppressSmallGroups(counts, parentOf, k);
    for (let group = 0; group < groups; group += 1) {
      const cell = group * competencies + competency;
      const count = counts[group] as number;
      const reason = reasons[group];
      if (reason !== undefined) cells[cell] = { status: 'suppressed', group, competency, reason };
      else if (count === 0) cells[cell] = { status: 'empty', group, competency };
      else {
        const gapCount = partials.gapCount[cell] as number;
        cells[cell] = {
          status: 'published',
          group,
          competency,
          count,
          mean: partials.mean[cell] as number,
          sd: count > 1 ? Math.sqrt((partials.m2[cell] as number) / (count - 1)) : null,
          min: partials.min[cell] as number,
          max: partials.max[cell] as number,
          quantiles: new Map(
            histogram === undefined
              ? []
              : probabilities.map((p) => [p, histogramQuantile(partials, cell, p)] as const),
          ),
          meanGap: gapCount > 0 ? (partials.gapSum[cell] as number) / gapCount : null,
          shareBelowRequired: gapCount > 0 ? (partials.below[cell] as number) / gapCount : null,
        };
      }
    }
  }
  return { k, cells, provenance: partials.provenance };
}

import {
  compareFractions,
  completePairSums,
  fractionOf,
  meanOfFractions,
  type Fraction,
} from './discrepancy.js';
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
import { CapkitScoringError } from './scoringError.js';
import type { SuppressionReason } from './suppressSmallGroups.js';

/** Where the cross-hairs that split the importance–performance grid are placed. */
export type Crosshairs = 'grandMean' | 'scaleMidpoint';

/** The four quadrants of Martilla & James (1977). */
export type ImportancePerformanceQuadrant =
  /** High importance, low performance: the priority for action. */
  | 'concentrateHere'
  /** High importance, high performance. */
  | 'keepUpTheGoodWork'
  /** Low importance, low performance. */
  | 'lowPriority'
  /** Low importance, high performance: effort may be better spent elsewhere. */
  | 'possibleOverkill';

/** Options for {@link importancePerformance}. */
export interface ImportancePerformanceOptions extends DisclosureOptions {
  /**
   * `'grandMean'`: each cross-hair at the mean of the plotted item means; `'scaleMidpoint'`:
   * both at (min + max) / 2 of the rating scale.
   * @default 'grandMean'
   */
  readonly crosshairs?: Crosshairs;
}

/** One item's point on the importance–performance grid. */
export interface ImportancePerformanceItem {
  /** Item index (column of the data). */
  readonly item: number;
  /**
   * Mean importance over complete pairs; `null` when no respondent gave both ratings, or when
   * the item is withheld.
   */
  readonly meanImportance: number | null;
  /** Mean performance over the same complete pairs; `null` likewise. */
  readonly meanPerformance: number | null;
  /** Complete pairs the point rests on; `null` when withheld (its size is not shown). */
  readonly n: number | null;
  /**
   * Quadrant, by the cross-hair rule of {@link importancePerformance}; `null` when unscored or
   * withheld.
   */
  readonly quadrant: ImportancePerformanceQuadrant | null;
  /** The mean importance equals the importance cross-hair exactly. */
  readonly onImportanceCrosshair: boolean;
  /** The mean performance equals the performance cross-hair exactly. */
  readonly onPerformanceCrosshair: boolean;
  /**
   * Set when the item is withheld because it rests on 1 to k − 1 respondents; it is then not
   * plotted and counts in no quadrant or cross-hair.
   */
  readonly withheld?: SuppressionReason;
}

/** Result of {@link importancePerformance}. */
export interface ImportancePerformanceResult {
  readonly method: 'martillaJames1977';
  /** Both means of an item come from the respondents who gave both its ratings. */
  readonly basis: 'completePairs';
  readonly crosshairs: Crosshairs;
  /**
   * On the importance cross-hair counts as high importance, on the performance cross-hair as
   * low performance: a borderline item leans towards "concentrate here".
   */
  readonly onCrosshairRule: 'towardsConcentrateHere';
  /**
   * Cross-hair positions; `null` for grand means when no published item has a complete pair.
   * Grand means are taken over the published items only.
   */
  readonly crosshair: { readonly importance: number | null; readonly performance: number | null };
  /** Published items per quadrant; sums to the number of published, scored items. */
  readonly quadrantCounts: Readonly<Record<ImportancePerformanceQuadrant, number>>;
  readonly scale: RatingScale;
  /** The disclosure rule applied: items resting on 1 to k − 1 respondents are withheld. */
  readonly disclosure: MinimumRespondentsRule;
  /** Complete pairs used, over the published items. */
  readonly n: number;
  /** One entry per item, in column order. */
  readonly items: readonly ImportancePerformanceItem[];
  readonly provenance: Provenance;
}

/**
 * @internal The quadrant of a point from the signs of (mean − cross-hair): on the importance
 * cross-hair counts as high importance, on the performance cross-hair as low performance.
 */
export function quadrantOf(
  importanceSide: number,
  performanceSide: number,
): ImportancePerformanceQuadrant {
  const highImportance = importanceSide >= 0;
  const highPerformance = performanceSide > 0;
  if (highImportance) return highPerformance ? 'keepUpTheGoodWork' : 'concentrateHere';
  return highPerformance ? 'possibleOverkill' : 'lowPriority';
}

// See competitionRanks.ts: only values this close are compared as exact fractions.
const nearTie = 1e-12;

/** Sign of (item mean − cross-hair), exact: doubles when far apart, fractions when close. */
function side(
  value: number,
  exact: () => Fraction,
  crosshair: number,
  crosshairExact: () => Fraction,
): number {
  if (Math.abs(value - crosshair) > nearTie * Math.max(Math.abs(value), Math.abs(crosshair))) {
    return value > crosshair ? 1 : -1;
  }
  return compareFractions(exact(), crosshairExact());
}

/**
 * Importance–performance analysis (Martilla, J. A., & James, J. C. (1977).
 * Importance-performance analysis. Journal of Marketing, 41(1), 77–79): each item is the point
 * (mean performance, mean importance), and two cross-hairs split the grid into four quadrants.
 *
 * - Item means: Īⱼ = ΣIᵢⱼ / nⱼ and P̄ⱼ = ΣPᵢⱼ / nⱼ over the nⱼ respondents who gave both ratings
 *   of item j, so both coordinates describe the same people.
 * - Cross-hairs: `'grandMean'` (default) puts them at the mean of the item means, each scored
 *   item counting once (Ī = (1/J) Σⱼ Īⱼ, P̄ likewise) — the centre of the plotted points;
 *   `'scaleMidpoint'` puts both at (min + max) / 2.
 * - Quadrants: high importance & low performance → `concentrateHere`; high & high →
 *   `keepUpTheGoodWork`; low & low → `lowPriority`; low importance & high performance →
 *   `possibleOverkill`.
 * - On a cross-hair (equal as exact fractions, not within a tolerance): Īⱼ equal to the
 *   importance cross-hair counts as **high** importance, P̄ⱼ equal to the performance cross-hair
 *   counts as **low** performance. Both lean towards `concentrateHere`, so a borderline item is
 *   flagged for attention rather than dismissed; `onImportanceCrosshair` /
 *   `onPerformanceCrosshair` say when this rule decided.
 *
 * Disclosure rule (`disclosure`, `options.k`, default 5): an item whose means rest on 0 < nⱼ < k
 * respondents is withheld — its means, `n` and quadrant are `null`, `withheld: 'primary'` — and
 * it takes no part in the grand-mean cross-hairs, the quadrant counts or the total `n`, which
 * are computed from the published items only (otherwise J × cross-hair minus the published
 * means would give the withheld item's means).
 *
 * @throws {CapkitScoringError} for an invalid scale, wrong array lengths, a byte off the scale,
 *   an unknown `options.crosshairs`, a bad `options.k`, or an unknown option.
 */
export function importancePerformance(
  data: PairedResponses,
  scale: RatingScale,
  options: ImportancePerformanceOptions = {},
): ImportancePerformanceResult {
  rejectUnknownOptions(options, ['crosshairs', 'k', 'allowSmallGroups']);
  const { crosshairs = 'grandMean' } = options;
  const disclosure = minimumRespondentsRule(options);
  validatePairedResponses(data, scale);
  const { n: counts, sumImportance, sumPerformance } = completePairSums(data);
  const withheld = Uint8Array.from(counts, (n) => (isBelowMinimum(n, disclosure) ? 1 : 0));
  const scored: number[] = [];
  counts.forEach((n, j) => {
    if (n > 0 && withheld[j] === 0) scored.push(j);
  });
  const meanImportance = sumImportance.map((sum, j) => sum / (counts[j] ?? 0));
  const meanPerformance = sumPerformance.map((sum, j) => sum / (counts[j] ?? 0));
  const importanceExact = (j: number): Fraction =>
    fractionOf(BigInt(sumImportance[j] ?? 0), BigInt(counts[j] ?? 1));
  const performanceExact = (j: number): Fraction =>
    fractionOf(BigInt(sumPerformance[j] ?? 0), BigInt(counts[j] ?? 1));

  let crossImportance: number | null;
  let crossPerformance: number | null;
  let crossImportanceExact: () => Fraction;
  let crossPerformanceExact: () => Fraction;
  switch (crosshairs) {
    case 'scaleMidpoint': {
      const midpoint = fractionOf(BigInt(scale.min + scale.max), 2n);
      crossImportance = (scale.min + scale.max) / 2;
      crossPerformance = crossImportance;
      crossImportanceExact = () => midpoint;
      crossPerformanceExact = () => midpoint;
      break;
    }
    case 'grandMean': {
      const empty = scored.length === 0;
      crossImportance = empty
        ? null
        : compensatedMean(
            scored.map((j) => meanImportance[j] ?? 0),
            scored.length,
          );
      crossPerformance = empty
        ? null
        : compensatedMean(
            scored.map((j) => meanPerformance[j] ?? 0),
            scored.length,
          );
      crossImportanceExact = () => meanOfFractions(scored.map(importanceExact));
      crossPerformanceExact = () => meanOfFractions(scored.map(performanceExact));
      break;
    }
    default:
      crosshairs satisfies never;
      throw new CapkitScoringError(
        'options.crosshairs',
        `must be 'grandMean' or 'scaleMidpoint', got ${JSON.stringify(crosshairs)}`,
      );
  }

  const quadrantCounts: Record<ImportancePerformanceQuadrant, number> = {
    concentrateHere: 0,
    keepUpTheGoodWork: 0,
    lowPriority: 0,
    possibleOverkill: 0,
  };
  let total = 0;
  const items = Array.from(counts, (n, item): ImportancePerformanceItem => {
    if (withheld[item] === 1) {
      return {
        item,
        meanImportance: null,
        meanPerformance: null,
        n: null,
        quadrant: null,
        onImportanceCrosshair: false,
        onPerformanceCrosshair: false,
        withheld: 'primary',
      };
    }
    total += n;
    if (n === 0 || crossImportance === null || crossPerformance === null) {
      return {
        item,
        meanImportance: null,
        meanPerformance: null,
        n,
        quadrant: null,
        onImportanceCrosshair: false,
        onPerformanceCrosshair: false,
      };
    }
    const importanceSide = side(
      meanImportance[item] ?? 0,
      () => importanceExact(item),
      crossImportance,
      crossImportanceExact,
    );
    const performanceSide = side(
      meanPerformance[item] ?? 0,
      () => performanceExact(item),
      crossPerformance,
      crossPerformanceExact,
    );
    const quadrant = quadrantOf(importanceSide, performanceSide);
    quadrantCounts[quadrant] += 1;
    return {
      item,
      meanImportance: meanImportance[item] ?? null,
      meanPerformance: meanPerformance[item] ?? null,
      n,
      quadrant,
      onImportanceCrosshair: importanceSide === 0,
      onPerformanceCrosshair: performanceSide === 0,
    };
  });
  const config = {
    method: 'martillaJames1977',
    basis: 'completePairs',
    crosshairs,
    onCrosshairRule: 'towardsConcentrateHere',
    scale: { min: scale.min, max: scale.max },
    disclosure,
  } as const;
  return {
    ...config,
    crosshair: { importance: crossImportance, performance: crossPerformance },
    quadrantCounts,
    n: total,
    items,
    provenance: provenanceOf(config),
  };
}

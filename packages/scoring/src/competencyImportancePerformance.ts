import { validateCompetencyOfItem } from './borich.js';
import {
  compareFractions,
  completePairSums,
  fractionOf,
  meanOfFractions,
  type Fraction,
} from './discrepancy.js';
import { isBelowMinimum, minimumRespondentsRule, type DisclosureOptions } from './disclosure.js';
import {
  quadrantOf,
  type Crosshairs,
  type ImportancePerformanceItem,
  type ImportancePerformanceQuadrant,
  type ImportancePerformanceResult,
} from './importancePerformance.js';
import {
  validatePairedResponses,
  type PairedResponses,
  type RatingScale,
} from './pairedResponses.js';
import { provenanceOf } from './provenance.js';
import { MISSING } from './responseMatrix.js';
import { CapkitScoringError } from './scoringError.js';

/** Options of {@link competencyImportancePerformance}. */
export interface CompetencyImportancePerformanceOptions extends DisclosureOptions {
  /** Competency index of each item, in column order. */
  readonly competencyOfItem: ArrayLike<number>;
  /** Number of competencies. @default largest index in `competencyOfItem` + 1 */
  readonly competencies?: number;
  /** @default 'grandMean' */
  readonly crosshairs?: Crosshairs;
}

/** Importance–performance per competency: `items[c]` is competency c. */
export interface CompetencyImportancePerformanceResult extends ImportancePerformanceResult {
  readonly by: 'competency';
  /** Per competency, the published items its point averages (items resting on fewer than k people are left out). */
  readonly itemsUsed: readonly (readonly number[])[];
}

/**
 * Importance–performance analysis (Martilla & James 1977) at competency level: a competency's
 * point is the mean of its items' points (Īⱼ, P̄ⱼ over each item's complete pairs), each
 * published item counting once; items resting on 1 to k − 1 respondents are left out (so that
 * the competency cannot be used to recover them). The competency's `n` is the number of distinct
 * respondents with a complete pair on at least one item used. Cross-hairs and the on-cross-hair
 * rule are those of `importancePerformance`, compared as exact fractions.
 *
 * @throws {CapkitScoringError} for an invalid scale, data, competency map or options.
 */
export function competencyImportancePerformance(
  data: PairedResponses,
  scale: RatingScale,
  options: CompetencyImportancePerformanceOptions,
): CompetencyImportancePerformanceResult {
  const disclosure = minimumRespondentsRule(options);
  const { crosshairs = 'grandMean' } = options;
  // Callers from JavaScript can pass anything.
  if (!(['grandMean', 'scaleMidpoint'] as readonly string[]).includes(crosshairs)) {
    throw new CapkitScoringError(
      'options.crosshairs',
      `must be 'grandMean' or 'scaleMidpoint', got ${JSON.stringify(crosshairs)}`,
    );
  }
  validatePairedResponses(data, scale);
  const competencies = validateCompetencyOfItem(
    options.competencyOfItem,
    data.items,
    options.competencies,
  );
  const { n: counts, sumImportance, sumPerformance } = completePairSums(data);
  const itemsUsed = Array.from({ length: competencies }, () => [] as number[]);
  for (let j = 0; j < data.items; j += 1) {
    const n = counts[j] as number;
    if (n > 0 && !isBelowMinimum(n, disclosure))
      itemsUsed[options.competencyOfItem[j] as number]?.push(j);
  }
  const points = itemsUsed.map((used) => {
    if (used.length === 0) return undefined;
    const importance = meanOfFractions(
      used.map((j) => fractionOf(BigInt(sumImportance[j] ?? 0), BigInt(counts[j] ?? 1))),
    );
    const performance = meanOfFractions(
      used.map((j) => fractionOf(BigInt(sumPerformance[j] ?? 0), BigInt(counts[j] ?? 1))),
    );
    return { importance, performance };
  });
  // Distinct respondents behind each competency: anyone with a complete pair on an item used.
  const people = new Float64Array(competencies);
  const usedItem = new Int32Array(data.items).fill(-1);
  itemsUsed.forEach((used, c) => used.forEach((j) => (usedItem[j] = c)));
  const seen = new Uint8Array(competencies);
  for (let r = 0; r < data.respondents; r += 1) {
    seen.fill(0);
    for (let j = 0; j < data.items; j += 1) {
      const c = usedItem[j] as number;
      const at = r * data.items + j;
      if (
        c < 0 ||
        seen[c] === 1 ||
        data.importance[at] === MISSING ||
        data.performance[at] === MISSING
      )
        continue;
      seen[c] = 1;
      people[c] = (people[c] as number) + 1;
    }
  }
  const plotted = points.flatMap((point) => (point === undefined ? [] : [point]));
  const midpoint = fractionOf(BigInt(scale.min + scale.max), 2n);
  const crossImportance: Fraction | null =
    crosshairs === 'scaleMidpoint'
      ? midpoint
      : plotted.length === 0
        ? null
        : meanOfFractions(plotted.map((point) => point.importance));
  const crossPerformance: Fraction | null =
    crosshairs === 'scaleMidpoint'
      ? midpoint
      : plotted.length === 0
        ? null
        : meanOfFractions(plotted.map((point) => point.performance));
  const quadrantCounts: Record<ImportancePerformanceQuadrant, number> = {
    concentrateHere: 0,
    keepUpTheGoodWork: 0,
    lowPriority: 0,
    possibleOverkill: 0,
  };
  // A competency with no published item but some withheld one is withheld, not unscored.
  const hasWithheldItem = new Uint8Array(competencies);
  for (let j = 0; j < data.items; j += 1)
    if (isBelowMinimum(counts[j] as number, disclosure))
      hasWithheldItem[options.competencyOfItem[j] as number] = 1;
  const withheldAny = (c: number) => (itemsUsed[c]?.length ?? 0) === 0 && hasWithheldItem[c] === 1;
  const items = points.map((point, c): ImportancePerformanceItem => {
    if (point === undefined || crossImportance === null || crossPerformance === null) {
      return {
        item: c,
        meanImportance: null,
        meanPerformance: null,
        n: withheldAny(c) ? null : 0,
        quadrant: null,
        onImportanceCrosshair: false,
        onPerformanceCrosshair: false,
        ...(withheldAny(c) ? { withheld: 'primary' as const } : {}),
      };
    }
    const importanceSide = compareFractions(point.importance, crossImportance);
    const performanceSide = compareFractions(point.performance, crossPerformance);
    const quadrant = quadrantOf(importanceSide, performanceSide);
    quadrantCounts[quadrant] += 1;
    return {
      item: c,
      meanImportance: Number(point.importance.num) / Number(point.importance.den),
      meanPerformance: Number(point.performance.num) / Number(point.performance.den),
      n: people[c] as number,
      quadrant,
      onImportanceCrosshair: importanceSide === 0,
      onPerformanceCrosshair: performanceSide === 0,
    };
  });
  const config = {
    method: 'martillaJames1977',
    basis: 'completePairs',
    by: 'competency',
    crosshairs,
    onCrosshairRule: 'towardsConcentrateHere',
    scale: { min: scale.min, max: scale.max },
    disclosure,
  } as const;
  const asNumber = (f: Fraction | null) => (f === null ? null : Number(f.num) / Number(f.den));
  return {
    ...config,
    crosshair: { importance: asNumber(crossImportance), performance: asNumber(crossPerformance) },
    quadrantCounts,
    n: items.reduce((sum, item) => sum + (item.n ?? 0), 0),
    items,
    itemsUsed,
    provenance: provenanceOf(config),
  };
}

import type {
  CapacityAssessment,
  CoreIssue,
  FunctionalCapacity,
  PointOfEntry,
} from '@capkit/model';

/** Desired and existing capacity, averaged, with the gap between them. */
export interface CapacityLevels {
  /** Questions (or cells, for averages of cells) the means rest on. */
  readonly n: number;
  readonly desired: number | null;
  readonly existing: number | null;
  /** desired − existing, over questions rated for both; `null` when none is. */
  readonly gap: number | null;
}

/** The UNDP roll-up of one capacity assessment. */
export interface UndpRollUp {
  /** Per point of entry × core issue × functional capacity: the mean of its questions. */
  readonly cells: ReadonlyMap<string, CapacityLevels>;
  /** Per cross-section (point of entry × core issue): the mean of its functional-capacity cells. */
  readonly crossSections: ReadonlyMap<string, CapacityLevels>;
  /** Per functional capacity, over all its questions. */
  readonly byFunctionalCapacity: ReadonlyMap<FunctionalCapacity, CapacityLevels>;
  /** Per core issue, over all its questions. */
  readonly byCoreIssue: ReadonlyMap<CoreIssue, CapacityLevels>;
  /** Per point of entry, over all its questions. */
  readonly byPointOfEntry: ReadonlyMap<PointOfEntry, CapacityLevels>;
}

/** Key of a cube cell or cross-section, e.g. `organisation/knowledge/monitorAndEvaluate`. */
export const undpKey = (...parts: readonly string[]): string => parts.join('/');

// Running sums of one cube cell, cross-section or margin: one pass adds each question once.
// Sums run in question order from 0, as a left fold would, so results do not depend on how
// the questions are grouped.
interface Accumulator {
  n: number;
  desiredSum: number;
  desiredN: number;
  existingSum: number;
  existingN: number;
  gapSum: number;
  gapN: number;
}

const emptyAccumulator = (): Accumulator => ({
  n: 0,
  desiredSum: 0,
  desiredN: 0,
  existingSum: 0,
  existingN: 0,
  gapSum: 0,
  gapN: 0,
});

function accumulatorOf<K>(accumulators: Map<K, Accumulator>, key: K): Accumulator {
  let accumulator = accumulators.get(key);
  if (accumulator === undefined) {
    accumulator = emptyAccumulator();
    accumulators.set(key, accumulator);
  }
  return accumulator;
}

function add(
  accumulator: Accumulator,
  desired: number | null | undefined,
  existing: number | null | undefined,
  gap: number | null | undefined,
): void {
  accumulator.n += 1;
  if (typeof desired === 'number') {
    accumulator.desiredSum += desired;
    accumulator.desiredN += 1;
  }
  if (typeof existing === 'number') {
    accumulator.existingSum += existing;
    accumulator.existingN += 1;
  }
  if (typeof gap === 'number') {
    accumulator.gapSum += gap;
    accumulator.gapN += 1;
  }
}

const levelsOf = (a: Accumulator): CapacityLevels => ({
  n: a.n,
  desired: a.desiredN === 0 ? null : a.desiredSum / a.desiredN,
  existing: a.existingN === 0 ? null : a.existingSum / a.existingN,
  gap: a.gapN === 0 ? null : a.gapSum / a.gapN,
});

const levelsOfAll = <K>(accumulators: Map<K, Accumulator>): Map<K, CapacityLevels> =>
  new Map([...accumulators].map(([key, accumulator]) => [key, levelsOf(accumulator)] as const));

/**
 * Rolls a UNDP capacity assessment (UNDP Capacity Assessment Methodology, 2008) up its cube:
 * questions average into cells (point of entry × core issue × functional capacity); cells
 * average, one vote each, into cross-sections (point of entry × core issue), so a functional
 * capacity asked about with many questions does not outweigh the others; margins per
 * functional capacity, core issue and point of entry average their questions. Each level gives
 * mean desired, mean existing and mean gap (desired − existing over questions rated for both).
 *
 * Linear in the questions: one pass with running sums per cell and margin, then one pass over
 * the cells for the cross-sections.
 */
export function undpRollUp(assessment: CapacityAssessment): UndpRollUp {
  const cells = new Map<string, Accumulator>();
  const crossSectionOfCell = new Map<string, string>();
  const byFunctionalCapacity = new Map<FunctionalCapacity, Accumulator>();
  const byCoreIssue = new Map<CoreIssue, Accumulator>();
  const byPointOfEntry = new Map<PointOfEntry, Accumulator>();
  // One pass over the questions; each touches four accumulators, so the work is linear.
  for (const { cell, desired, existing } of assessment.questions) {
    const gap = desired === undefined || existing === undefined ? undefined : desired - existing;
    const cellKey = undpKey(cell.pointOfEntry, cell.coreIssue, cell.functionalCapacity);
    if (!crossSectionOfCell.has(cellKey))
      crossSectionOfCell.set(cellKey, undpKey(cell.pointOfEntry, cell.coreIssue));
    add(accumulatorOf(cells, cellKey), desired, existing, gap);
    add(accumulatorOf(byFunctionalCapacity, cell.functionalCapacity), desired, existing, gap);
    add(accumulatorOf(byCoreIssue, cell.coreIssue), desired, existing, gap);
    add(accumulatorOf(byPointOfEntry, cell.pointOfEntry), desired, existing, gap);
  }
  const cellLevels = levelsOfAll(cells);
  // Each cell one vote: means of the cells' means, skipping cells without a value.
  const crossSections = new Map<string, Accumulator>();
  for (const [cellKey, levels] of cellLevels) {
    const crossSection = accumulatorOf(crossSections, crossSectionOfCell.get(cellKey) ?? cellKey);
    add(crossSection, levels.desired, levels.existing, levels.gap);
  }
  return {
    cells: cellLevels,
    crossSections: levelsOfAll(crossSections),
    byFunctionalCapacity: levelsOfAll(byFunctionalCapacity),
    byCoreIssue: levelsOfAll(byCoreIssue),
    byPointOfEntry: levelsOfAll(byPointOfEntry),
  };
}

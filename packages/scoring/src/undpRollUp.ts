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

interface Pair {
  readonly desired?: number | undefined;
  readonly existing?: number | undefined;
}

function average(pairs: readonly Pair[]): CapacityLevels {
  const mean = (values: number[]) =>
    values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
  const desired = pairs.flatMap((pair) => (pair.desired === undefined ? [] : [pair.desired]));
  const existing = pairs.flatMap((pair) => (pair.existing === undefined ? [] : [pair.existing]));
  const gaps = pairs.flatMap((pair) =>
    pair.desired === undefined || pair.existing === undefined ? [] : [pair.desired - pair.existing],
  );
  return { n: pairs.length, desired: mean(desired), existing: mean(existing), gap: mean(gaps) };
}

// Each cell one vote: means of the cells' means, skipping cells without a value.
function averageOfCells(levels: readonly (CapacityLevels | undefined)[]): CapacityLevels {
  const mean = (values: (number | null | undefined)[]) => {
    const present = values.filter((value): value is number => typeof value === 'number');
    return present.length === 0 ? null : present.reduce((sum, v) => sum + v, 0) / present.length;
  };
  return {
    n: levels.length,
    desired: mean(levels.map((level) => level?.desired)),
    existing: mean(levels.map((level) => level?.existing)),
    gap: mean(levels.map((level) => level?.gap)),
  };
}

function groupBy<K, T>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

const mapValues = <K, T>(groups: Map<K, T[]>, f: (items: T[]) => CapacityLevels) =>
  new Map([...groups].map(([k, items]) => [k, f(items)] as const));

/**
 * Rolls a UNDP capacity assessment (UNDP Capacity Assessment Methodology, 2008) up its cube:
 * questions average into cells (point of entry × core issue × functional capacity); cells
 * average, one vote each, into cross-sections (point of entry × core issue), so a functional
 * capacity asked about with many questions does not outweigh the others; margins per
 * functional capacity, core issue and point of entry average their questions. Each level gives
 * mean desired, mean existing and mean gap (desired − existing over questions rated for both).
 */
export function undpRollUp(assessment: CapacityAssessment): UndpRollUp {
  const questions = assessment.questions;
  const byCell = groupBy(questions, ({ cell }) =>
    undpKey(cell.pointOfEntry, cell.coreIssue, cell.functionalCapacity),
  );
  const cells = mapValues(byCell, average);
  const cellsOfCrossSection = groupBy([...byCell.keys()], (cellKey) =>
    cellKey.split('/').slice(0, 2).join('/'),
  );
  const crossSections = new Map(
    [...cellsOfCrossSection].map(
      ([key, cellKeys]) => [key, averageOfCells(cellKeys.map((k) => cells.get(k)))] as const,
    ),
  );
  return {
    cells,
    crossSections,
    byFunctionalCapacity: mapValues(
      groupBy(questions, ({ cell }) => cell.functionalCapacity),
      average,
    ),
    byCoreIssue: mapValues(
      groupBy(questions, ({ cell }) => cell.coreIssue),
      average,
    ),
    byPointOfEntry: mapValues(
      groupBy(questions, ({ cell }) => cell.pointOfEntry),
      average,
    ),
  };
}

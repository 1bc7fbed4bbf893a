import type { PairedChangeByGroupResult, PairedChangeResult } from '@capkit/scoring/evaluation';
import { tallyRows, wordRows, type WordedRow } from '../EvaluationSummary/changeRows.js';

/**
 * One competency's change between rounds, per unit and for all units together: the
 * `pairedChangeByGroup` of `@capkit/scoring/evaluation` over that competency's pairs (each
 * pair's `groupId` its person's unit, as `pairedRoundsFromModel(…, { groupByUnit: true })`
 * gives them).
 */
export interface RoundComparisonCompetency {
  /** Stable id, e.g. the competency's id in the framework. */
  readonly id: string;
  /** Its name as the reader knows it. */
  readonly label: string;
  /** The engine's published change per unit and for the whole. */
  readonly change: PairedChangeByGroupResult;
}

/** What the grid is read by: one group per competency, or one per unit. */
export type ComparisonView = 'competency' | 'unit';

/** Which competency and which unit to show; `null` for every one. */
export interface ComparisonFilter {
  readonly competencyId: string | null;
  readonly unitId: string | null;
}

/**
 * Id of "all units together", the engine's `whole`. The engine's group ids are never empty
 * (`groupId: z.string().min(1)`), so the empty string cannot clash with a unit.
 */
export const allUnitsId = '';

/** One cell of the grid: a competency in a unit (or in all units), worded once. */
export interface ComparisonItem extends WordedRow {
  readonly competencyId: string;
  /** The unit, {@link allUnitsId} for all units together. */
  readonly unitId: string;
  /** The engine's published round means; `null` when it published none. */
  readonly round1: number | null;
  readonly round2: number | null;
}

/** A column of the grid (and a row within a group of the chart). */
export interface ComparisonColumn {
  readonly id: string;
  readonly label: string;
}

/** A row of the grid (a group of the chart), its cells aligned with the grid's columns. */
export interface ComparisonGroup {
  readonly id: string;
  readonly label: string;
  /** `null` where the engine gave no result for that pair (a unit not in that competency). */
  readonly items: readonly (ComparisonItem | null)[];
}

/** The grid as shown: columns, and groups of cells aligned with them. */
export interface ComparisonGrid {
  readonly view: ComparisonView;
  readonly columns: readonly ComparisonColumn[];
  readonly groups: readonly ComparisonGroup[];
}

/** Unit ids in the order the engine first lists them, across every competency. */
export function unitsOf(competencies: readonly RoundComparisonCompetency[]): string[] {
  const ids = new Set<string>();
  for (const { change } of competencies) for (const { groupId } of change.groups) ids.add(groupId);
  return [...ids];
}

function item(
  competencyId: string,
  unitId: string,
  label: string,
  change: PairedChangeResult,
): ComparisonItem {
  const [worded] = wordRows([{ id: `${competencyId}\u0000${unitId}`, label, change }]);
  // Means only where the engine published statistics: withheld results carry none.
  return {
    ...(worded as WordedRow),
    competencyId,
    unitId,
    round1: change.statistics?.meanRound1 ?? null,
    round2: change.statistics?.meanRound2 ?? null,
  };
}

/**
 * The grid of a view under a filter: by competency, one group per competency with a column
 * for all units together and one per unit; by unit, one group for all units together and one per
 * unit, with a column per competency. A filtered unit drops "all units" too, so that the reader
 * sees exactly the unit chosen. Nothing is computed here: each cell is the engine's result.
 */
export function comparisonGrid(
  competencies: readonly RoundComparisonCompetency[],
  view: ComparisonView,
  filter: ComparisonFilter,
  unitName: (id: string) => string,
): ComparisonGrid {
  const shownCompetencies = competencies.filter(
    ({ id }) => filter.competencyId === null || id === filter.competencyId,
  );
  const unitIds = filter.unitId === null ? [allUnitsId, ...unitsOf(competencies)] : [filter.unitId];
  const units = unitIds.map((id) => ({ id, label: unitName(id) }));
  if (view === 'competency') {
    return {
      view,
      columns: units,
      groups: shownCompetencies.map((competency) => ({
        id: competency.id,
        label: competency.label,
        items: units.map((unit) => cellOf(competency, unit.id, unit.label)),
      })),
    };
  }
  return {
    view,
    columns: shownCompetencies.map(({ id, label }) => ({ id, label })),
    groups: units.map((unit) => ({
      id: unit.id,
      label: unit.label,
      items: shownCompetencies.map((competency) => cellOf(competency, unit.id, competency.label)),
    })),
  };
}

/** The engine's result for a competency in a unit (or all units); `null` where it gave none. */
function cellOf(
  competency: RoundComparisonCompetency,
  unitId: string,
  label: string,
): ComparisonItem | null {
  const change =
    unitId === allUnitsId
      ? competency.change.whole
      : competency.change.groups.find(({ groupId }) => groupId === unitId)?.change;
  return change === undefined ? null : item(competency.id, unitId, label, change);
}

/** What one group of the grid says: which of its cells rose or fell beyond noise. */
export interface GroupFinding {
  readonly group: ComparisonGroup;
  /** Cells counted: every cell but "all units together" (which is not one more unit). */
  readonly total: number;
  readonly rose: readonly ComparisonItem[];
  readonly fell: readonly ComparisonItem[];
  readonly tooFew: number;
  /** By competency, the reading for all units together; `null` by unit or when filtered out. */
  readonly whole: ComparisonItem | null;
}

/**
 * Each group's finding, the groups with most changes beyond noise first (then in the order
 * given, so the summary is stable). Counting readings is wording, not a statistic about people:
 * each reading is the engine's.
 */
export function groupFindings(grid: ComparisonGrid): GroupFinding[] {
  const findings = grid.groups.map((group) => {
    const present = group.items.filter((cell): cell is ComparisonItem => cell !== null);
    const whole =
      grid.view === 'competency'
        ? (present.find((cell) => cell.unitId === allUnitsId) ?? null)
        : null;
    const counted = present.filter((cell) => cell !== whole);
    const tally = tallyRows(counted);
    return {
      group,
      total: counted.length,
      rose: counted.filter((cell) => cell.words.reading === 'improvement'),
      fell: counted.filter((cell) => cell.words.reading === 'decline'),
      tooFew: tally.tooFew,
      whole,
    };
  });
  const clear = (finding: GroupFinding) => finding.rose.length + finding.fell.length;
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => clear(b.finding) - clear(a.finding) || a.order - b.order)
    .map(({ finding }) => finding);
}

/**
 * The chart's axis: every round mean shown and every end of round 1 + the change's interval (where
 * round 2 could lie, given round 1), never empty.
 */
export function levelExtent(grid: ComparisonGrid): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const group of grid.groups) {
    for (const cell of group.items) {
      const figures = cell?.words.figures;
      if (cell === null || cell.round1 === null || cell.round2 === null || !figures) continue;
      low = Math.min(low, cell.round1, cell.round2, cell.round1 + figures.lower);
      high = Math.max(high, cell.round1, cell.round2, cell.round1 + figures.upper);
    }
  }
  if (low === Infinity) return [0, 1];
  return low === high ? [low - 1, high + 1] : [low, high];
}

import type { BootstrapResult, BootstrapUnit } from '@capkit/scoring/tna';

/** The name of one ranked unit (item or competency), in the result's index order. */
export interface PriorityListLabel {
  /** Stable key, such as the item or competency id. */
  readonly id: string;
  /** Name, already in the reader's language. */
  readonly label: string;
}

/** One unit as the list shows it: the engine's figures, its name, and whether its rank is shared. */
export interface PriorityRow {
  /** The engine's figures for the unit. */
  readonly unit: BootstrapUnit;
  /** Stable key. */
  readonly id: string;
  /** Name, in the reader's language. */
  readonly label: string;
  /** Whether another unit has the same rank. */
  readonly tied: boolean;
}

/**
 * The units of a bootstrap result in the list's order: highest need (rank 1) first, tied units
 * in index order, units without a rank (unscored or withheld) last. A unit without a label is
 * named by `unlabelled(unit index)`.
 */
export function priorityRows(
  result: BootstrapResult,
  labels: readonly PriorityListLabel[],
  unlabelled: (unit: number) => PriorityListLabel,
): PriorityRow[] {
  const rankCounts = new Map<number, number>();
  for (const unit of result.units) {
    if (unit.rank !== null) rankCounts.set(unit.rank, (rankCounts.get(unit.rank) ?? 0) + 1);
  }
  return result.units
    .map((unit) => ({
      unit,
      ...(labels[unit.unit] ?? unlabelled(unit.unit)),
      tied: unit.rank !== null && (rankCounts.get(unit.rank) ?? 0) > 1,
    }))
    .sort(
      (a, b) =>
        (a.unit.rank ?? Number.POSITIVE_INFINITY) - (b.unit.rank ?? Number.POSITIVE_INFINITY) ||
        a.unit.unit - b.unit.unit,
    );
}

/** The scale of the chart: from the lowest interval end (or zero) to the highest. */
export function scoreExtent(rows: readonly PriorityRow[]): readonly [number, number] {
  let low = 0;
  let high = 0;
  for (const { unit } of rows) {
    for (const value of [unit.meanWeightedDiscrepancy, unit.lower, unit.upper]) {
      if (value === null) continue;
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
  }
  return [low, high];
}

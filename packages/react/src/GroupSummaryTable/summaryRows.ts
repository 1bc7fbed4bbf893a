import type { GroupSummary, GroupSummaryCell } from '@capkit/scoring/publication';
import type { GroupSummaryTableMessages } from './messages.js';

/** A column of the table: a statistic of each group’s competency scores. */
export type GroupMeasure = 'count' | 'mean' | 'sd' | 'median' | 'meanGap' | 'shareBelowRequired';

/** Every {@link GroupMeasure}, in the table’s default column order. */
export const groupMeasures: readonly GroupMeasure[] = [
  'count',
  'mean',
  'sd',
  'median',
  'meanGap',
  'shareBelowRequired',
];

/** Row order of a {@link GroupSummaryTable}: by a name column or a measure. */
export interface GroupSummaryTableSort {
  /** The column sorted by. */
  readonly by: 'group' | 'competency' | GroupMeasure;
  /** Which way. */
  readonly direction: 'ascending' | 'descending';
}

/** What the table shows; shared by {@link GroupSummaryTable} and {@link groupSummaryCsv}. */
export interface GroupSummaryContent {
  /** Results from `summariseGroups`: `cells[group * competencies + competency]`. */
  readonly summary: GroupSummary;
  /** Row labels: one name per group of `summary` (units or roles), in its group order. */
  readonly groups: readonly string[];
  /** One name per competency of `summary`, in its order. */
  readonly competencies: readonly string[];
  /**
   * Index of the one competency to show, or `'all'` for a row per group × competency.
   * @default 'all'
   */
  readonly competency?: number | 'all' | undefined;
  /**
   * Columns to show, in order.
   * @default groupMeasures (all six)
   */
  readonly measures?: readonly GroupMeasure[] | undefined;
  /**
   * Header of the group column, e.g. “Unit” or “Role”.
   * @default messages.group
   */
  readonly groupHeading?: string | undefined;
  /**
   * Row order; `null` keeps the summary’s order.
   * @default null
   */
  readonly sort?: GroupSummaryTableSort | null | undefined;
  /**
   * BCP 47 locale, for the order of names.
   * @default 'en'
   */
  readonly locale?: string | undefined;
  /** Replacement strings; missing keys fall back to English. */
  readonly messages?: Partial<GroupSummaryTableMessages> | undefined;
}

/** One row of the table: a group × competency cell of the summary. */
export interface SummaryRow {
  /** Index of the group. */
  readonly group: number;
  /** Index of the competency. */
  readonly competency: number;
  /** The summary's cell; `undefined` only for a malformed summary. */
  readonly cell: GroupSummaryCell | undefined;
}

/** A measure of a cell; `null` when the cell is not published or the measure has no value. */
export function measureValue(
  cell: GroupSummaryCell | undefined,
  measure: GroupMeasure,
): number | null {
  if (cell?.status !== 'published') return null;
  switch (measure) {
    case 'count':
      return cell.count;
    case 'mean':
      return cell.mean;
    case 'sd':
      return cell.sd;
    case 'median': {
      const median = cell.quantiles.get(0.5);
      return median === undefined || Number.isNaN(median) ? null : median;
    }
    case 'meanGap':
      return cell.meanGap;
    case 'shareBelowRequired':
      return cell.shareBelowRequired;
    default:
      return measure satisfies never;
  }
}

/**
 * Checks that the summary fits the labels.
 * @throws {RangeError} when `summary` does not have `groups.length × competencies.length` cells,
 *   or `competency` is not one of them.
 */
export function checkShape(content: GroupSummaryContent): void {
  const { summary, groups, competencies, competency = 'all' } = content;
  if (summary.cells.length !== groups.length * competencies.length) {
    throw new RangeError(
      `GroupSummaryTable: summary.cells has ${String(summary.cells.length)} cells, expected ${String(groups.length)} groups × ${String(competencies.length)} competencies`,
    );
  }
  if (
    competency !== 'all' &&
    !(Number.isInteger(competency) && competency >= 0 && competency < competencies.length)
  ) {
    throw new RangeError(
      `GroupSummaryTable: competency is ${String(competency)}, expected 'all' or 0 to ${String(competencies.length - 1)}`,
    );
  }
}

/** The rows to show, in the summary’s order: groups, and within each the competencies. */
export function summaryRows(content: GroupSummaryContent): SummaryRow[] {
  const { summary, groups, competencies, competency = 'all' } = content;
  const count = competencies.length;
  const shown = competency === 'all' ? competencies.map((_, index) => index) : [competency];
  return groups.flatMap((_, group) =>
    shown.map((c) => ({ group, competency: c, cell: summary.cells[group * count + c] })),
  );
}

/** Rows ordered by `sort`: rows without a value (withheld, empty, not set) last, ties as given. */
export function sortRows(
  rows: readonly SummaryRow[],
  sort: GroupSummaryTableSort | null,
  content: Pick<GroupSummaryContent, 'groups' | 'competencies'>,
  collator: Intl.Collator,
): readonly SummaryRow[] {
  if (sort === null) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const indexed = rows.map((row, index) => ({ row, index }));
  const { by } = sort;
  if (by === 'group' || by === 'competency') {
    const names = by === 'group' ? content.groups : content.competencies;
    const nameOf = (row: SummaryRow) => names[by === 'group' ? row.group : row.competency] ?? '';
    indexed.sort(
      (a, b) => sign * collator.compare(nameOf(a.row), nameOf(b.row)) || a.index - b.index,
    );
  } else {
    indexed.sort((a, b) => {
      const x = measureValue(a.row.cell, by);
      const y = measureValue(b.row.cell, by);
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      return x === y ? a.index - b.index : x < y ? -sign : sign;
    });
  }
  return indexed.map(({ row }) => row);
}

/**
 * The order after the reader activates a column's sort button: names sort A to Z first,
 * measures largest first; a second press reverses, a third returns to the summary's order.
 */
export function nextSort(
  sort: GroupSummaryTableSort | null,
  by: GroupSummaryTableSort['by'],
): GroupSummaryTableSort | null {
  const first = by === 'group' || by === 'competency' ? 'ascending' : 'descending';
  if (sort === null || sort.by !== by) return { by, direction: first };
  return sort.direction === first
    ? { by, direction: first === 'ascending' ? 'descending' : 'ascending' }
    : null;
}

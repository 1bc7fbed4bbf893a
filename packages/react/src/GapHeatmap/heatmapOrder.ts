import type { CellView } from './cellViews.js';

/** Which way a sort runs. */
export type SortDirection = 'ascending' | 'descending';

/**
 * Order of the heatmap's rows and columns. Indices are into `units` and `competencies` as given,
 * so a sort stays put when the data is re-ordered. `null` keeps the given order.
 */
export interface GapHeatmapSort {
  /** Rows (units) by unit name, or by their values in one competency's column. */
  readonly rows: {
    readonly by: 'unit' | number;
    readonly direction: SortDirection;
  } | null;
  /** Columns (competencies) by their values in one unit's row. */
  readonly columns: { readonly by: number; readonly direction: SortDirection } | null;
}

/** Rows sorted by unit name or by one competency. */
export type RowSort = NonNullable<GapHeatmapSort['rows']>;
/** Columns sorted by one unit. */
export type ColumnSort = NonNullable<GapHeatmapSort['columns']>;

/** The given order of rows and columns. */
export const unsorted: GapHeatmapSort = { rows: null, columns: null };

/** 0, 1, …, count − 1. */
export function identity(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

/** Where each index stands in `order`: `inverse(order)[order[at]] === at`. */
export function inverse(order: readonly number[]): Int32Array {
  const position = new Int32Array(order.length);
  order.forEach((index, at) => {
    position[index] = at;
  });
  return position;
}

/** First press sorts (`first`), the second reverses, the third restores the given order. */
export function nextSort<K>(
  current: { readonly by: K; readonly direction: SortDirection } | null,
  by: K,
  first: SortDirection,
): { readonly by: K; readonly direction: SortDirection } | null {
  if (current === null || current.by !== by) return { by, direction: first };
  if (current.direction !== first) return null;
  return { by, direction: first === 'ascending' ? 'descending' : 'ascending' };
}

/** Indices 0…count − 1 ordered by value; those without a value last, ties in the given order. */
export function orderByValue(
  count: number,
  valueOf: (index: number) => number | null,
  direction: SortDirection,
): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return identity(count).sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    return x === y ? a - b : x < y ? -sign : sign;
  });
}

/**
 * The sort that applies to data of this shape: a sort by a unit or competency that is not (or
 * no longer) there keeps the given order.
 */
export function applicableSort(
  sort: GapHeatmapSort,
  units: number,
  competencies: number,
): { readonly rows: RowSort | null; readonly columns: ColumnSort | null } {
  const { rows, columns } = sort;
  const rowsApply =
    rows !== null && (rows.by === 'unit' || (rows.by >= 0 && rows.by < competencies));
  const columnsApply = columns !== null && columns.by >= 0 && columns.by < units;
  return { rows: rowsApply ? rows : null, columns: columnsApply ? columns : null };
}

/** The order of the units (rows): as given, by name, or by their values in one competency. */
export function unitOrder(
  rows: RowSort | null,
  units: readonly string[],
  cells: readonly CellView[],
  competencies: number,
  collator: Intl.Collator,
): number[] {
  if (rows === null) return identity(units.length);
  const { by, direction } = rows;
  if (by === 'unit') {
    const sign = direction === 'ascending' ? 1 : -1;
    return identity(units.length).sort(
      (a, b) => sign * collator.compare(units[a] ?? '', units[b] ?? '') || a - b,
    );
  }
  return orderByValue(
    units.length,
    (unit) => cells[unit * competencies + by]?.value ?? null,
    direction,
  );
}

/** The order of the competencies (columns): as given, or by their values in one unit. */
export function competencyOrder(
  columns: ColumnSort | null,
  cells: readonly CellView[],
  competencies: number,
): number[] {
  if (columns === null) return identity(competencies);
  const { by, direction } = columns;
  return orderByValue(
    competencies,
    (competency) => cells[by * competencies + competency]?.value ?? null,
    direction,
  );
}

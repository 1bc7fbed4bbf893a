import { toCsv, type CsvValue } from '@capkit/model/csv';

/** Options of every results export. */
export interface CsvExportOptions {
  /**
   * Start with a UTF-8 byte order mark, so that Excel reads accents and non-Latin scripts.
   * @default true
   */
  readonly byteOrderMark?: boolean;
}

/**
 * A header and its records through capkit's one CSV writer (`@capkit/model/csv`), so that every
 * export guards formulas the same way: text that a spreadsheet could run is quoted, a number
 * (such as −3 in a numeric column) is written as the number it is.
 */
export function csvTable(
  header: readonly string[],
  records: readonly (readonly CsvValue[])[],
  options: CsvExportOptions = {},
): string {
  return toCsv([header, ...records], options);
}

/** `count` empty cells: the figures of a withheld record, which are never written. */
export function blankCells(count: number): CsvValue[] {
  return Array.from({ length: count }, () => '');
}

/** `true` / `false`, as R, pandas and spreadsheets read a logical column. */
export function csvBoolean(value: boolean): string {
  return value ? 'true' : 'false';
}

/** A list inside one cell, space-separated (ids never hold a space). */
export function csvList(values: readonly string[]): string {
  return values.join(' ');
}

/** The label of entry `index`, or the index itself when the caller gave none. */
export function labelOf(labels: readonly string[] | undefined, index: number): CsvValue {
  return labels?.[index] ?? index;
}

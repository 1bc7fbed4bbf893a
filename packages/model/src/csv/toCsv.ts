import { startsLikeFormula } from './formulaGuard.js';

/** A CSV cell: text (guarded against formula injection), a number (written as is), or blank. */
export type CsvValue = string | number | null | undefined;

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark, so that Excel reads accents and non-Latin scripts.
   * @default true
   */
  readonly byteOrderMark?: boolean;
}

/**
 * One field of a CSV record (RFC 4180).
 *
 * Text that a spreadsheet could run as a formula (see {@link startsLikeFormula}: =, +, -, @ or −,
 * in any width, also after leading spaces, NBSP, line breaks, NUL, zero-width spaces or a BOM; or
 * a leading tab or carriage return) gets a single quote in front, so that it shows as text; the
 * text itself is kept as it is. Text that is a plain number, such as `"-3"`, is left alone: it
 * stays a number in the spreadsheet. A field holding a comma, double quote, carriage return or
 * line feed is then enclosed in double quotes, its double quotes doubled.
 *
 * Numbers are written as they are (so −0.5 stays a number); non-finite numbers, `null` and
 * `undefined` are blank.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = startsLikeFormula(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Comma-separated values per RFC 4180: fields escaped by {@link csvField}, records ended by
 * CRLF, with a UTF-8 byte order mark first unless `byteOrderMark` is `false`. Pure: builds the
 * text only; downloading it is the caller’s business.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const { byteOrderMark = true } = options;
  const body = rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
  return byteOrderMark ? `\uFEFF${body}` : body;
}

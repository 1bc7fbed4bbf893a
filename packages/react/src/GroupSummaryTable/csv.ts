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

// A spreadsheet runs a cell starting with one of these as a formula (OWASP, “CSV Injection”).
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * One field of a CSV record (RFC 4180). Text that a spreadsheet would run as a formula — it
 * starts with =, +, -, @, a tab or a carriage return — gets a leading single quote, so that it
 * shows as text; a field holding a comma, double quote, carriage return or line feed is
 * enclosed in double quotes, its double quotes doubled. Numbers are ours, not user text, and
 * are written as they are (so −0.5 stays a number); non-finite numbers and `null` are blank.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = formulaStarts.has(value.charAt(0)) ? `'${value}` : value;
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

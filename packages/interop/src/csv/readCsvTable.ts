import { startsLikeFormula } from '@capkit/model/csv';
import Papa from 'papaparse';
import { interopIssue, type InteropIssue } from '../shared/interopIssue.js';
import { interopLimits } from '../shared/limits.js';
import { decodeCsvBytes, type CsvEncoding } from './decode.js';
import {
  detectDecimalSeparator,
  detectDelimiter,
  detectDialect,
  type CsvDelimiter,
  type CsvDialect,
} from './sniff.js';

/** Caps on a CSV read whole; each defaults to {@link interopLimits}. */
export interface CsvReadLimits {
  /** Bytes of the file (characters when the input is already text). */
  readonly maxBytes?: number;
  /** Data rows, header excluded. */
  readonly maxRows?: number;
  readonly maxColumns?: number;
  /** Characters in one field. */
  readonly maxFieldLength?: number;
}

/** Options of {@link readCsvTable}; every one overrides what would otherwise be detected. */
export interface ReadCsvOptions {
  /** Encoding of byte input; detected from the byte order mark and the bytes when absent. */
  readonly encoding?: CsvEncoding;
  /** Field separator; detected from the first records when absent. */
  readonly delimiter?: CsvDelimiter;
  /** Decimal separator of numeric fields; detected from the data when absent. */
  readonly decimalSeparator?: '.' | ',';
  /** Tool that wrote the export; detected from the headers when absent. */
  readonly dialect?: CsvDialect;
  /**
   * What to do with a field that is `'` followed by formula-like text (`'=SUM(A1)`, `'-3+x`),
   * the way capkit's own CSV writer (`@capkit/model/csv`) and spreadsheets guard formulas:
   * `strip` takes the quote off, so that capkit's export reads back as it was written; `keep`
   * leaves the field as it is. A quote before anything else (`'hello`, `'-3`) is always kept,
   * since no guarding writer puts one there.
   * @default 'strip'
   */
  readonly formulaQuote?: 'strip' | 'keep';
  readonly limits?: CsvReadLimits;
}

/** A CSV file read into memory: its header, its records, and how it was written. */
export interface CsvTable {
  /** The first record, as written (byte order mark removed). */
  readonly headers: readonly string[];
  /**
   * Data records, each exactly `headers.length` fields long: a short record is padded with
   * empty fields and a long one cut, and either is reported in `issues`. Blank records are left
   * out (their row numbers are skipped).
   */
  readonly rows: readonly (readonly string[])[];
  /** Spreadsheet row of each record in `rows` (the header is row 1). */
  readonly rowNumbers: readonly number[];
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  readonly dialect: CsvDialect;
  readonly decimalSeparator: '.' | ',';
  /**
   * Problems found while reading, each with its `row` (and `column` where it applies): ragged
   * records, broken quotes, duplicate or empty headers, caps exceeded. Issues on row 1, or
   * without a row (`csv.tooLarge`, `csv.tooManyRows`), concern the whole file.
   */
  readonly issues: readonly InteropIssue[];
}

// Fields looked at to decide the decimal separator.
const decimalSampleFields = 20_000;

/**
 * Reads a whole CSV file (RFC 4180, through papaparse) into a header and records of text
 * fields: decodes bytes (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252), detects the
 * delimiter, the survey tool and the decimal separator unless given, and reports every problem
 * as a located {@link InteropIssue} instead of throwing. Values are not interpreted here; the
 * importers do that through a column mapping.
 */
export function readCsvTable(input: string | Uint8Array, options: ReadCsvOptions = {}): CsvTable {
  const limits = { ...interopLimits, ...options.limits };
  const issues: InteropIssue[] = [];
  const size = typeof input === 'string' ? input.length : input.byteLength;
  const decoded =
    typeof input === 'string'
      ? { text: input.startsWith('\uFEFF') ? input.slice(1) : input, encoding: 'utf-8' as const }
      : size > limits.maxBytes
        ? { text: '', encoding: options.encoding ?? ('utf-8' as const) }
        : decodeCsvBytes(input, options.encoding);
  const encoding = options.encoding ?? decoded.encoding;
  if (size > limits.maxBytes) {
    issues.push(
      interopIssue(
        {},
        'csv.tooLarge',
        `The file is ${size} ${typeof input === 'string' ? 'characters' : 'bytes'}, above the limit of ${limits.maxBytes}`,
      ),
    );
    return emptyTable(encoding, options, issues);
  }
  const text = decoded.text;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    // One record past the cap, to know that the cap was exceeded.
    preview: limits.maxRows + 2,
  });
  const records = parsed.data;
  const rawHeaders = records[0] ?? [];
  if (records.length === 0 || (rawHeaders.length === 1 && rawHeaders[0] === '')) {
    issues.push(interopIssue({ row: 1 }, 'csv.noHeader', 'The file has no header row'));
    return emptyTable(encoding, options, issues, delimiter);
  }
  const strip = (options.formulaQuote ?? 'strip') === 'strip';
  const unquote = (field: string) =>
    strip && field.startsWith("'") && startsLikeFormula(field.slice(1)) ? field.slice(1) : field;
  const headers = trimTrailingBlankColumns(rawHeaders, records).map(unquote);
  if (headers.length > limits.maxColumns) {
    issues.push(
      interopIssue(
        { row: 1 },
        'csv.tooManyColumns',
        `The header has ${headers.length} columns, above the limit of ${limits.maxColumns}`,
      ),
    );
    return emptyTable(encoding, options, issues, delimiter);
  }
  checkHeaders(headers, issues);
  // A broken quote also breaks the field count of its record: report the cause only.
  const quoteErrorRows = new Set<number>();
  for (const error of parsed.errors) {
    const row = (error.row ?? 0) + 1;
    const record = records[error.row ?? 0] ?? [];
    const column = lastFieldHeader(headers, record.length);
    const code = error.code === 'MissingQuotes' ? 'csv.unterminatedQuote' : 'csv.invalidQuote';
    const message =
      error.code === 'MissingQuotes'
        ? 'A quoted field is never closed: the rest of the file was read into it'
        : `A quoted field is malformed (${error.message})`;
    if (error.type !== 'Quotes' || quoteErrorRows.has(row)) continue;
    quoteErrorRows.add(row);
    issues.push(interopIssue({ row, column }, code, message));
  }

  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let index = 1; index < records.length; index += 1) {
    const record = records[index] ?? [];
    const row = index + 1;
    // A blank record is skipped, but not one with a broken quote (a lone `"` reads as blank):
    // its issue must belong to a row the import then rejects, not vanish with it.
    if (record.every((field) => field === '') && !quoteErrorRows.has(row)) continue;
    if (rows.length === limits.maxRows) {
      issues.push(
        // The whole file's problem, not row N's: importing the rows before the cap would be
        // a partial import.
        interopIssue(
          {},
          'csv.tooManyRows',
          `The file has more than ${limits.maxRows} data rows; it was read up to row ${row - 1}`,
        ),
      );
      break;
    }
    if (
      record.length !== headers.length &&
      !extraFieldsBlank(record, headers.length) &&
      !quoteErrorRows.has(row)
    ) {
      const column = lastFieldHeader(headers, record.length);
      issues.push(
        interopIssue(
          { row, column },
          'csv.raggedRow',
          `The row has ${record.length} fields where the header has ${headers.length}`,
        ),
      );
    }
    const fields = headers.map((header, column) => {
      const field = record[column] ?? '';
      if (field.length > limits.maxFieldLength)
        issues.push(
          interopIssue(
            { row, column: header },
            'csv.fieldTooLong',
            `The field is ${field.length} characters long, above the limit of ${limits.maxFieldLength}`,
          ),
        );
      return unquote(field);
    });
    rows.push(fields);
    rowNumbers.push(row);
  }
  return {
    headers,
    rows,
    rowNumbers,
    encoding,
    delimiter,
    dialect: options.dialect ?? detectDialect(headers),
    decimalSeparator: options.decimalSeparator ?? detectDecimalSeparator(sampleFields(rows)),
    issues,
  };
}

// The header of a record's last field: where a broken quote or a ragged record ends.
function lastFieldHeader(headers: readonly string[], fields: number): string {
  return headers[Math.max(0, Math.min(fields, headers.length) - 1)] ?? '';
}

function emptyTable(
  encoding: CsvEncoding,
  options: ReadCsvOptions,
  issues: InteropIssue[],
  delimiter: CsvDelimiter = options.delimiter ?? ',',
): CsvTable {
  return {
    headers: [],
    rows: [],
    rowNumbers: [],
    encoding,
    delimiter,
    dialect: options.dialect ?? 'generic',
    decimalSeparator: options.decimalSeparator ?? '.',
    issues,
  };
}

// Excel writes empty trailing header cells for columns that once held something; when no record
// has data there, they are an artefact of the spreadsheet, not columns.
function trimTrailingBlankColumns(
  headers: readonly string[],
  records: readonly (readonly string[])[],
): string[] {
  let end = headers.length;
  while (end > 1 && headers[end - 1] === '') {
    const column = end - 1;
    if (records.some((record) => (record[column] ?? '') !== '')) break;
    end -= 1;
  }
  return headers.slice(0, end);
}

// A record longer than the header only by empty fields (Excel's trailing separators) is not ragged.
function extraFieldsBlank(record: readonly string[], width: number): boolean {
  return record.length > width && record.slice(width).every((field) => field === '');
}

function checkHeaders(headers: readonly string[], issues: InteropIssue[]): void {
  const seen = new Map<string, number>();
  headers.forEach((header, index) => {
    if (header.trim() === '') {
      issues.push(
        interopIssue(
          { row: 1, column: header, path: [index] },
          'csv.emptyHeader',
          `Column ${index + 1} has no header`,
        ),
      );
      return;
    }
    const first = seen.get(header);
    if (first === undefined) seen.set(header, index);
    else
      issues.push(
        interopIssue(
          { row: 1, column: header, path: [index] },
          'csv.duplicateHeader',
          `Columns ${first + 1} and ${index + 1} have the same header`,
        ),
      );
  });
}

function* sampleFields(rows: readonly (readonly string[])[]): Generator<string> {
  let count = 0;
  for (const row of rows)
    for (const field of row) {
      if (count >= decimalSampleFields) return;
      count += 1;
      yield field;
    }
}

import { interopIssue, type InteropIssue } from '../../shared/interopIssue.js';
import type { CsvCellSink } from './byteScanner.js';
import {
  ignoreColumn,
  matrixRating,
  pairedRating,
  respondentIdColumn,
  type ColumnPlan,
} from './columnPlan.js';
import { GrowableBytes } from './growableBytes.js';
import { RespondentIndex } from './respondentIndex.js';
import {
  emptyCell,
  notANumber,
  notAWholeNumber,
  outsideByteRange,
  parseRatingCell,
} from './ratingCell.js';

/** Byte of a missing rating, as `@capkit/scoring`'s `MISSING` (not imported: scoring is optional). */
export const missingRating = 255;

/** Turns a cell's bytes into text in the file's encoding. */
export type CellDecoder = (bytes: Uint8Array) => string;

/** How the builder reads and checks cells. */
export interface MatrixBuilderSettings {
  readonly decodeText: CellDecoder;
  readonly decimalSeparator: number;
  readonly scale: { readonly min: number; readonly max: number };
  /** Texts meaning "skipped" or "not applicable": stored as missing. */
  readonly missingTexts: ReadonlySet<string>;
  /** Matrix columns: the length of `itemOrder`. */
  readonly items: number;
  readonly maxIssues: number;
  /** Called with the header once read; returns the plan, or issues that stop the import. */
  readonly planFor: (headers: readonly string[]) => {
    plan: ColumnPlan;
    issues: readonly InteropIssue[];
  };
}

/**
 * The scanner's sink: writes each rating cell straight into the matrix's byte array, checks rows
 * (numbers, range, ragged rows, duplicate people) and collects located issues. Nothing per row is
 * allocated but the respondent's id.
 */
export class MatrixBuilder implements CsvCellSink {
  readonly #settings: MatrixBuilderSettings;
  readonly #headerCells: string[] = [];
  #plan: ColumnPlan | undefined;
  #columns = 0;
  #items = 0;
  #kind: Uint8Array = new Uint8Array(0);
  #item: Int32Array = new Int32Array(0);
  #matrix: GrowableBytes | undefined;
  #paired: GrowableBytes | undefined;
  // Where the current row starts in the arrays, and the arrays to write it into.
  #rowOffset = 0;
  #matrixBytes: Uint8Array = new Uint8Array(0);
  #pairedBytes: Uint8Array = new Uint8Array(0);
  #column = 0;
  #record = 0;
  #rowBad = false;
  #firstCellEmpty = false;
  #pendingId = '';
  readonly respondentIds: string[] = [];
  readonly #seen = new RespondentIndex(this.respondentIds);
  // Spreadsheet rows not imported (rejected or empty), ascending: respondent i's row is i + 2
  // plus those before it. Kept instead of a row per respondent (4 MB at 1M rows); it holds at
  // most maxIssues rejected rows, and empty lines, which exports have at most one of.
  readonly #rowsSkipped: number[] = [];
  readonly issues: InteropIssue[] = [];
  /** Data rows read (empty lines excluded), imported, and rejected. */
  rowsRead = 0;
  rowsImported = 0;
  rowsRejected = 0;
  /** Set when reading should stop: the header is unusable, or `maxIssues` was reached. */
  stopped = false;

  constructor(settings: MatrixBuilderSettings) {
    this.#settings = settings;
  }

  /** The plan made from the header, once the header was read. */
  get plan(): ColumnPlan | undefined {
    return this.#plan;
  }

  cell(bytes: Uint8Array, start: number, end: number): void {
    if (this.stopped) return;
    const column = this.#column;
    this.#column = column + 1;
    if (this.#plan === undefined) {
      this.#headerCells.push(this.#settings.decodeText(bytes.subarray(start, end)));
      return;
    }
    if (column === 0) this.#startRow(start === end);
    if (column >= this.#columns) return;
    const kind = this.#kind[column] ?? ignoreColumn;
    if (kind === ignoreColumn) return;
    if (kind === respondentIdColumn) {
      this.#pendingId = this.#settings.decodeText(bytes.subarray(start, end)).trim();
      return;
    }
    let value = parseRatingCell(bytes, start, end, this.#settings.decimalSeparator);
    if (value < 0 || value < this.#settings.scale.min || value > this.#settings.scale.max) {
      value = this.#badRating(value, bytes.subarray(start, end), column);
      if (value < 0) return;
    }
    const target = kind === matrixRating ? this.#matrixBytes : this.#pairedBytes;
    target[this.#rowOffset + (this.#item[column] ?? 0)] = value;
  }

  malformedQuote(kind: 'textAfterClosingQuote' | 'unclosedQuote'): void {
    this.#issue(
      this.#column,
      kind === 'unclosedQuote' ? 'csv.unterminatedQuote' : 'csv.invalidQuote',
      kind === 'unclosedQuote'
        ? 'a quoted cell is never closed: the file ends inside quotes'
        : 'text follows the closing quote of a quoted cell (a quote inside a cell must be doubled: "")',
    );
  }

  endRecord(): void {
    if (this.stopped) return;
    const cells = this.#column;
    this.#column = 0;
    if (this.#plan === undefined) this.#readHeader();
    else this.#endRow(this.#plan, cells);
    this.#record += 1;
  }

  #endRow(plan: ColumnPlan, cells: number): void {
    if (cells === 1 && this.#firstCellEmpty && this.#columns !== 1) {
      // An empty line: not a respondent.
      this.#rollBackRow();
      this.#rowsSkipped.push(this.#record + 1);
      this.#rowBad = false;
      return;
    }
    this.rowsRead += 1;
    if (cells !== this.#columns) {
      this.#issue(
        cells > this.#columns ? undefined : cells,
        'csv.raggedRow',
        `the row has ${cells} cells but the header has ${this.#columns}`,
      );
    }
    let id = this.#pendingId;
    this.#pendingId = '';
    if (!plan.hasRespondentId) id = String(this.#record + 1);
    else if (id === '') {
      this.#issue(this.#idColumn(), 'csv.missingRespondentId', 'the respondent id is empty');
    } else if (!this.#rowBad) {
      const first = this.#seen.find(id);
      if (first >= 0) {
        this.#issue(
          this.#idColumn(),
          'csv.duplicateRespondent',
          `respondent "${id}" is already in row ${this.#rowOfRespondent(first)}: each person counts once`,
        );
      }
    }
    if (this.#rowBad) {
      this.rowsRejected += 1;
      this.#rollBackRow();
      this.#rowsSkipped.push(this.#record + 1);
      this.#rowBad = false;
      return;
    }
    this.respondentIds.push(id);
    if (plan.hasRespondentId) this.#seen.add(this.respondentIds.length - 1);
    this.rowsImported += 1;
  }

  /** The matrix and the paired array, trimmed to the rows imported. */
  finish(): { items: number; matrix: Uint8Array; paired: Uint8Array | undefined } {
    return {
      items: this.#items,
      matrix: this.#matrix?.finish() ?? new Uint8Array(0),
      paired: this.#paired?.finish(),
    };
  }

  #readHeader(): void {
    const { plan, issues } = this.#settings.planFor(this.#headerCells);
    this.issues.push(...issues);
    if (issues.length > 0) {
      this.stopped = true;
      return;
    }
    this.#plan = plan;
    this.#columns = plan.headers.length;
    this.#kind = plan.kind;
    this.#item = plan.item;
    this.#items = this.#settings.items;
    const initial = 1024 * Math.max(1, this.#items);
    this.#matrix = new GrowableBytes(initial);
    if (plan.kind.includes(pairedRating)) this.#paired = new GrowableBytes(initial);
  }

  #startRow(firstCellEmpty: boolean): void {
    this.#firstCellEmpty = firstCellEmpty;
    const items = this.#items;
    if (this.#matrix === undefined) return;
    this.#rowOffset = this.#matrix.length;
    this.#matrixBytes = this.#matrix.extend(items, missingRating);
    if (this.#paired !== undefined) this.#pairedBytes = this.#paired.extend(items, missingRating);
  }

  #rowOfRespondent(index: number): number {
    let row = index + 2;
    for (const skipped of this.#rowsSkipped) if (skipped <= row) row += 1;
    return row;
  }

  #rollBackRow(): void {
    this.#matrix?.shrink(this.#items);
    this.#paired?.shrink(this.#items);
  }

  // Texts the mapping declares as missing become MISSING; anything else is an issue.
  #badRating(code: number, bytes: Uint8Array, column: number): number {
    const { missingTexts, scale } = this.#settings;
    if (code === emptyCell) return -1;
    if (missingTexts.size > 0 && missingTexts.has(this.#settings.decodeText(bytes).trim()))
      return -1;
    const shown = JSON.stringify(this.#settings.decodeText(bytes));
    const range = `${scale.min} to ${scale.max}`;
    switch (code) {
      case notANumber:
        this.#issue(
          column,
          'csv.notANumber',
          `${shown} is not a number (ratings run from ${range})`,
        );
        break;
      case notAWholeNumber:
        this.#issue(
          column,
          'csv.notAWholeNumber',
          `${shown} is not a whole number (ratings run from ${range})`,
        );
        break;
      case outsideByteRange:
      default:
        this.#issue(column, 'csv.outOfRange', `${shown} is outside the scale's range, ${range}`);
    }
    return -1;
  }

  #idColumn(): number {
    return this.#kind.indexOf(respondentIdColumn);
  }

  #issue(column: number | undefined, code: string, message: string): void {
    this.#rowBad = true;
    if (this.stopped) return;
    const header = column === undefined ? undefined : this.#plan?.headers[column];
    const row = this.#record + 1;
    this.issues.push(
      interopIssue(
        {
          row,
          ...(header === undefined ? {} : { column: header }),
          path: ['rows', row - 2, ...(header === undefined ? [] : [header])],
        },
        code,
        message,
      ),
    );
    if (this.issues.length >= this.#settings.maxIssues) {
      this.stopped = true;
      this.issues.push(
        interopIssue(
          { row },
          'import.tooManyIssues',
          `reading stopped at row ${row} after ${this.#settings.maxIssues} issues (maxIssues); the rest of the file was not checked`,
        ),
      );
    }
  }
}

import type { ImportMode, ImportResult } from '../../shared/importMode.js';
import { interopIssue, type InteropIssue } from '../../shared/interopIssue.js';
import { interopLimits } from '../../shared/limits.js';
import type { CsvTable } from '../readCsvTable.js';

/** Options every CSV importer takes. */
export interface CsvImportOptions {
  /**
   * `allOrNothing` imports nothing if any row is bad; `goodRows` imports the rows that passed
   * and reports the others.
   * @default 'allOrNothing'
   */
  readonly mode?: ImportMode;
  /**
   * Issues listed before the importer stops listing (it still rejects every bad row, and ends
   * the list with one issue counting the rest).
   * @default interopLimits.maxIssues (1000)
   */
  readonly maxIssues?: number;
}

/**
 * The problems of one import, by row. An issue on row 2 or below rejects that row; an issue
 * without a row or on the header (row 1) rejects the whole file, whatever the mode.
 */
export class ImportIssues {
  private readonly listed: InteropIssue[] = [];
  private omitted = 0;
  private readonly rejected = new Set<number>();
  private fileLevel = false;
  private readonly maxIssues: number;

  constructor(maxIssues: number = interopLimits.maxIssues) {
    // A bad cap from the caller still lists one issue, so that a failure is never silent.
    this.maxIssues = maxIssues >= 1 ? Math.floor(maxIssues) : 1;
  }

  /** Records a problem and rejects its row (or the file). */
  add(issue: InteropIssue): void {
    if (issue.row === undefined || issue.row < 2) this.fileLevel = true;
    else this.rejected.add(issue.row);
    if (this.listed.length < this.maxIssues) this.listed.push(issue);
    else this.omitted += 1;
  }

  /** Whether `row` has a problem. */
  isRejected(row: number): boolean {
    return this.rejected.has(row);
  }

  /** Whether the file as a whole cannot be imported. */
  get fileFailed(): boolean {
    return this.fileLevel;
  }

  /** Problems found so far, listed or not. */
  get count(): number {
    return this.listed.length + this.omitted;
  }

  /** The listed issues, then one counting those past `maxIssues`. */
  list(): InteropIssue[] {
    if (this.omitted === 0) return [...this.listed];
    return [
      ...this.listed,
      interopIssue(
        {},
        'import.tooManyIssues',
        `${this.omitted} more issue${this.omitted === 1 ? '' : 's'} not listed`,
      ),
    ];
  }
}

/** Starts an import's issue list with the problems the reader found. */
export function startImport(table: CsvTable, options: CsvImportOptions = {}): ImportIssues {
  const issues = new ImportIssues(options.maxIssues);
  for (const issue of table.issues) issues.add(issue);
  return issues;
}

/** One document built from one or more rows (a long-layout response spans several). */
export interface RowsEntry<T> {
  readonly rows: readonly number[];
  readonly value: T;
}

/**
 * Ends an import by the caller's mode, so that no importer can drop a bad row silently: in
 * `allOrNothing` any issue fails the whole import; in `goodRows` an entry is kept only if none
 * of its rows has an issue, and a good row left out because a sibling row of its entry is bad
 * gets an issue saying so. A file-level issue fails the import in both modes.
 */
export function finishImport<T>(
  issues: ImportIssues,
  rowsRead: number,
  entries: readonly RowsEntry<T>[],
  mode: ImportMode = 'allOrNothing',
): ImportResult<T[]> {
  if (issues.fileFailed || (mode === 'allOrNothing' && issues.count > 0))
    return { success: false, issues: issues.list(), rowsRead };
  const data: T[] = [];
  let rowsImported = 0;
  for (const entry of entries) {
    const bad = entry.rows.filter((row) => issues.isRejected(row));
    if (bad.length === 0) {
      data.push(entry.value);
      rowsImported += entry.rows.length;
      continue;
    }
    for (const row of entry.rows)
      if (!issues.isRejected(row))
        issues.add(
          interopIssue(
            { row },
            'import.siblingRowRejected',
            `Left out with row${bad.length === 1 ? '' : 's'} ${bad.join(', ')}, which belong${bad.length === 1 ? 's' : ''} to the same record and ha${bad.length === 1 ? 's' : 've'} problems`,
          ),
        );
  }
  return {
    success: true,
    data,
    rowsRead,
    rowsImported,
    rowsRejected: rowsRead - rowsImported,
    issues: issues.list(),
  };
}

/** A key that must be unique in a file, and where it was read. */
export interface KeyedRow {
  readonly key: string;
  readonly row: number;
}

/**
 * Reports every key met on more than one row, on each of those rows, naming the others (the
 * same person twice is one person with two conflicting records, not two people): every such
 * row is rejected, since the file does not say which one is right.
 */
export function reportDuplicates(
  keyed: readonly KeyedRow[],
  issues: ImportIssues,
  where: {
    readonly column?: string;
    readonly code: string;
    readonly describe: (key: string) => string;
  },
): void {
  const rowsByKey = new Map<string, number[]>();
  for (const { key, row } of keyed) {
    const rows = rowsByKey.get(key);
    if (rows === undefined) rowsByKey.set(key, [row]);
    else rows.push(row);
  }
  for (const [key, rows] of rowsByKey) {
    if (rows.length < 2) continue;
    const list = `${rows.slice(0, -1).join(', ')} and ${rows.at(-1) ?? ''}`;
    for (const row of rows)
      issues.add(
        interopIssue(
          where.column === undefined ? { row } : { row, column: where.column },
          where.code,
          `${where.describe(key)} appears in rows ${list}: keep one of them`,
        ),
      );
  }
}

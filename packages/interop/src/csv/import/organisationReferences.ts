// What the organisation and framework importers share once rows are read: candidates keyed by
// id, duplicates, references between rows (and tables), and — in `goodRows` mode — leaving out
// a row whose reference is a row left out, so that no import keeps a dangling reference.
import { interopIssue } from '../../shared/interopIssue.js';
import { at, inTable } from './organisationColumns.js';
import { ImportIssues, reportDuplicates, type KeyedRow } from './shared.js';

/** A reference from a row to an entry of a table (its own or another). */
export interface RowReference {
  readonly table: string;
  readonly key: string;
  /** Field and header of the referring cell. */
  readonly field: string;
  readonly column?: string | undefined;
}

/** A record read from one or more rows, with its key and its references. */
export interface Candidate<T> {
  readonly rows: readonly number[];
  readonly key: string;
  readonly value: T;
  readonly references: readonly RowReference[];
}

/** A table being imported: its candidates and its issues. */
export interface CandidateTable<T = unknown> {
  readonly name: string;
  readonly candidates: readonly Candidate<T>[];
  readonly issues: ImportIssues;
  /**
   * The key of every row that has one, kept or not, so that a reference to a bad row is
   * reported as left out with it rather than as unknown.
   */
  readonly keyed?: readonly KeyedRow[];
}

function rowsByKey(table: CandidateTable): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const { key, row } of table.keyed ?? []) rows.set(key, [...(rows.get(key) ?? []), row]);
  for (const candidate of table.candidates)
    if (!rows.has(candidate.key)) rows.set(candidate.key, [...candidate.rows]);
  return rows;
}

function rejected(table: CandidateTable, candidate: Candidate<unknown>): boolean {
  return candidate.rows.some((row) => table.issues.isRejected(row));
}

/**
 * Reports references that resolve to no row of the referenced table (nor to `existing`, keys the
 * caller already holds). A reference to a table that was not given is not checked.
 */
export function reportUnresolved(
  tables: readonly CandidateTable[],
  existing: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): void {
  const keys = new Map(
    tables.map((table) => [table.name, new Set(table.candidates.map((c) => c.key))]),
  );
  for (const table of tables)
    for (const candidate of table.candidates)
      for (const reference of candidate.references) {
        const inFile = keys.get(reference.table);
        const known = existing.get(reference.table);
        if (inFile === undefined && known === undefined) continue;
        if (inFile?.has(reference.key) === true || known?.has(reference.key) === true) continue;
        table.issues.add(
          interopIssue(
            at(candidate.rows[0] ?? 0, reference.column, [table.name, reference.field]),
            'import.unknownReference',
            `${reference.field} ${JSON.stringify(reference.key)} is not in ${reference.table}`,
          ),
        );
      }
}

/**
 * In `goodRows` mode: leaves out every row whose reference points only at rows left out (a unit
 * whose parent is bad, a membership of a bad person), repeatedly, each with an issue naming the
 * row it followed, until every kept row refers only to kept rows or to `existing`.
 */
export function rejectDependents(
  tables: readonly CandidateTable[],
  existing: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): void {
  const byKey = new Map(tables.map((table) => [table.name, rowsByKey(table)]));
  for (let changed = true; changed;) {
    changed = false;
    const kept = new Map(
      tables.map((table) => [
        table.name,
        new Set(table.candidates.filter((c) => !rejected(table, c)).map((c) => c.key)),
      ]),
    );
    for (const table of tables)
      for (const candidate of table.candidates) {
        if (rejected(table, candidate)) continue;
        for (const reference of candidate.references) {
          if (existing.get(reference.table)?.has(reference.key) === true) continue;
          if (kept.get(reference.table)?.has(reference.key) === true) continue;
          const left = byKey.get(reference.table)?.get(reference.key);
          if (left === undefined) continue;
          for (const row of candidate.rows)
            table.issues.add(
              interopIssue(
                at(row, reference.column, [table.name, reference.field]),
                'import.referenceLeftOut',
                `Left out because ${reference.field} ${JSON.stringify(reference.key)} is in ${reference.table} row ${left.join(', ')}, which was left out`,
              ),
            );
          changed = true;
          break;
        }
      }
  }
}

/** The candidates none of whose rows has an issue. */
export function keptCandidates<T>(table: CandidateTable<T>): Candidate<T>[] {
  return table.candidates.filter((candidate) => !rejected(table, candidate));
}

/**
 * `reportDuplicates` (shared.ts) for one table of several: each issue gets the table's name
 * first in its path, so that issues of several files stay apart.
 */
export function reportTableDuplicates(
  table: string,
  keyed: readonly KeyedRow[],
  issues: ImportIssues,
  where: Parameters<typeof reportDuplicates>[2],
): void {
  const found = new ImportIssues(Number.MAX_SAFE_INTEGER);
  reportDuplicates(keyed, found, where);
  for (const issue of found.list()) issues.add(inTable(table, issue));
}

import type { ColumnMapping } from '../columnMapping.js';
import { interopIssue, type InteropIssue } from '../../shared/interopIssue.js';

/** What the matrix builder does with one column of the file. */
export const ignoreColumn = 0;
/** A rating into the matrix. */
export const matrixRating = 1;
/** The other rating of a paired item, into the second array. */
export const pairedRating = 2;
/** The respondent's id. */
export const respondentIdColumn = 3;

/** Per column of the file, what to do with its cells; typed arrays keep the per-cell lookup cheap. */
export interface ColumnPlan {
  readonly headers: readonly string[];
  readonly kind: Uint8Array;
  /** Matrix column (index in `itemOrder`) of a rating column. */
  readonly item: Int32Array;
  readonly hasRespondentId: boolean;
}

/** Which part of a paired item goes into the matrix; the other goes to `paired` or nowhere. */
export type MatrixPart = 'performance' | 'importance';

/**
 * Matches a saved mapping to the headers a file actually has. Every mapped header must be in the
 * file once (a renamed question must not silently become "all missing"); headers the mapping
 * does not name are left out, as a mapping saved last month must still read this month's
 * export with one more question.
 */
export function planColumns(
  headers: readonly string[],
  mapping: ColumnMapping,
  itemOrder: readonly string[],
  matrixPart: MatrixPart,
  keepPaired: boolean,
): { plan: ColumnPlan; issues: readonly InteropIssue[] } {
  const issues: InteropIssue[] = [];
  const kind = new Uint8Array(headers.length);
  const item = new Int32Array(headers.length).fill(-1);
  const itemIndex = new Map(itemOrder.map((id, index) => [id, index]));
  const positions = new Map<string, number[]>();
  headers.forEach((header, index) => {
    const list = positions.get(header);
    if (list === undefined) positions.set(header, [index]);
    else list.push(index);
  });
  const targets = new Map<string, number>();
  let hasRespondentId = false;
  mapping.columns.forEach((column, c) => {
    const { to } = column;
    if (to.kind === 'ignore') return;
    if (to.kind === 'field' && to.field !== 'respondentId') return;
    const where = { row: 1, column: column.header, path: ['mapping', 'columns', c] };
    const found = positions.get(column.header) ?? [];
    const position = found[0];
    if (position === undefined) {
      issues.push(
        interopIssue(
          where,
          'csv.missingColumn',
          'the mapping names this column but the file has no such header',
        ),
      );
      return;
    }
    if (found.length > 1) {
      issues.push(
        interopIssue(
          where,
          'csv.duplicateHeader',
          `the file has ${found.length} columns with this header, so which one is meant is unclear`,
        ),
      );
      return;
    }
    if (to.kind === 'field') {
      kind[position] = respondentIdColumn;
      hasRespondentId = true;
      return;
    }
    const index = itemIndex.get(to.itemId);
    if (index === undefined) {
      issues.push(
        interopIssue(
          { ...where, path: [...where.path, 'to', 'itemId'] },
          'csv.unknownItem',
          `item "${to.itemId}" is not in itemOrder`,
        ),
      );
      return;
    }
    const side = to.part === 'value' ? matrixPart : to.part;
    const key = `${to.itemId}\u0000${side}`;
    const earlier = targets.get(key);
    if (earlier !== undefined) {
      issues.push(
        interopIssue(
          where,
          'csv.duplicateTarget',
          `column ${JSON.stringify(mapping.columns[earlier]?.header)} already holds this rating of item "${to.itemId}"`,
        ),
      );
      return;
    }
    targets.set(key, c);
    if (side === matrixPart) kind[position] = matrixRating;
    else if (keepPaired) kind[position] = pairedRating;
    else return;
    item[position] = index;
  });
  if (
    mapping.columns.filter(
      (column) => column.to.kind === 'field' && column.to.field === 'respondentId',
    ).length > 1
  ) {
    issues.push(
      interopIssue(
        { row: 1, path: ['mapping', 'columns'] },
        'csv.duplicateTarget',
        'more than one column is mapped to respondentId',
      ),
    );
  }
  return { plan: { headers, kind, item, hasRespondentId }, issues };
}

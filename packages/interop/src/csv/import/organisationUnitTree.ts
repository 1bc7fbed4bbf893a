// Units nest: parents given by code become parent ids, and no unit may be its own ancestor.
import { interopIssue } from '../../shared/interopIssue.js';
import { at, type TableColumns } from './organisationColumns.js';
import type { Candidate } from './organisationReferences.js';
import type { UnitRow } from './organisationUnits.js';
import type { ImportIssues, KeyedRow } from './shared.js';

/**
 * Turns each parent given by code into its parent id (a reference to check like any other);
 * a code no unit has is an error, a code of a unit left out leaves its children out with it.
 */
export function withParentsByCode(
  candidates: readonly Candidate<UnitRow>[],
  codes: readonly KeyedRow[],
  columns: TableColumns,
  issues: ImportIssues,
): Candidate<UnitRow>[] {
  const idOfCode = new Map<string, string>();
  for (const candidate of candidates) {
    const code = candidate.value.unit.code?.trim();
    if (code !== undefined && !idOfCode.has(code)) idOfCode.set(code, candidate.key);
  }
  const column = columns.headerOf.get('parentCode');
  const rowsOfCode = new Map<string, number[]>();
  for (const { key, row } of codes) rowsOfCode.set(key, [...(rowsOfCode.get(key) ?? []), row]);
  return candidates.flatMap((candidate) => {
    const code = candidate.value.parentCode;
    if (code === undefined) return [candidate];
    const parentId = idOfCode.get(code);
    const row = candidate.rows[0] ?? 0;
    const badRows = rowsOfCode.get(code) ?? [];
    if (parentId === undefined && badRows.length > 0) {
      issues.add(
        interopIssue(
          at(row, column, ['units', 'parentCode']),
          'import.referenceLeftOut',
          `Left out because the unit with code ${JSON.stringify(code)} (row ${badRows.join(', ')}) was left out`,
        ),
      );
      return [];
    }
    if (parentId === undefined) {
      issues.add(
        interopIssue(
          at(row, column, ['units', 'parentCode']),
          'import.unknownReference',
          `No unit has the code ${JSON.stringify(code)}`,
        ),
      );
      return [];
    }
    return [
      {
        ...candidate,
        value: { unit: { ...candidate.value.unit, parentId } },
        references: [{ table: 'units', key: parentId, field: 'parentCode', column }],
      },
    ];
  });
}

/** Reports each unit on a cycle of parents once: a unit may not be its own ancestor. */
export function reportCycles(
  candidates: readonly Candidate<UnitRow>[],
  issues: ImportIssues,
  columns: TableColumns,
): void {
  const parentOf = new Map(candidates.map((c) => [c.key, c.value.unit.parentId]));
  const rowOf = new Map(candidates.map((c) => [c.key, c.rows[0] ?? 0]));
  const reported = new Set<string>();
  for (const start of parentOf.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    for (
      let id: string | undefined = start;
      id !== undefined && !reported.has(id);
      id = parentOf.get(id)
    ) {
      if (onPath.has(id)) {
        const cycle = path.slice(path.indexOf(id));
        for (const unit of cycle) {
          reported.add(unit);
          issues.add(
            interopIssue(
              at(
                rowOf.get(unit) ?? 0,
                columns.headerOf.get('parentId') ?? columns.headerOf.get('parentCode'),
                ['units', 'parentId'],
              ),
              'import.unitCycle',
              `Unit ${JSON.stringify(unit)} is its own ancestor (${[...cycle, id].join(' → ')})`,
            ),
          );
        }
        break;
      }
      onPath.add(id);
      path.push(id);
    }
    for (const id of path) reported.add(id);
  }
}

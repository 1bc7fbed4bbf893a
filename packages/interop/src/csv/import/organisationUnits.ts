import { orgUnitSchema, type OrgUnit } from '@capkit/model';
import type { CsvTable } from '../readCsvTable.js';
import {
  cellIssue,
  cellText,
  checkShape,
  idCell,
  localizedCells,
  textFieldOf,
  type FieldRules,
  type RecordCells,
  type TableColumns,
} from './organisationColumns.js';
import type { Candidate } from './organisationReferences.js';
import type { ImportIssues, KeyedRow } from './shared.js';

/**
 * Fields of a units table: `id`, `code`, `name.<lang>` (one column per language), and the
 * parent by id (`parentId`) or by code (`parentCode`).
 */
export const unitFields: FieldRules = {
  target: 'units',
  fields: ['id', 'code', 'parentId', 'parentCode'],
  prefixes: ['name.'],
  required: ['id'],
};

/** A unit read from a row, its parent still to be found when given by code. */
export interface UnitRow {
  readonly unit: OrgUnit;
  readonly parentCode?: string;
}

/** Reads each record of a units table; parents by code are resolved by the caller. */
export function readUnitRows(
  table: CsvTable,
  columns: TableColumns,
  issues: ImportIssues,
): { candidates: Candidate<UnitRow>[]; keyed: KeyedRow[]; codes: KeyedRow[] } {
  const candidates: Candidate<UnitRow>[] = [];
  const keyed: KeyedRow[] = [];
  const codes: KeyedRow[] = [];
  table.rows.forEach((fields, index) => {
    const record: RecordCells = {
      table: 'units',
      row: table.rowNumbers[index] ?? 0,
      fields,
      columns,
      issues,
    };
    const id = idCell(record, 'id', true);
    const code = cellText(record, 'code');
    if (id !== undefined) keyed.push({ key: id, row: record.row });
    if (code !== undefined) codes.push({ key: code.trim(), row: record.row });
    const name = localizedCells(record, 'name.');
    const parentId = idCell(record, 'parentId');
    const parentCode = cellText(record, 'parentCode');
    if (parentId !== undefined && parentCode !== undefined) {
      cellIssue(
        record,
        'parentCode',
        'import.twoParents',
        'Give the parent by id or by code, not both',
      );
      return;
    }
    const unit = {
      id: id ?? '',
      name: name ?? {},
      ...(code === undefined ? {} : { code }),
      ...(parentId === undefined ? {} : { parentId }),
    };
    const fieldOf = (path: readonly PropertyKey[]) =>
      path[0] === 'name' ? textFieldOf(path) : String(path[0] ?? '');
    // An id already reported is not reported again by the schema.
    if (id === undefined) return;
    const checked = checkShape(record, orgUnitSchema, unit, fieldOf);
    if (checked === undefined) return;
    candidates.push({
      rows: [record.row],
      key: id,
      value: {
        unit: checked,
        ...(parentCode === undefined ? {} : { parentCode: parentCode.trim() }),
      },
      references:
        parentId === undefined
          ? []
          : [
              {
                table: 'units',
                key: parentId,
                field: 'parentId',
                column: columns.headerOf.get('parentId'),
              },
            ],
    });
  });
  return { candidates, keyed, codes };
}

import { personSchema, type Person } from '@capkit/model';
import type { CsvTable } from '../readCsvTable.js';
import {
  cellText,
  checkShape,
  idCell,
  type FieldRules,
  type RecordCells,
  type TableColumns,
} from './organisationColumns.js';
import type { Candidate } from './organisationReferences.js';
import type { ImportIssues, KeyedRow } from './shared.js';

/** Fields of a people table: `id` (pseudonymous), `grade`. */
export const peopleFields: FieldRules = {
  target: 'people',
  fields: ['id', 'grade'],
  prefixes: [],
  required: ['id'],
};

/** Reads each record of a people table into a person keyed by id. */
export function readPeopleRows(
  table: CsvTable,
  columns: TableColumns,
  issues: ImportIssues,
): { candidates: Candidate<Person>[]; keyed: KeyedRow[] } {
  const candidates: Candidate<Person>[] = [];
  const keyed: KeyedRow[] = [];
  table.rows.forEach((fields, index) => {
    const record: RecordCells = {
      table: 'people',
      row: table.rowNumbers[index] ?? 0,
      fields,
      columns,
      issues,
    };
    const id = idCell(record, 'id', true);
    if (id !== undefined) keyed.push({ key: id, row: record.row });
    const grade = cellText(record, 'grade');
    const person: Person = { id: id ?? '', ...(grade === undefined ? {} : { grade }) };
    // An id already reported is not reported again by the schema.
    if (id === undefined) return;
    const checked = checkShape(record, personSchema, person, (path) => String(path[0] ?? ''));
    if (checked === undefined) return;
    candidates.push({ rows: [record.row], key: id, value: checked, references: [] });
  });
  return { candidates, keyed };
}

import { membershipSchema, type Membership } from '@capkit/model';
import type { CsvTable } from '../readCsvTable.js';
import { readCalendarDate, type DateOrder } from './organisationDates.js';
import {
  cellIssue,
  cellText,
  checkShape,
  idCell,
  type FieldRules,
  type RecordCells,
  type TableColumns,
} from './organisationColumns.js';
import type { Candidate } from './organisationReferences.js';
import type { ImportIssues, KeyedRow } from './shared.js';

/**
 * Fields of a memberships table: `personId`, `unitId`, `roleId`, `from` and `to` (dates; see
 * `readCalendarDate` for the forms read). A person holding the same role in the same unit from
 * the same day twice is a duplicate.
 */
export const membershipFields: FieldRules = {
  target: 'memberships',
  fields: ['personId', 'unitId', 'roleId', 'from', 'to'],
  prefixes: [],
  required: ['personId', 'unitId', 'roleId', 'from'],
};

/** Memberships read from a table, and their keys for the duplicate check. */
export interface MembershipRows {
  readonly candidates: Candidate<Membership>[];
  readonly keyed: KeyedRow[];
}

/** Reads each record of a memberships table, with references to its person, unit and role. */
export function readMembershipRows(
  table: CsvTable,
  columns: TableColumns,
  issues: ImportIssues,
  dateOrder: DateOrder | undefined,
): MembershipRows {
  const candidates: Candidate<Membership>[] = [];
  const keyed: KeyedRow[] = [];
  const reference = (table: string, key: string, field: string) => ({
    table,
    key,
    field,
    column: columns.headerOf.get(field),
  });
  table.rows.forEach((fields, index) => {
    const record: RecordCells = {
      table: 'memberships',
      row: table.rowNumbers[index] ?? 0,
      fields,
      columns,
      issues,
    };
    const personId = idCell(record, 'personId', true);
    const unitId = idCell(record, 'unitId', true);
    const roleId = idCell(record, 'roleId', true);
    const from = dateCell(record, 'from', dateOrder, true);
    const to = dateCell(record, 'to', dateOrder, false);
    if (
      personId === undefined ||
      unitId === undefined ||
      roleId === undefined ||
      typeof from !== 'string' ||
      to === null
    )
      return;
    if (to !== undefined && to < from) {
      cellIssue(
        record,
        'to',
        'import.endsBeforeStart',
        `The membership ends (${to}) before it starts (${from})`,
      );
      return;
    }
    const membership: Membership = {
      personId,
      unitId,
      roleId,
      from,
      ...(to === undefined ? {} : { to }),
    };
    const checked = checkShape(record, membershipSchema, membership, (path) =>
      String(path[0] ?? ''),
    );
    if (checked === undefined) return;
    const key = JSON.stringify([personId, unitId, roleId, from]);
    keyed.push({ key, row: record.row });
    candidates.push({
      rows: [record.row],
      key,
      value: checked,
      references: [
        reference('people', personId, 'personId'),
        reference('units', unitId, 'unitId'),
        reference('roles', roleId, 'roleId'),
      ],
    });
  });
  return { candidates, keyed };
}

// undefined: blank; null: reported.
function dateCell(
  record: RecordCells,
  field: string,
  order: DateOrder | undefined,
  required: boolean,
): string | undefined | null {
  const text = cellText(record, field);
  if (text === undefined || text.trim() === '') {
    if (!required) return undefined;
    cellIssue(record, field, 'import.missingValue', `Give the ${field} date`);
    return null;
  }
  const read = readCalendarDate(text, order);
  if (read.ok) return read.date;
  cellIssue(record, field, 'import.badDate', read.message);
  return null;
}

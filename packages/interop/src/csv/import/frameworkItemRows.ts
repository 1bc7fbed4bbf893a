import {
  idSchema,
  type Competency,
  type FrameworkArea,
  type ProficiencyScale,
} from '@capkit/model';
import type { CsvTable } from '../readCsvTable.js';
import {
  cellIssue,
  cellText,
  idCell,
  localizedCells,
  type FieldRules,
  type RecordCells,
  type TableColumns,
} from './organisationColumns.js';
import type { ImportIssues, KeyedRow } from './shared.js';

/**
 * Fields of a framework items table: `type` (`area` or `competency`; without the column every
 * row is a competency), `id` (defaults to the code when the code is a valid id), `code`,
 * `label.<lang>`, `statement.<lang>` (competencies), `description.<lang>` (areas), the parent
 * area by id (`parentId`) or code (`parentCode`), and `scaleId` (competencies; defaults to the
 * framework's only scale).
 */
export const frameworkItemFields: FieldRules = {
  target: 'frameworkItems',
  fields: ['type', 'id', 'code', 'parentId', 'parentCode', 'scaleId'],
  prefixes: ['label.', 'statement.', 'description.'],
  required: ['code'],
};

/** One item read from a row, its parent area still to be resolved. */
export type ItemRow =
  | {
      readonly type: 'area';
      readonly row: number;
      readonly item: FrameworkArea;
      readonly parent?: ParentKey;
    }
  | {
      readonly type: 'competency';
      readonly row: number;
      readonly item: Competency;
      readonly parent?: ParentKey;
    };

/** A parent area as written: by id or by code, and the field it was written in. */
export interface ParentKey {
  readonly by: 'parentId' | 'parentCode';
  readonly key: string;
}

/** The rows of an items table, with the keys for the duplicate checks. */
export interface ItemRows {
  readonly items: ItemRow[];
  readonly areaIds: KeyedRow[];
  readonly competencyIds: KeyedRow[];
  readonly codes: KeyedRow[];
}

/** Reads each record of a framework items table. */
export function readItemRows(
  table: CsvTable,
  columns: TableColumns,
  issues: ImportIssues,
  scales: readonly ProficiencyScale[],
): ItemRows {
  const result: ItemRows = { items: [], areaIds: [], competencyIds: [], codes: [] };
  const scaleIds = new Set(scales.map((scale) => scale.id));
  table.rows.forEach((fields, index) => {
    const record: RecordCells = {
      table: 'frameworkItems',
      row: table.rowNumbers[index] ?? 0,
      fields,
      columns,
      issues,
    };
    const before = issues.count;
    const type = typeOf(record);
    const code = cellText(record, 'code');
    if (code === undefined)
      cellIssue(record, 'code', 'import.missingValue', 'Give the item a code');
    const id = idOf(record, code);
    if (code !== undefined) result.codes.push({ key: code, row: record.row });
    if (id !== undefined && type !== undefined)
      (type === 'area' ? result.areaIds : result.competencyIds).push({ key: id, row: record.row });
    const label = localizedCells(record, 'label.');
    if (label === undefined)
      cellIssue(
        record,
        firstOf(columns, 'label.'),
        'import.missingValue',
        'Give the item a label in at least one language',
      );
    const statement = localizedCells(record, 'statement.');
    const description = localizedCells(record, 'description.');
    const parent = parentOf(record);
    const scaleText = cellText(record, 'scaleId')?.trim();
    if (type === 'area') {
      if (statement !== undefined)
        cellIssue(
          record,
          firstOf(columns, 'statement.'),
          'import.notForAreas',
          'An area has no statement: give it a description, or make the row a competency',
        );
      if (scaleText !== undefined)
        cellIssue(
          record,
          'scaleId',
          'import.notForAreas',
          'An area is not rated on a scale; only competencies are',
        );
    }
    if (type === 'competency') {
      if (description !== undefined)
        cellIssue(
          record,
          firstOf(columns, 'description.'),
          'import.notForCompetencies',
          'A competency has a statement, not a description',
        );
      if (statement === undefined)
        cellIssue(
          record,
          firstOf(columns, 'statement.'),
          'import.missingValue',
          'Give the competency a statement in at least one language',
        );
    }
    const scaleId =
      type === 'competency' ? scaleOf(record, scaleText, scales, scaleIds) : undefined;
    if (
      issues.count > before ||
      type === undefined ||
      id === undefined ||
      code === undefined ||
      label === undefined ||
      parent === null
    )
      return;
    if (type === 'area')
      result.items.push({
        type,
        row: record.row,
        item: { id, code, label, ...(description === undefined ? {} : { description }) },
        ...(parent === undefined ? {} : { parent }),
      });
    else if (statement !== undefined && scaleId !== undefined)
      result.items.push({
        type,
        row: record.row,
        item: { id, code, label, statement, scaleId },
        ...(parent === undefined ? {} : { parent }),
      });
  });
  return result;
}

function firstOf(columns: TableColumns, prefix: string): string {
  const first = columns.suffixes.get(prefix)?.[0];
  return first === undefined ? prefix.slice(0, -1) : `${prefix}${first}`;
}

function typeOf(record: RecordCells): 'area' | 'competency' | undefined {
  if (!record.columns.index.has('type')) return 'competency';
  const text = cellText(record, 'type')?.trim().toLowerCase();
  if (text === 'area' || text === 'competency') return text;
  cellIssue(
    record,
    'type',
    text === undefined ? 'import.missingValue' : 'import.badType',
    'Give the row\'s type: "area" or "competency"',
  );
  return undefined;
}

function idOf(record: RecordCells, code: string | undefined): string | undefined {
  const id = idCell(record, 'id');
  // A blank or space-only id takes the code; any other unreadable id was reported by idCell.
  if (id !== undefined || (cellText(record, 'id')?.trim() ?? '') !== '') return id;
  if (code !== undefined && idSchema.safeParse(code).success) return code;
  cellIssue(
    record,
    'id',
    'import.missingValue',
    `Give the item an id: its code ${JSON.stringify((code ?? '').slice(0, 80))} cannot be one`,
  );
  return undefined;
}

// undefined: no parent; null: reported.
function parentOf(record: RecordCells): ParentKey | undefined | null {
  const byId = idCell(record, 'parentId');
  if (byId === undefined && (cellText(record, 'parentId')?.trim() ?? '') !== '') return null;
  const byCode = cellText(record, 'parentCode');
  if (byId !== undefined && byCode !== undefined) {
    cellIssue(
      record,
      'parentCode',
      'import.twoParents',
      'Give the parent area by id or by code, not both',
    );
    return null;
  }
  if (byId !== undefined) return { by: 'parentId', key: byId };
  if (byCode !== undefined) return { by: 'parentCode', key: byCode };
  return undefined;
}

function scaleOf(
  record: RecordCells,
  text: string | undefined,
  scales: readonly ProficiencyScale[],
  scaleIds: ReadonlySet<string>,
): string | undefined {
  if (text === undefined) {
    const only = scales.length === 1 ? scales[0]?.id : undefined;
    if (only === undefined)
      cellIssue(
        record,
        'scaleId',
        'import.missingValue',
        `Give the competency's scale: ${[...scaleIds].join(', ')}`,
      );
    return only;
  }
  if (scaleIds.has(text)) return text;
  cellIssue(
    record,
    'scaleId',
    'import.unknownReference',
    `The framework has no scale ${JSON.stringify(text.slice(0, 80))}: ${[...scaleIds].join(', ')}`,
  );
  return undefined;
}

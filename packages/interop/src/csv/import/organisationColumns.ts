// Column resolution and cell reading shared by the organisation and framework importers: which
// column holds which field (from a saved mapping, a header → field record, or the headers
// themselves), and the issues of a cell, located by row and header. (The response importers
// read ratings; these read ids, texts in several languages, whole numbers and dates.)
import { idSchema } from '@capkit/model';
import type { z } from 'zod';
import { interopIssue, type InteropIssue } from '../../shared/interopIssue.js';
import { columnMappingSchema, type ColumnMapping, type CsvTarget } from '../columnMapping.js';
import type { CsvTable } from '../readCsvTable.js';
import type { ImportIssues } from './shared.js';

/** Header → field (`id`, `name.en`, `requiredLevel.DG-2.1`…), `null` to ignore the column. */
export type CsvColumns = Readonly<Record<string, string | null>>;

/** How to find the fields of one table: a saved mapping, or a header → field record. */
export interface ColumnSource {
  readonly mapping?: ColumnMapping | undefined;
  readonly columns?: CsvColumns | undefined;
}

/** The fields a table may hold. */
export interface FieldRules {
  readonly target: CsvTarget;
  /** Fields of one column each. */
  readonly fields: readonly string[];
  /** Families of columns such as `name.` + a language tag. */
  readonly prefixes: readonly string[];
  /** Fields without which no row can be read. */
  readonly required: readonly string[];
}

/** Where each field of a table is. */
export interface TableColumns {
  /** Field → column index. */
  readonly index: ReadonlyMap<string, number>;
  /** Field → header as written in the file. */
  readonly headerOf: ReadonlyMap<string, string>;
  /** For each prefix, the rest of each field that starts with it, in column order. */
  readonly suffixes: ReadonlyMap<string, readonly string[]>;
}

/** Where an issue is, leaving `column` out when it is not known. */
export function at(
  row: number,
  column: string | undefined,
  path: readonly PropertyKey[],
): { row: number; column?: string; path: readonly PropertyKey[] } {
  return column === undefined ? { row, path } : { row, column, path };
}

/** A table's name first in an issue's path, so that one list can hold several files' issues. */
export function inTable(table: string, issue: InteropIssue): InteropIssue {
  const rest = issue.path === '' ? '' : issue.path.startsWith('[') ? issue.path : `.${issue.path}`;
  return { ...issue, path: `${table}${rest}` };
}

/**
 * Resolves the fields of `table`: every column must map to a known field or be ignored, no two
 * columns to one field, and the required fields must be present. Problems are file-level (row 1
 * or the mapping); `undefined` when the table cannot be read.
 */
export function resolveColumns(
  table: CsvTable,
  source: ColumnSource,
  rules: FieldRules,
  issues: ImportIssues,
): TableColumns | undefined {
  const target = fieldsOf(table, source, rules, issues);
  if (target === undefined) return undefined;
  const index = new Map<string, number>();
  const headerOf = new Map<string, string>();
  const suffixes = new Map<string, string[]>(rules.prefixes.map((prefix) => [prefix, []]));
  const before = issues.count;
  target.forEach((field, column) => {
    const header = table.headers[column] ?? '';
    if (field === null) return;
    const known =
      rules.fields.includes(field) ||
      rules.prefixes.some((prefix) => field.startsWith(prefix) && field.length > prefix.length);
    if (!known) {
      issues.add(
        interopIssue(
          { row: 1, column: header, path: [rules.target, field] },
          'import.unknownField',
          `Column "${header}" maps to "${field}", which ${rules.target} do not have; map it to a field of ${describeFields(rules)}, or ignore it`,
        ),
      );
      return;
    }
    const other = headerOf.get(field);
    if (other !== undefined) {
      issues.add(
        interopIssue(
          { row: 1, column: header, path: [rules.target, field] },
          'import.fieldMappedTwice',
          `Columns "${other}" and "${header}" both map to "${field}"; keep one of them`,
        ),
      );
      return;
    }
    index.set(field, column);
    headerOf.set(field, header);
    const prefix = rules.prefixes.find((p) => field.startsWith(p));
    if (prefix !== undefined && !rules.fields.includes(field))
      suffixes.get(prefix)?.push(field.slice(prefix.length));
  });
  for (const field of rules.required)
    if (!index.has(field))
      issues.add(
        interopIssue(
          { row: 1, path: [rules.target, field] },
          'import.missingColumn',
          `No column holds "${field}", which every row of ${rules.target} needs`,
        ),
      );
  return issues.count === before ? { index, headerOf, suffixes } : undefined;
}

function describeFields(rules: FieldRules): string {
  return [...rules.fields, ...rules.prefixes.map((prefix) => `${prefix}…`)].join(', ');
}

// The field of each column, or null to ignore it; undefined when the mapping is unusable.
function fieldsOf(
  table: CsvTable,
  source: ColumnSource,
  rules: FieldRules,
  issues: ImportIssues,
): (string | null)[] | undefined {
  if (source.mapping !== undefined) {
    const parsed = columnMappingSchema.safeParse(source.mapping);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 20))
        issues.add(
          interopIssue({ path: ['mapping', ...issue.path] }, 'import.badMapping', issue.message),
        );
      return undefined;
    }
    const mapping = parsed.data;
    if (mapping.target !== rules.target) {
      issues.add(
        interopIssue(
          { path: ['mapping', 'target'] },
          'import.mappingTarget',
          `The mapping is for ${mapping.target}, not ${rules.target}`,
        ),
      );
      return undefined;
    }
    const byHeader = new Map(mapping.columns.map((column) => [column.header, column.to]));
    return table.headers.map((header) => {
      const to = byHeader.get(header);
      if (to === undefined) {
        issues.add(
          interopIssue(
            { row: 1, column: header, path: [rules.target] },
            'import.unmappedColumn',
            `Column "${header}" is not in the mapping; map it to a field or ignore it`,
          ),
        );
        return null;
      }
      if (to.kind === 'ignore') return null;
      if (to.kind === 'field') return to.field;
      issues.add(
        interopIssue(
          { row: 1, column: header, path: [rules.target] },
          'import.ratingColumn',
          `Column "${header}" maps to a rating; ${rules.target} hold no ratings`,
        ),
      );
      return null;
    });
  }
  const columns = source.columns;
  return table.headers.map((header) => {
    if (columns === undefined || !Object.hasOwn(columns, header)) return header;
    return columns[header] ?? null;
  });
}

/** One record and where it came from, for reading its cells. */
export interface RecordCells {
  readonly table: CsvTarget;
  readonly row: number;
  readonly fields: readonly string[];
  readonly columns: TableColumns;
  readonly issues: ImportIssues;
}

/** The cell of `field`, `undefined` when the table has no such column or the cell is blank. */
export function cellText(record: RecordCells, field: string): string | undefined {
  const column = record.columns.index.get(field);
  if (column === undefined) return undefined;
  const text = record.fields[column] ?? '';
  return text === '' ? undefined : text;
}

/** Reports a problem in the cell of `field`. */
export function cellIssue(record: RecordCells, field: string, code: string, message: string): void {
  const column = record.columns.headerOf.get(field);
  record.issues.add(
    interopIssue(
      column === undefined
        ? { row: record.row, path: [record.table, field] }
        : { row: record.row, column, path: [record.table, field] },
      code,
      message,
    ),
  );
}

/** An id cell, trimmed (spreadsheets pad cells); reported and `undefined` when it is no id. */
export function idCell(record: RecordCells, field: string, required = false): string | undefined {
  const text = cellText(record, field)?.trim();
  if (text === undefined || text === '') {
    if (required) cellIssue(record, field, 'import.missingValue', `Give the ${field}`);
    return undefined;
  }
  if (!idSchema.safeParse(text).success) {
    cellIssue(
      record,
      field,
      'import.badId',
      `${JSON.stringify(text.slice(0, 80))} is not an id: use letters, digits and . _ : - (at most 200 characters), starting with a letter or digit`,
    );
    return undefined;
  }
  return text;
}

/** The `<prefix><lang>` cells as one text per language, `undefined` when all are blank. */
export function localizedCells(
  record: RecordCells,
  prefix: string,
): Record<string, string> | undefined {
  const text: Record<string, string> = {};
  let any = false;
  for (const lang of record.columns.suffixes.get(prefix) ?? []) {
    const value = cellText(record, `${prefix}${lang}`);
    if (value === undefined) continue;
    // Own data property even for a `__proto__` header, which the schema then refuses by name.
    Object.defineProperty(text, lang, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    any = true;
  }
  return any ? text : undefined;
}

/** A whole-number cell (`3`, ` -1 `, `+2`); reported and `undefined` when it is not one. */
export function wholeNumberCell(record: RecordCells, field: string): number | undefined {
  const text = cellText(record, field);
  if (text === undefined) return undefined;
  if (!/^\s*[+-]?\d{1,9}\s*$/.test(text)) {
    cellIssue(
      record,
      field,
      'import.notAWholeNumber',
      `${JSON.stringify(text.slice(0, 80))} is not a whole number`,
    );
    return undefined;
  }
  return Number.parseInt(text, 10);
}

/**
 * Checks a built value against its model schema and reports each problem on the column the
 * offending field came from (`fieldOf` maps a path to a field of the table). Returns the value
 * as the model reads it (texts trimmed), so that an import equals what the model validates;
 * `undefined` when it is not sound.
 */
export function checkShape<T>(
  record: RecordCells,
  schema: z.ZodType<T>,
  value: unknown,
  fieldOf: (path: readonly PropertyKey[]) => string,
): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues.slice(0, 20)) {
    const field = fieldOf(issue.path);
    // A text missing in every language points at its first language column.
    const column =
      record.columns.headerOf.get(field) ??
      [...record.columns.headerOf].find(([name]) => name.startsWith(`${field}.`))?.[1];
    record.issues.add(
      interopIssue(
        at(record.row, column, [record.table, ...issue.path]),
        'import.invalidValue',
        issue.message,
      ),
    );
  }
  return undefined;
}

/** The field a localized text's path points at: `['name', 'fr']` → `name.fr`. */
export function textFieldOf(path: readonly PropertyKey[]): string {
  const [first, second] = path;
  if (typeof first !== 'string') return '';
  return typeof second === 'string' ? `${first}.${second}` : first;
}

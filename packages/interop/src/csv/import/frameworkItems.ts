import {
  currentSchemaVersion,
  validateCompetencyFramework,
  type CompetencyFramework,
  type FrameworkStatus,
} from '@capkit/model';
import type { ImportResult } from '../../shared/importMode.js';
import { interopIssue } from '../../shared/interopIssue.js';
import type { ColumnMapping } from '../columnMapping.js';
import { readCsvTable, type ReadCsvOptions } from '../readCsvTable.js';
import {
  frameworkItemFields,
  readItemRows,
  type ItemRow,
  type ItemRows,
} from './frameworkItemRows.js';
import {
  at,
  inTable,
  resolveColumns,
  type CsvColumns,
  type TableColumns,
} from './organisationColumns.js';
import {
  rejectDependents,
  reportTableDuplicates,
  reportUnresolved,
  type Candidate,
  type CandidateTable,
} from './organisationReferences.js';
import { ImportIssues, type CsvImportOptions } from './shared.js';

/** What a framework is apart from its items: the fields an items table does not hold. */
export type FrameworkHead = Omit<
  CompetencyFramework,
  'schemaVersion' | 'kind' | 'areas' | 'competencies' | 'status'
> & {
  /** @default 'draft' */
  readonly status?: FrameworkStatus;
};

/** Options of {@link importFrameworkItems}. */
export interface ImportFrameworkItemsOptions extends CsvImportOptions {
  /** The framework the items belong to: id, version, title and scales. */
  readonly framework: FrameworkHead;
  /** A saved column mapping with `target: 'frameworkItems'`. */
  readonly mapping?: ColumnMapping;
  /** Header → field, for a file without a saved mapping (`null` ignores a column). */
  readonly columns?: CsvColumns;
  /** How to read the file (encoding, delimiter, limits); detected when absent. */
  readonly read?: ReadCsvOptions;
}

// Bounded: each round leaves out at least one more row or stops.
const maxRounds = 50;

/**
 * Imports a framework's areas and competencies from a CSV (a row per item: type, code, label
 * per language, statement, parent area by id or code, scale) into a {@link CompetencyFramework}
 * with the given head, validated by `validateCompetencyFramework` (shape and references: scales,
 * areas, no area its own ancestor). Every problem is located by row and column; the same id or
 * code twice is an error on each of its rows; a parent area that no row holds is an error where
 * it is written. `allOrNothing` (the default) imports nothing if anything is wrong; `goodRows`
 * keeps the sound items — leaving out, with an issue, those under an area left out.
 */
export function importFrameworkItems(
  input: string | Uint8Array,
  options: ImportFrameworkItemsOptions,
): ImportResult<CompetencyFramework> {
  const mapping = options.mapping;
  const table = readCsvTable(input, {
    ...options.read,
    ...(mapping?.encoding === undefined ? {} : { encoding: mapping.encoding }),
    ...(mapping?.delimiter === undefined ? {} : { delimiter: mapping.delimiter }),
    ...(mapping?.decimalSeparator === undefined
      ? {}
      : { decimalSeparator: mapping.decimalSeparator }),
  });
  const rowsRead = table.rows.length;
  const issues = new ImportIssues(options.maxIssues);
  for (const issue of table.issues) issues.add(inTable('frameworkItems', issue));
  const failed = () => {
    // A safety net: a failure must say why.
    if (issues.count === 0)
      issues.add(
        interopIssue(
          { path: ['frameworkItems'] },
          'import.notImported',
          'The items could not be imported',
        ),
      );
    return { success: false as const, issues: issues.list(), rowsRead };
  };
  if (issues.fileFailed) return failed();
  const columns = resolveColumns(
    table,
    { mapping, columns: options.columns },
    frameworkItemFields,
    issues,
  );
  if (columns === undefined) return failed();
  if (rowsRead > 0 && (columns.suffixes.get('label.') ?? []).length === 0) {
    issues.add(
      interopIssue(
        { row: 1, path: ['frameworkItems', 'label'] },
        'import.missingColumn',
        'No column holds the labels: add one per language, such as label.en',
      ),
    );
    return failed();
  }
  const scales = Array.isArray(options.framework.scales) ? options.framework.scales : [];
  const read = readItemRows(table, columns, issues, scales);
  const idColumn = columns.headerOf.get('id') ?? columns.headerOf.get('code');
  const duplicate = (what: string, column?: string) => ({
    ...(column === undefined ? {} : { column }),
    code: 'import.duplicate',
    describe: (key: string) => `The same ${what} ${JSON.stringify(key)}`,
  });
  reportTableDuplicates('frameworkItems', read.areaIds, issues, duplicate('area id', idColumn));
  reportTableDuplicates(
    'frameworkItems',
    read.competencyIds,
    issues,
    duplicate('competency id', idColumn),
  );
  reportTableDuplicates(
    'frameworkItems',
    read.codes,
    issues,
    duplicate('code', columns.headerOf.get('code')),
  );

  const tables = candidateTables(read, columns, issues);
  reportUnresolved(tables);
  const mode = options.mode ?? 'allOrNothing';
  // A function, since the validator's issues can make the file fail after the checks above.
  const cannotImport = () => issues.fileFailed || (mode === 'allOrNothing' && issues.count > 0);
  for (let round = 0; round < maxRounds; round += 1) {
    if (mode === 'goodRows') rejectDependents(tables);
    if (cannotImport()) return failed();
    const kept = (t: CandidateTable<ItemRow>) =>
      t.candidates.filter((c) => !issues.isRejected(c.rows[0] ?? 0));
    const [areas, competencies] = tables;
    const keptAreas = kept(areas);
    const keptCompetencies = kept(competencies);
    const framework = {
      ...options.framework,
      status: options.framework.status ?? 'draft',
      schemaVersion: currentSchemaVersion,
      kind: 'competencyFramework',
      areas: keptAreas.map((c) => c.value.item),
      competencies: keptCompetencies.map((c) => c.value.item),
    };
    const validated = validateCompetencyFramework(framework, {
      maxIssues: options.maxIssues ?? 1000,
    });
    // A safety net: a row neither kept nor reported would be a silent loss.
    const keptRows = new Set([...keptAreas, ...keptCompetencies].map((c) => c.rows[0]));
    for (const row of table.rowNumbers)
      if (!keptRows.has(row) && !issues.isRejected(row))
        issues.add(
          interopIssue(
            { row, path: ['frameworkItems'] },
            'import.rowNotRead',
            'The row could not be read',
          ),
        );
    if (cannotImport()) return failed();
    if (validated.success) {
      const rowsImported = keptAreas.length + keptCompetencies.length;
      return {
        success: true,
        data: validated.data,
        rowsRead,
        rowsImported,
        rowsRejected: rowsRead - rowsImported,
        issues: issues.list(),
      };
    }
    const before = issues.count;
    for (const issue of validated.issues) {
      const located = /^(areas|competencies)\[(\d+)\]\.?(.*)$/.exec(issue.path);
      const list = located?.[1] === 'areas' ? keptAreas : keptCompetencies;
      const candidate = located === null ? undefined : list[Number(located[2])];
      if (located === null || candidate === undefined) {
        issues.add(interopIssue({ path: ['framework', issue.path] }, issue.code, issue.message));
        continue;
      }
      const field = fieldOfPath(located[3] ?? '', candidate.value);
      issues.add({
        ...interopIssue(
          at(candidate.rows[0] ?? 0, columnOf(columns, field), ['frameworkItems', field]),
          issue.code,
          issue.message,
        ),
      });
    }
    if (issues.count === before) return failed();
  }
  return failed();
}

function candidateTables(
  read: ItemRows,
  columns: TableColumns,
  issues: ImportIssues,
): [CandidateTable<ItemRow>, CandidateTable<ItemRow>] {
  const items = read.items;
  const rowsOfCode = new Map<string, number[]>();
  for (const { key, row } of read.codes) rowsOfCode.set(key, [...(rowsOfCode.get(key) ?? []), row]);
  const areaOfCode = new Map<string, string>();
  for (const row of items)
    if (row.type === 'area' && !areaOfCode.has(row.item.code))
      areaOfCode.set(row.item.code, row.item.id);
  const areas: Candidate<ItemRow>[] = [];
  const competencies: Candidate<ItemRow>[] = [];
  for (const row of items) {
    let resolved: ItemRow = row;
    const references = [];
    if (row.parent !== undefined) {
      const column = columns.headerOf.get(row.parent.by);
      const parentId =
        row.parent.by === 'parentId' ? row.parent.key : areaOfCode.get(row.parent.key);
      const badRows = rowsOfCode.get(row.parent.key) ?? [];
      if (parentId === undefined && badRows.length > 0) {
        issues.add(
          interopIssue(
            at(row.row, column, ['frameworkItems', 'parentCode']),
            'import.referenceLeftOut',
            `Left out because the area with code ${JSON.stringify(row.parent.key.slice(0, 80))} (row ${badRows.join(', ')}) was left out`,
          ),
        );
        continue;
      }
      if (parentId === undefined) {
        issues.add(
          interopIssue(
            at(row.row, column, ['frameworkItems', 'parentCode']),
            'import.unknownReference',
            `No area has the code ${JSON.stringify(row.parent.key.slice(0, 80))}`,
          ),
        );
        continue;
      }
      resolved =
        row.type === 'area'
          ? { ...row, item: { ...row.item, parentId } }
          : { ...row, item: { ...row.item, areaId: parentId } };
      references.push({ table: 'areas', key: parentId, field: row.parent.by, column });
    }
    (row.type === 'area' ? areas : competencies).push({
      rows: [row.row],
      key: row.item.id,
      value: resolved,
      references,
    });
  }
  return [
    { name: 'areas', candidates: areas, issues, keyed: read.areaIds },
    { name: 'competencies', candidates: competencies, issues, keyed: read.competencyIds },
  ];
}

// `label.en` → label.en; `parentId`, `areaId` → where the parent was written.
function fieldOfPath(rest: string, row: ItemRow): string {
  const head = rest.split(/[.[]/)[0] ?? '';
  if (head === 'parentId' || head === 'areaId') return row.parent?.by ?? 'parentId';
  if (head === 'label' || head === 'statement' || head === 'description') {
    const lang = /^\w+\.([^.[]+)/.exec(rest)?.[1] ?? /^\w+\["([^"]+)"\]/.exec(rest)?.[1];
    return lang === undefined ? head : `${head}.${lang}`;
  }
  return head;
}

function columnOf(columns: TableColumns, field: string): string | undefined {
  return (
    columns.headerOf.get(field) ??
    [...columns.headerOf].find(([name]) => name.startsWith(`${field}.`))?.[1]
  );
}

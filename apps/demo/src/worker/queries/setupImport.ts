import type { CompetencyFramework, Workspace } from '@capkit/model';
import { importCasePackage } from '@capkit/interop/case';
import {
  importFrameworkItems,
  readCsvTable,
  suggestColumnMapping,
  type ColumnMapping,
} from '@capkit/interop/csv';
import type { InteropIssue } from '@capkit/interop';
import { digitalGovernmentFramework } from '@capkit/model/reference';

// Reading a framework file in the worker: a 1EdTech CASE 1.1 package (JSON) or a CSV of areas and
// competencies. The page sends the file's text; what comes back is small and plain (a preview of
// the first rows, the located problems, a summary of the framework), so the page never parses.

/** The formats a framework file may be in. */
export const frameworkFileFormats = ['case', 'csv'] as const;
export type FrameworkFileFormat = (typeof frameworkFileFormats)[number];

/**
 * The largest framework file read, in characters: the reference framework as CASE is about 30 kB
 * and SFIA's 100-odd skills about 1 MB, so 5 MB leaves room without letting a page send a
 * workspace-sized string three times.
 */
export const maxFrameworkFileCharacters = 5_000_000;

/** The fields a framework CSV's columns may fill, in the order the mapping step lists them. */
export const frameworkCsvFields = [
  'type',
  'code',
  'id',
  'label.en',
  'label.fr',
  'label.ar',
  'statement.en',
  'statement.fr',
  'statement.ar',
  'description.en',
  'parentCode',
  'parentId',
  'scaleId',
] as const;

/** One problem, as DataImport shows it: a CSV's row and column, a CASE package's place in it. */
export interface FileIssue {
  readonly message: string;
  readonly code: string;
  readonly row?: number;
  readonly column?: string;
}

/** What reading the file gives the mapping step: headers, the first rows, the suggestion. */
export interface FrameworkFilePreview {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Every item (CSV rows, or CASE `CFItems`) the file holds. */
  readonly itemCount: number;
  readonly mapping: ColumnMapping;
}

/** What the framework would be, in a few numbers, for "Check your import". */
export interface FrameworkSummary {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly areas: number;
  readonly competencies: number;
}

/** The importer's verdict, in DataImport's `ImportOutcome` shape. */
export type FrameworkFileOutcome =
  | {
      readonly success: true;
      readonly data: FrameworkSummary;
      readonly rowsRead: number;
      readonly rowsImported: number;
      readonly rowsRejected: number;
      readonly issues: readonly FileIssue[];
    }
  | { readonly success: false; readonly issues: readonly FileIssue[]; readonly rowsRead: number };

const previewRows = 5;

// A CASE package has no columns: the mapping is empty and the preview shows its items as rows.
const caseHeaders = ['humanCodingScheme', 'abbreviatedStatement', 'CFItemType'];
const emptyMapping = (target: ColumnMapping['target']): ColumnMapping => ({
  format: 'capkit.columnMapping',
  version: 1,
  target,
  columns: [],
});

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The file's headers and first rows, and the suggested mapping for a CSV. Never throws. */
export function previewFrameworkFile(
  format: FrameworkFileFormat,
  text: string,
): FrameworkFilePreview {
  if (format === 'csv') {
    const table = readCsvTable(text);
    const mapping = suggestColumnMapping(table.headers, {
      target: 'frameworkItems',
      fields: frameworkCsvFields,
      table,
    });
    return {
      headers: table.headers,
      rows: table.rows.slice(0, previewRows),
      itemCount: table.rows.length,
      mapping,
    };
  }
  let items: unknown[] = [];
  try {
    const parsed: unknown = JSON.parse(text);
    const listed = (parsed as { CFItems?: unknown } | null)?.CFItems;
    if (Array.isArray(listed)) items = listed;
  } catch {
    // Not JSON: the check that follows reports where, through the importer.
  }
  const rows = items.slice(0, previewRows).map((item) => {
    const fields = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    return [
      asText(fields['humanCodingScheme']),
      asText(fields['abbreviatedStatement'] ?? fields['fullStatement']),
      asText(fields['CFItemType']),
    ];
  });
  // The widget stops at "nothing to import" on no rows; a package that is not JSON still gets
  // its located problem, so it shows one empty row.
  return {
    headers: caseHeaders,
    rows: rows.length === 0 ? [['', '', '']] : rows,
    itemCount: items.length,
    mapping: emptyMapping('frameworkItems'),
  };
}

// A CASE issue has no row: its place in the package (`CFItems[3].identifier`) goes in the
// column, which the page heads "Place in the package".
const caseIssue = (issue: InteropIssue): FileIssue => ({
  message: issue.message,
  code: issue.code,
  ...(issue.path === '' ? {} : { column: issue.path }),
});

const csvIssue = (issue: InteropIssue): FileIssue => ({
  message: issue.message,
  code: issue.code,
  ...(issue.row === undefined ? {} : { row: issue.row }),
  ...(issue.column === undefined ? {} : { column: issue.column }),
});

/** A CSV's framework head: the file's name as title, and the reference framework's scale. */
function csvFrameworkHead(fileName: string) {
  const base = fileName.replace(/\.[^.]*$/u, '').trim() || 'framework';
  const slug = base
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60);
  return {
    id: `csv-${slug || 'framework'}`,
    version: '1',
    title: { en: base.slice(0, 200) },
    scales: digitalGovernmentFramework.scales,
  };
}

/** The framework a file holds, or its located problems; nothing is changed. */
export function readFrameworkFile(
  format: FrameworkFileFormat,
  text: string,
  options: { readonly fileName: string; readonly mapping: ColumnMapping | undefined },
):
  | { readonly success: true; readonly framework: CompetencyFramework; readonly rowsRead: number }
  | { readonly success: false; readonly issues: readonly FileIssue[]; readonly rowsRead: number } {
  if (format === 'case') {
    const imported = importCasePackage(text);
    if (!imported.success)
      return { success: false, issues: imported.issues.map(caseIssue), rowsRead: 0 };
    const { framework } = imported.data;
    return {
      success: true,
      framework,
      rowsRead: framework.areas.length + framework.competencies.length,
    };
  }
  const imported = importFrameworkItems(text, {
    framework: csvFrameworkHead(options.fileName),
    ...(options.mapping === undefined ? {} : { mapping: options.mapping }),
  });
  if (!imported.success)
    return { success: false, issues: imported.issues.map(csvIssue), rowsRead: imported.rowsRead };
  return { success: true, framework: imported.data, rowsRead: imported.rowsRead };
}

/**
 * Why `framework` cannot join `workspace`, as located issues: the same id and version is
 * already there (a framework version is frozen once used; a new one needs a new version label).
 */
export function frameworkClashes(
  workspace: Workspace,
  framework: CompetencyFramework,
): readonly FileIssue[] {
  const same = workspace.frameworks.find(
    (existing) => existing.id === framework.id && existing.version === framework.version,
  );
  return same === undefined
    ? []
    : [
        {
          code: 'setup.frameworkExists',
          message: `The workspace already has framework "${framework.id}" version ${framework.version}: give the file another id or version`,
        },
      ];
}

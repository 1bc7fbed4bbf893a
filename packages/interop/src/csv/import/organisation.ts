import type { CompetencyFramework, Membership, OrgUnit, Person, Role } from '@capkit/model';
import type { ImportResult } from '../../shared/importMode.js';
import { interopIssue, type InteropIssue } from '../../shared/interopIssue.js';
import { interopLimits } from '../../shared/limits.js';
import type { ColumnMapping } from '../columnMapping.js';
import { readCsvTable, type CsvTable, type ReadCsvOptions } from '../readCsvTable.js';
import {
  inTable,
  resolveColumns,
  type CsvColumns,
  type FieldRules,
  type TableColumns,
} from './organisationColumns.js';
import type { DateOrder } from './organisationDates.js';
import { membershipFields, readMembershipRows } from './organisationMemberships.js';
import { peopleFields, readPeopleRows } from './organisationPeople.js';
import {
  keptCandidates,
  rejectDependents,
  reportTableDuplicates,
  reportUnresolved,
  type Candidate,
  type CandidateTable,
} from './organisationReferences.js';
import { readRoleRows, roleFields, type RoleFrameworkContext } from './organisationRoles.js';
import { reportCycles, withParentsByCode } from './organisationUnitTree.js';
import { readUnitRows, unitFields, type UnitRow } from './organisationUnits.js';
import { ImportIssues, type CsvImportOptions, type KeyedRow } from './shared.js';

/** The tables of an organisation, one CSV file each; give any of them. */
export interface OrganisationCsvFiles {
  readonly people?: string | Uint8Array;
  readonly units?: string | Uint8Array;
  readonly roles?: string | Uint8Array;
  readonly memberships?: string | Uint8Array;
}

/** Name of one organisation table. */
export type OrganisationTable = keyof OrganisationCsvFiles;

/** What {@link importOrganisation} returns: every table given, in file order. */
export interface OrganisationImport {
  readonly people: Person[];
  readonly units: OrgUnit[];
  readonly roles: Role[];
  readonly memberships: Membership[];
}

/** Options of {@link importOrganisation}. */
export interface ImportOrganisationOptions extends CsvImportOptions {
  /**
   * Saved column mappings, one per table, chosen by their `target` (`people`, `units`, `roles`,
   * `memberships`). A mapping's encoding, delimiter and decimal separator are used to read it.
   */
  readonly mappings?: readonly ColumnMapping[];
  /**
   * Header → field per table, for a table without a saved mapping (`null` ignores a column);
   * headers not listed are taken as field names. Without either, the headers are the fields, as
   * capkit's own exports write them.
   */
  readonly columns?: Partial<Readonly<Record<OrganisationTable, CsvColumns>>>;
  /** How to read every file (encoding, delimiter, limits); detected when absent. */
  readonly read?: ReadCsvOptions;
  /** How to read `03/04/2026`; such dates are errors without it. */
  readonly dateOrder?: DateOrder;
  /**
   * The framework the roles are profiled against: lets required-level columns name competencies
   * by code (`requiredLevel.DG-2.1`), checks that each competency exists and each level is on its
   * scale, and stands in for roles that name no framework.
   */
  readonly framework?: CompetencyFramework;
  /** Ids the workspace already holds, which the files' references may point at. */
  readonly existing?: {
    readonly personIds?: Iterable<string>;
    readonly unitIds?: Iterable<string>;
    readonly roleIds?: Iterable<string>;
  };
}

const rulesOf: Readonly<Record<OrganisationTable, FieldRules>> = {
  people: peopleFields,
  units: unitFields,
  roles: roleFields,
  memberships: membershipFields,
};

const tableOrder: readonly OrganisationTable[] = ['people', 'units', 'roles', 'memberships'];

interface OpenTable {
  readonly name: OrganisationTable;
  readonly table: CsvTable;
  readonly issues: ImportIssues;
  readonly columns: TableColumns | undefined;
}

/**
 * Imports an organisation — people, units (nested by parent id or code), roles with their
 * required levels (wide or long), memberships — from CSV files, through a saved column mapping
 * or a header → field record. Every problem is a located issue (`row`, `column`, and a `path`
 * starting with the table's name); the same person, unit or role twice is an error on each of
 * its rows, and a reference to a person, unit or role that no file (nor `existing`) holds is an
 * error where it is written. `allOrNothing` (the default) imports nothing if anything is wrong;
 * `goodRows` keeps the sound rows — leaving out, with an issue, those that refer to a row left
 * out — and reports the others. Never throws on bad input.
 */
export function importOrganisation(
  files: OrganisationCsvFiles,
  options: ImportOrganisationOptions = {},
): ImportResult<OrganisationImport> {
  const open = tableOrder.flatMap((name) => {
    const input = files[name];
    return input === undefined ? [] : [openTable(name, input, options)];
  });
  const of = (name: OrganisationTable) => open.find((table) => table.name === name);
  const context = frameworkContext(options.framework);
  const tables: CandidateTable[] = [];

  const people = of('people');
  if (people?.columns !== undefined) {
    const read = readPeopleRows(people.table, people.columns, people.issues);
    duplicates('people', read.keyed, people.issues, 'person', people.columns.headerOf.get('id'));
    tables.push({
      name: 'people',
      candidates: read.candidates,
      issues: people.issues,
      keyed: read.keyed,
    });
  }
  const units = of('units');
  if (units?.columns !== undefined) {
    const read = readUnitRows(units.table, units.columns, units.issues);
    duplicates('units', read.keyed, units.issues, 'unit', units.columns.headerOf.get('id'));
    duplicates('units', read.codes, units.issues, 'unit code', units.columns.headerOf.get('code'));
    const candidates = withParentsByCode(read.candidates, read.codes, units.columns, units.issues);
    reportCycles(candidates, units.issues, units.columns);
    tables.push({ name: 'units', candidates, issues: units.issues, keyed: read.keyed });
  }
  const roles = of('roles');
  if (roles?.columns !== undefined) {
    const read = readRoleRows(roles.table, roles.columns, roles.issues, context);
    duplicates('roles', read.keyed, roles.issues, 'role', roles.columns.headerOf.get('id'));
    tables.push({
      name: 'roles',
      candidates: read.candidates,
      issues: roles.issues,
      keyed: read.rowKeys,
    });
  }
  const memberships = of('memberships');
  if (memberships?.columns !== undefined) {
    const read = readMembershipRows(
      memberships.table,
      memberships.columns,
      memberships.issues,
      options.dateOrder,
    );
    reportTableDuplicates('memberships', read.keyed, memberships.issues, {
      code: 'import.duplicateMembership',
      describe: (key) => {
        const [person, unit, role, from] = JSON.parse(key) as string[];
        return `Person ${JSON.stringify(person)} as ${JSON.stringify(role)} in ${JSON.stringify(unit)} from ${from ?? ''}`;
      },
    });
    tables.push({ name: 'memberships', candidates: read.candidates, issues: memberships.issues });
  }

  const existing = new Map<string, ReadonlySet<string>>();
  if (options.existing?.personIds !== undefined)
    existing.set('people', new Set(options.existing.personIds));
  if (options.existing?.unitIds !== undefined)
    existing.set('units', new Set(options.existing.unitIds));
  if (options.existing?.roleIds !== undefined)
    existing.set('roles', new Set(options.existing.roleIds));
  reportUnresolved(tables, existing);
  const mode = options.mode ?? 'allOrNothing';
  if (mode === 'goodRows') rejectDependents(tables, existing);
  return finish(open, tables, mode, options.maxIssues);
}

function openTable(
  name: OrganisationTable,
  input: string | Uint8Array,
  options: ImportOrganisationOptions,
): OpenTable {
  const mapping = options.mappings?.find((m) => (m as { target?: unknown }).target === name);
  const read: ReadCsvOptions = {
    ...options.read,
    ...(mapping?.encoding === undefined ? {} : { encoding: mapping.encoding }),
    ...(mapping?.delimiter === undefined ? {} : { delimiter: mapping.delimiter }),
    ...(mapping?.decimalSeparator === undefined
      ? {}
      : { decimalSeparator: mapping.decimalSeparator }),
  };
  const table = readCsvTable(input, read);
  const issues = new ImportIssues(options.maxIssues);
  for (const issue of table.issues) issues.add(inTable(name, issue));
  if (issues.fileFailed) return { name, table, issues, columns: undefined };
  const columns = resolveColumns(
    table,
    { mapping, columns: options.columns?.[name] },
    rulesOf[name],
    issues,
  );
  if (
    name === 'units' &&
    columns !== undefined &&
    table.rows.length > 0 &&
    (columns.suffixes.get('name.') ?? []).length === 0
  ) {
    issues.add(
      interopIssue(
        { row: 1, path: ['units', 'name'] },
        'import.missingColumn',
        'No column holds the unit names: add one per language, such as name.en',
      ),
    );
    return { name, table, issues, columns: undefined };
  }
  if (
    name === 'roles' &&
    columns !== undefined &&
    table.rows.length > 0 &&
    (columns.suffixes.get('title.') ?? []).length === 0
  ) {
    issues.add(
      interopIssue(
        { row: 1, path: ['roles', 'title'] },
        'import.missingColumn',
        'No column holds the role titles: add one per language, such as title.en',
      ),
    );
    return { name, table, issues, columns: undefined };
  }
  return { name, table, issues, columns };
}

function duplicates(
  table: OrganisationTable,
  keyed: readonly KeyedRow[],
  issues: ImportIssues,
  what: string,
  column: string | undefined,
): void {
  reportTableDuplicates(table, keyed, issues, {
    ...(column === undefined ? {} : { column }),
    code: 'import.duplicate',
    describe: (key) => `The same ${what} ${JSON.stringify(key)}`,
  });
}

function frameworkContext(framework: CompetencyFramework | undefined): RoleFrameworkContext {
  if (framework === undefined) return {};
  const byKey = new Map<string, string>();
  for (const competency of framework.competencies) byKey.set(competency.code, competency.id);
  // Ids win over codes: an id is unique, a code only by convention.
  for (const competency of framework.competencies) byKey.set(competency.id, competency.id);
  const scales = new Map(
    framework.scales.map((scale) => [scale.id, scale.levels.map((level) => level.value)]),
  );
  const levels = new Map(framework.competencies.map((c) => [c.id, scales.get(c.scaleId)]));
  return {
    framework: { frameworkId: framework.id, version: framework.version },
    competencyOf: (key) => byKey.get(key),
    levelsOf: (id) => levels.get(id),
  };
}

function finish(
  open: readonly OpenTable[],
  tables: readonly CandidateTable[],
  mode: 'allOrNothing' | 'goodRows',
  maxIssues: number | undefined,
): ImportResult<OrganisationImport> {
  const rowsRead = open.reduce((sum, table) => sum + table.table.rows.length, 0);
  const byName = new Map(tables.map((table) => [table.name, table]));
  for (const { name, table, issues } of open) {
    const candidates = byName.get(name)?.candidates ?? [];
    const kept = new Set<number>();
    for (const candidate of candidates) {
      const bad = candidate.rows.filter((row) => issues.isRejected(row));
      if (bad.length === 0) candidate.rows.forEach((row) => kept.add(row));
      else
        for (const row of candidate.rows)
          if (!issues.isRejected(row))
            issues.add(
              interopIssue(
                { row, path: [name] },
                'import.siblingRowRejected',
                `Left out with row ${bad.join(', ')}, which belongs to the same record and has problems`,
              ),
            );
    }
    // A safety net: a row neither kept nor reported would be a silent loss.
    if (!issues.fileFailed)
      for (const row of table.rowNumbers)
        if (!kept.has(row) && !issues.isRejected(row))
          issues.add(
            interopIssue({ row, path: [name] }, 'import.rowNotRead', 'The row could not be read'),
          );
  }
  const all = capped(open, maxIssues);
  const failed =
    open.some((table) => table.issues.fileFailed) || (mode === 'allOrNothing' && all.length > 0);
  if (failed) return { success: false, issues: all, rowsRead };
  const keptOf = <T>(name: string): Candidate<T>[] => {
    const table = byName.get(name) as CandidateTable<T> | undefined;
    return table === undefined ? [] : keptCandidates(table);
  };
  const data: OrganisationImport = {
    people: keptOf<Person>('people').map((c) => c.value),
    units: keptOf<UnitRow>('units').map((c) => c.value.unit),
    roles: keptOf<Role>('roles').map((c) => c.value),
    memberships: keptOf<Membership>('memberships').map((c) => c.value),
  };
  const rowsImported = tables.reduce(
    (sum, table) => sum + keptCandidates(table).reduce((n, c) => n + c.rows.length, 0),
    0,
  );
  return {
    success: true,
    data,
    rowsRead,
    rowsImported,
    rowsRejected: rowsRead - rowsImported,
    issues: all,
  };
}

// Each table keeps its own list (rows are numbered per file); the caller's cap is on them all.
function capped(open: readonly OpenTable[], maxIssues: number | undefined): InteropIssue[] {
  const max = Math.max(1, Math.floor(maxIssues ?? interopLimits.maxIssues));
  const total = open.reduce((sum, table) => sum + table.issues.count, 0);
  const listed = open
    .flatMap((table) => table.issues.list())
    .filter((issue) => issue.code !== 'import.tooManyIssues')
    .slice(0, max);
  const omitted = total - listed.length;
  if (omitted === 0) return listed;
  return [
    ...listed,
    interopIssue(
      {},
      'import.tooManyIssues',
      `${omitted} more issue${omitted === 1 ? '' : 's'} not listed`,
    ),
  ];
}

import {
  idSchema,
  roleSchema,
  type CompetencyRequirement,
  type FrameworkRef,
  type Role,
} from '@capkit/model';
import type { CsvTable } from '../readCsvTable.js';
import {
  cellIssue,
  cellText,
  checkShape,
  idCell,
  localizedCells,
  textFieldOf,
  wholeNumberCell,
  type FieldRules,
  type RecordCells,
  type TableColumns,
} from './organisationColumns.js';
import type { Candidate } from './organisationReferences.js';
import type { ImportIssues, KeyedRow } from './shared.js';

/**
 * Fields of a roles table: `id`, `title.<lang>`, `family`, `frameworkId`, `frameworkVersion`,
 * and the required levels either wide — a `requiredLevel.<competency>` column per competency
 * (its id, or its code when a framework is given) — or long — `competencyId` and
 * `requiredLevel` on a row per requirement, the role's other fields repeated.
 */
export const roleFields: FieldRules = {
  target: 'roles',
  fields: ['id', 'family', 'frameworkId', 'frameworkVersion', 'competencyId', 'requiredLevel'],
  prefixes: ['title.', 'requiredLevel.'],
  required: ['id'],
};

/** What the roles reader needs from the framework their requirements point at. */
export interface RoleFrameworkContext {
  /** Framework of roles whose row names none. */
  readonly framework?: FrameworkRef | undefined;
  /** Competency id of a column key (an id or a code); `undefined` when the key is unknown. */
  readonly competencyOf?: ((key: string) => string | undefined) | undefined;
  /** Level values of a competency's scale; `undefined` when not known. */
  readonly levelsOf?: ((competencyId: string) => readonly number[] | undefined) | undefined;
}

function levelOnScale(
  record: RecordCells,
  field: string,
  competencyId: string,
  level: number,
  context: RoleFrameworkContext,
): boolean {
  const levels = context.levelsOf?.(competencyId);
  if (levels === undefined || levels.includes(level)) return true;
  cellIssue(
    record,
    field,
    'import.levelNotOnScale',
    `${level} is not a level of the scale of competency ${JSON.stringify(competencyId)} (${levels.join(', ')})`,
  );
  return false;
}

interface RoleRow {
  readonly record: RecordCells;
  readonly role: Omit<Role, 'requirements'>;
  readonly requirements: CompetencyRequirement[];
  /** Field of each requirement, for locating its problems. */
  readonly requirementFields: string[];
}

/** Roles read from a table, and the rows of each role id for the duplicate check. */
export interface RoleRows {
  readonly candidates: Candidate<Role>[];
  /** One entry per row in the wide layout (a role twice is an error); none in the long one. */
  readonly keyed: KeyedRow[];
  /** The role id of every row that has one, in either layout. */
  readonly rowKeys: KeyedRow[];
}

/**
 * Reads a roles table, wide or long (long when it has a `competencyId` column). In the long
 * layout every row naming a role belongs to it, so a bad row leaves the whole role out rather
 * than importing it with a requirement missing.
 */
export function readRoleRows(
  table: CsvTable,
  columns: TableColumns,
  issues: ImportIssues,
  context: RoleFrameworkContext,
): RoleRows {
  const long = columns.index.has('competencyId');
  const rowsOf = new Map<string, { rows: number[]; read: RoleRow[] }>();
  const keyed: KeyedRow[] = [];
  const rowKeys: KeyedRow[] = [];
  table.rows.forEach((fields, index) => {
    const record: RecordCells = {
      table: 'roles',
      row: table.rowNumbers[index] ?? 0,
      fields,
      columns,
      issues,
    };
    const id = cellText(record, 'id')?.trim();
    const row = long ? readLongRow(record, context) : readWideRow(record, context);
    if (id === undefined) return;
    if (!long) keyed.push({ key: id, row: record.row });
    rowKeys.push({ key: id, row: record.row });
    const group = rowsOf.get(id) ?? { rows: [], read: [] };
    rowsOf.set(id, group);
    group.rows.push(record.row);
    if (row !== undefined) group.read.push(row);
  });
  const candidates: Candidate<Role>[] = [];
  for (const [id, group] of rowsOf) {
    const first = group.read[0];
    if (first === undefined || (!long && group.rows.length > 1)) continue;
    for (const row of group.read.slice(1)) sameRole(first, row);
    const role: Role = {
      ...first.role,
      requirements: group.read.flatMap((row) => row.requirements),
    };
    const checked = checkShape(first.record, roleSchema, role, fieldOfRole);
    if (checked === undefined) continue;
    duplicateRequirements(role.id, group.read);
    candidates.push({ rows: group.rows, key: id, value: checked, references: [] });
  }
  return { candidates, keyed, rowKeys };
}

/** Rows of the same role in the long layout must agree on everything but the requirement. */
function sameRole(first: RoleRow, row: RoleRow): void {
  const a = first.role;
  const b = row.role;
  const differs = (field: string, x: unknown, y: unknown) => {
    if (JSON.stringify(x) !== JSON.stringify(y))
      cellIssue(
        row.record,
        field,
        'import.roleRowsDisagree',
        `Row ${first.record.row} gives role ${JSON.stringify(a.id)} another ${field}; the rows of one role must agree`,
      );
  };
  differs('title', a.title, b.title);
  differs('family', a.family, b.family);
  differs('frameworkId', a.framework.frameworkId, b.framework.frameworkId);
  differs('frameworkVersion', a.framework.version, b.framework.version);
}

function duplicateRequirements(roleId: string, rows: readonly RoleRow[]): void {
  const seen = new Map<string, { row: RoleRow; field: string }>();
  for (const row of rows)
    row.requirements.forEach((requirement, index) => {
      const field = row.requirementFields[index] ?? '';
      const first = seen.get(requirement.competencyId);
      if (first === undefined) {
        seen.set(requirement.competencyId, { row, field });
        return;
      }
      const message = `Role ${JSON.stringify(roleId)} requires competency ${JSON.stringify(requirement.competencyId)} twice (rows ${first.row.record.row} and ${row.record.row}); keep one`;
      cellIssue(first.row.record, first.field, 'import.duplicateRequirement', message);
      cellIssue(row.record, field, 'import.duplicateRequirement', message);
    });
}

function fieldOfRole(path: readonly PropertyKey[]): string {
  if (path[0] === 'title') return textFieldOf(path);
  if (path[0] === 'framework') return path[1] === 'version' ? 'frameworkVersion' : 'frameworkId';
  return String(path[0] ?? '');
}

function roleHead(
  record: RecordCells,
  context: RoleFrameworkContext,
): Omit<Role, 'requirements'> | undefined {
  const id = idCell(record, 'id', true);
  const title = localizedCells(record, 'title.');
  const family = cellText(record, 'family');
  const frameworkId = idCell(record, 'frameworkId') ?? context.framework?.frameworkId;
  const version = cellText(record, 'frameworkVersion') ?? context.framework?.version;
  if (id === undefined) return undefined;
  if (frameworkId === undefined || version === undefined) {
    cellIssue(
      record,
      frameworkId === undefined ? 'frameworkId' : 'frameworkVersion',
      'import.missingValue',
      'Give the framework and version the role is profiled against (or pass the framework to the import)',
    );
    return undefined;
  }
  const given = context.framework;
  // Codes and levels are checked against the framework given; a role on another one cannot be.
  if (
    given !== undefined &&
    (frameworkId !== given.frameworkId || version.trim() !== given.version)
  ) {
    cellIssue(
      record,
      frameworkId !== given.frameworkId ? 'frameworkId' : 'frameworkVersion',
      'import.otherFramework',
      `The role is profiled against ${frameworkId} ${version}, but the import was given ${given.frameworkId} ${given.version}`,
    );
    return undefined;
  }
  return {
    id,
    title: title ?? {},
    ...(family === undefined ? {} : { family }),
    framework: { frameworkId, version },
  };
}

function competencyIdOf(
  record: RecordCells,
  field: string,
  key: string,
  context: RoleFrameworkContext,
): string | undefined {
  const id = context.competencyOf === undefined ? key : context.competencyOf(key);
  if (id === undefined) {
    cellIssue(
      record,
      field,
      'import.unknownCompetency',
      `${JSON.stringify(key.slice(0, 80))} is neither the id nor the code of a competency of the framework`,
    );
    return undefined;
  }
  if (!idSchema.safeParse(id).success) {
    cellIssue(
      record,
      field,
      'import.badId',
      `${JSON.stringify(id.slice(0, 80))} is not a competency id`,
    );
    return undefined;
  }
  return id;
}

function readWideRow(record: RecordCells, context: RoleFrameworkContext): RoleRow | undefined {
  const head = roleHead(record, context);
  const requirements: CompetencyRequirement[] = [];
  const requirementFields: string[] = [];
  let ok = head !== undefined;
  for (const key of record.columns.suffixes.get('requiredLevel.') ?? []) {
    const field = `requiredLevel.${key}`;
    if (cellText(record, field) === undefined) continue;
    const requiredLevel = wholeNumberCell(record, field);
    const competencyId = competencyIdOf(record, field, key, context);
    if (
      requiredLevel === undefined ||
      competencyId === undefined ||
      !levelOnScale(record, field, competencyId, requiredLevel, context)
    ) {
      ok = false;
      continue;
    }
    requirements.push({ competencyId, requiredLevel });
    requirementFields.push(field);
  }
  return ok && head !== undefined
    ? { record, role: head, requirements, requirementFields }
    : undefined;
}

function readLongRow(record: RecordCells, context: RoleFrameworkContext): RoleRow | undefined {
  const head = roleHead(record, context);
  const key = cellText(record, 'competencyId')?.trim();
  const level = cellText(record, 'requiredLevel');
  if (key === undefined && level === undefined)
    return head === undefined
      ? undefined
      : { record, role: head, requirements: [], requirementFields: [] };
  if (key === undefined || level === undefined) {
    cellIssue(
      record,
      key === undefined ? 'competencyId' : 'requiredLevel',
      'import.missingValue',
      'Give both the competency and its required level, or neither',
    );
    return undefined;
  }
  const requiredLevel = wholeNumberCell(record, 'requiredLevel');
  const competencyId = competencyIdOf(record, 'competencyId', key, context);
  if (
    head === undefined ||
    requiredLevel === undefined ||
    competencyId === undefined ||
    !levelOnScale(record, 'requiredLevel', competencyId, requiredLevel, context)
  )
    return undefined;
  return {
    record,
    role: head,
    requirements: [{ competencyId, requiredLevel }],
    requirementFields: ['requiredLevel'],
  };
}

import type { Membership, OrgUnit, Person, Role } from '@capkit/model';
import { csvTable, type CsvExportOptions } from './csvTable.js';
import { languagesOf, textColumns } from './languages.js';

/** People as `importOrganisation` reads them: `id`, `grade`. */
export function peopleToCsv(people: readonly Person[], options: CsvExportOptions = {}): string {
  return csvTable(
    ['id', 'grade'],
    people.map((person) => [person.id, person.grade]),
    options,
  );
}

/** Units as `importOrganisation` reads them: `id`, `code`, `name.<lang>`…, `parentId`. */
export function unitsToCsv(units: readonly OrgUnit[], options: CsvExportOptions = {}): string {
  const languages = languagesOf(units.map((unit) => unit.name));
  return csvTable(
    ['id', 'code', ...languages.map((lang) => `name.${lang}`), 'parentId'],
    units.map((unit) => [unit.id, unit.code, ...textColumns(unit.name, languages), unit.parentId]),
    options,
  );
}

/** Options of {@link rolesToCsv}. */
export interface RolesCsvOptions extends CsvExportOptions {
  /**
   * `wide`: a record per role, a `requiredLevel.<competencyId>` column per competency; `long`: a
   * record per requirement (`competencyId`, `requiredLevel`), the role's fields repeated, and
   * one record with those two blank for a role without requirements.
   * @default 'wide'
   */
  readonly layout?: 'wide' | 'long';
}

/** Role profiles as `importOrganisation` reads them, in the wide or the long layout. */
export function rolesToCsv(roles: readonly Role[], options: RolesCsvOptions = {}): string {
  const languages = languagesOf(roles.map((role) => role.title));
  const roleHeader = [
    'id',
    ...languages.map((lang) => `title.${lang}`),
    'family',
    'frameworkId',
    'frameworkVersion',
  ];
  const roleColumns = (role: Role) => [
    role.id,
    ...textColumns(role.title, languages),
    role.family,
    role.framework.frameworkId,
    role.framework.version,
  ];
  if (options.layout === 'long')
    return csvTable(
      [...roleHeader, 'competencyId', 'requiredLevel'],
      roles.flatMap((role) =>
        role.requirements.length === 0
          ? [[...roleColumns(role), '', '']]
          : role.requirements.map((requirement) => [
              ...roleColumns(role),
              requirement.competencyId,
              requirement.requiredLevel,
            ]),
      ),
      options,
    );
  const competencies = [
    ...new Set(roles.flatMap((role) => role.requirements.map((r) => r.competencyId))),
  ];
  return csvTable(
    [...roleHeader, ...competencies.map((id) => `requiredLevel.${id}`)],
    roles.map((role) => {
      const levels = new Map(role.requirements.map((r) => [r.competencyId, r.requiredLevel]));
      return [...roleColumns(role), ...competencies.map((id) => levels.get(id))];
    }),
    options,
  );
}

/** Memberships as `importOrganisation` reads them: `personId`, `unitId`, `roleId`, `from`, `to` (ISO dates). */
export function membershipsToCsv(
  memberships: readonly Membership[],
  options: CsvExportOptions = {},
): string {
  return csvTable(
    ['personId', 'unitId', 'roleId', 'from', 'to'],
    memberships.map((m) => [m.personId, m.unitId, m.roleId, m.from, m.to]),
    options,
  );
}

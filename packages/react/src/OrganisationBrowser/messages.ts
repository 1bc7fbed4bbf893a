import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages } from '../shared/widgetProps.js';

/** The counts the plain-language summary is made of, each ready to print and to pluralise. */
export interface OrganisationSummaryCounts {
  readonly people: LocalizedCount;
  readonly units: LocalizedCount;
  readonly roles: LocalizedCount;
  /** Units with no one in a role, themselves or below them. */
  readonly emptyUnits: LocalizedCount;
  /** The date the counts hold on, formatted; `undefined` when no `asOf` date was given. */
  readonly asOf: string | undefined;
}

/** Every string the organisation browser shows, so an app can translate it; English by default. */
export interface OrganisationBrowserMessages extends LoadStateMessages {
  /** The plain-language summary shown first. */
  readonly summary: (counts: OrganisationSummaryCounts) => string;
  readonly searchLabel: string;
  readonly searchHint: string;
  /** Announced (politely) after a search: how many units and roles match. */
  readonly resultCount: (units: LocalizedCount, roles: LocalizedCount, query: string) => string;
  readonly unitsHeading: string;
  readonly treeLabel: string;
  /** A unit's head counts, after its name in the tree. */
  readonly headCount: (own: LocalizedCount, total: LocalizedCount, hasChildren: boolean) => string;
  readonly peopleHeading: (unitName: string) => string;
  /** Caption of the table of a unit's people (read by screen readers). */
  readonly peopleTableCaption: (unitName: string) => string;
  /** Heading of the people panel while no unit is selected. */
  readonly peopleHeadingNone: string;
  readonly noUnitSelected: string;
  readonly noPeople: string;
  readonly personColumn: string;
  readonly roleColumn: string;
  readonly fromColumn: string;
  readonly toColumn: string;
  /** Shown in the "to" column of a membership that has no end date. */
  readonly ongoing: string;
  readonly rolesHeading: string;
  readonly competencyColumn: string;
  readonly requiredLevelColumn: string;
  /** Caption of a role's profile table. */
  readonly roleProfileCaption: (roleTitle: string) => string;
  /** A role's current head count. */
  readonly roleHeadCount: (people: LocalizedCount) => string;
  readonly noRoles: string;
  readonly noRequirements: string;
  /** Names a competency that is not in the framework given, by its id. */
  readonly unknownCompetency: (id: string) => string;
  /** Names a role that is not in the list given, by its id. */
  readonly unknownRole: (id: string) => string;
}

const people = (count: LocalizedCount) =>
  plural(count, { one: '{count} person', other: '{count} people' });
const units = (count: LocalizedCount) =>
  plural(count, { one: '{count} unit', other: '{count} units' });
const roles = (count: LocalizedCount) =>
  plural(count, { one: '{count} role', other: '{count} roles' });

/** English defaults for {@link OrganisationBrowserMessages}. */
export const defaultOrganisationBrowserMessages: OrganisationBrowserMessages = {
  summary: (counts) => {
    const when = counts.asOf === undefined ? '' : ` on ${counts.asOf}`;
    const empty =
      counts.emptyUnits.value === 0
        ? 'every unit has someone in a role.'
        : `${plural(counts.emptyUnits, {
            one: '{count} unit has',
            other: '{count} units have',
          })} no one in a role yet.`;
    return `${people(counts.people)} in ${units(counts.units)} and ${roles(counts.roles)}${when}; ${empty}`;
  },
  searchLabel: 'Search units and roles',
  searchHint: 'Search by unit name, unit code or role title.',
  resultCount: (unitCount, roleCount, query) =>
    `${plural(unitCount, { one: '{count} unit', other: '{count} units' })} and ${plural(roleCount, {
      one: '{count} role',
      other: '{count} roles',
    })} match “${query}”.`,
  unitsHeading: 'Units',
  treeLabel: 'Organisation units',
  headCount: (own, total, hasChildren) =>
    hasChildren ? `${people(own)} in the unit, ${people(total)} with its sub-units` : people(own),
  peopleHeading: (unitName) => `People in ${unitName}`,
  peopleHeadingNone: 'People',
  peopleTableCaption: (unitName) => `Roles held in ${unitName}, with their dates`,
  noUnitSelected: 'Select a unit to see the people in it and their roles.',
  noPeople: 'No one is in a role in this unit itself.',
  personColumn: 'Person',
  roleColumn: 'Role',
  fromColumn: 'From',
  toColumn: 'To',
  ongoing: 'ongoing',
  rolesHeading: 'Roles and their required levels',
  competencyColumn: 'Competency',
  requiredLevelColumn: 'Required level',
  roleProfileCaption: (roleTitle) => `Required levels for ${roleTitle}`,
  roleHeadCount: (count) => `${people(count)} in this role`,
  noRoles: 'No roles match.',
  noRequirements: 'This role has no required levels yet.',
  unknownCompetency: (id) => `Unknown competency (${id})`,
  unknownRole: (id) => `Unknown role (${id})`,
  loading: 'Loading the organisation…',
  error: 'The organisation could not be loaded. Try again later.',
  empty: 'This organisation has no units yet.',
};

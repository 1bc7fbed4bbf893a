import type { LocalizedText } from '../localizedText.js';
import type { OrgUnit } from '../organisation.js';
import { sampleDepartments, type SampleDepartment } from './sampleDepartments.js';
import { shiftDate, shiftMonths } from './sampleDates.js';
import { deriveSeed, mix32, SeededRandom } from './seededRandom.js';

/** Random streams of the sample generator; each piece of data draws from its own. */
export const sampleStream = {
  personId: 1,
  person: 2,
  personalData: 3,
  responses: 4,
  selection: 5,
  programme: 6,
  /** The maturity index and the evaluation observations, added in schemaVersion 2. */
  cycleAdditions: 7,
} as const;

/** A team of the fictional ministry and the contiguous range of people in it. */
export interface SampleTeam {
  /** Id of the team's unit. */
  readonly unitId: string;
  /** Department the team belongs to, which decides its role mix. */
  readonly department: SampleDepartment;
  /** Position of the team in its department; the head of department leads team 0. */
  readonly indexInDepartment: number;
  /** Index of the first person, who leads the team. */
  readonly firstPerson: number;
  /** Index after the last person. */
  readonly endPerson: number;
}

/**
 * The shape of the fictional ministry for a head count: its unit tree and its teams. People are
 * not held here; {@link samplePerson} derives any one of them from its index, which is what lets
 * a million people's responses be streamed without building the people first.
 */
export interface SampleOrganisation {
  /** Number of people. */
  readonly people: number;
  /** Seed of every random stream. */
  readonly seed: number;
  /** Id of the top unit. */
  readonly ministryUnitId: string;
  /** Units top-down: the ministry, departments, any intermediate units, teams. */
  readonly units: OrgUnit[];
  /** Teams in person order: team k holds the people after those of team k − 1. */
  readonly teams: readonly SampleTeam[];
  /** Unit id of each department, in {@link sampleDepartments} order. */
  readonly departmentUnitIds: readonly string[];
  /** Seed-dependent offset that makes person ids differ between seeds. */
  readonly idOffset: number;
}

/** People per team, on average (the lead included). */
const teamSize = 9;
/** Most children a unit has before an intermediate level is added under it. */
const branching = 12;

const levelNames: readonly LocalizedText[] = [
  { en: 'Directorate', fr: 'Direction' },
  { en: 'Division', fr: 'Division' },
  { en: 'Section', fr: 'Section' },
];
const deeperLevelName: LocalizedText = { en: 'Group', fr: 'Groupe' };

/**
 * Lays out the ministry for `people` people: teams of about nine, up to eight departments
 * (about √teams of them), and intermediate levels wherever a unit would have over twelve children.
 */
export function sampleOrganisation(people: number, seed: number): SampleOrganisation {
  const teamCount = Math.max(1, Math.ceil(people / teamSize));
  const departmentCount = Math.min(sampleDepartments.length, Math.ceil(Math.sqrt(teamCount)));
  const ministryUnitId = 'unit-MDS';
  const units: OrgUnit[] = [
    {
      id: ministryUnitId,
      name: { en: 'Ministry of Digital Services', fr: 'Ministère des Services numériques' },
      code: 'MDS',
    },
  ];
  const teams: SampleTeam[] = [];
  const departmentUnitIds: string[] = [];

  const addTeams = (
    department: SampleDepartment,
    parent: OrgUnit & { readonly code: string },
    firstTeam: number,
    endTeam: number,
    depth: number,
    departmentFirstTeam: number,
  ) => {
    const count = endTeam - firstTeam;
    if (count <= branching) {
      for (let team = firstTeam; team < endTeam; team += 1) {
        const indexInDepartment = team - departmentFirstTeam;
        const topics = department.teamTopics;
        const topic = topics[indexInDepartment % topics.length] ?? { en: 'Delivery' };
        const round = Math.floor(indexInDepartment / topics.length);
        const suffix = round === 0 ? '' : ` ${round + 1}`;
        const code = `${parent.code}.${team - firstTeam + 1}`;
        const unit: OrgUnit = {
          id: `unit-${code}`,
          name: {
            en: `${topic['en'] ?? ''} team${suffix}`,
            fr: `Équipe ${topic['fr'] ?? ''}${suffix}`,
          },
          code,
          parentId: parent.id,
        };
        units.push(unit);
        teams.push({
          unitId: unit.id,
          department,
          indexInDepartment,
          firstPerson: Math.floor((team * people) / teamCount),
          endPerson: Math.floor(((team + 1) * people) / teamCount),
        });
      }
      return;
    }
    const groups = Math.min(branching, Math.ceil(count / branching));
    const level = levelNames[depth] ?? deeperLevelName;
    for (let group = 0; group < groups; group += 1) {
      const code = `${parent.code}.${group + 1}`;
      const suffix = code.slice(code.indexOf('.') + 1);
      const unit = {
        id: `unit-${code}`,
        name: {
          en: `${department.name['en'] ?? ''} — ${level['en'] ?? ''} ${suffix}`,
          fr: `${department.name['fr'] ?? ''} — ${level['fr'] ?? ''} ${suffix}`,
        },
        code,
        parentId: parent.id,
      };
      units.push(unit);
      addTeams(
        department,
        unit,
        firstTeam + Math.floor((group * count) / groups),
        firstTeam + Math.floor(((group + 1) * count) / groups),
        depth + 1,
        departmentFirstTeam,
      );
    }
  };

  for (let index = 0; index < departmentCount; index += 1) {
    const department = sampleDepartments[index];
    if (department === undefined) break;
    const code = `MDS-${department.code}`;
    const unit = { id: `unit-${code}`, name: department.name, code, parentId: ministryUnitId };
    units.push(unit);
    departmentUnitIds.push(unit.id);
    const firstTeam = Math.floor((index * teamCount) / departmentCount);
    const endTeam = Math.floor(((index + 1) * teamCount) / departmentCount);
    addTeams(department, unit, firstTeam, endTeam, 0, firstTeam);
  }

  return {
    people,
    seed,
    ministryUnitId,
    units,
    teams,
    departmentUnitIds,
    idOffset: deriveSeed(seed, sampleStream.personId),
  };
}

/**
 * The pseudonymous id of the person at `index`: `p-` and eight hex digits that reveal neither the
 * index nor anything else. Unique within a workspace, since it is a bijection of the index.
 */
export function samplePersonId(organisation: SampleOrganisation, index: number): string {
  return `p-${mix32(index + organisation.idOffset)
    .toString(16)
    .padStart(8, '0')}`;
}

/** A person of the fictional ministry, as derived from their index. */
export interface SamplePerson {
  /** Position in the ministry's person order. */
  readonly index: number;
  /** Pseudonymous id; see {@link samplePersonId}. */
  readonly id: string;
  /** Current role. */
  readonly roleId: string;
  /** Pay band, `B3` to `B7`. */
  readonly grade: string;
  /** Whether they lead their team (and so rate its members as supervisor). */
  readonly isLead: boolean;
  /** Index of their team lead; their own index when they lead. */
  readonly leadIndex: number;
  /** First day in their current role. */
  readonly startedOn: string;
  /** An earlier role in the same unit, for about one member in twenty. */
  readonly previousRole?: { readonly roleId: string; readonly from: string; readonly to: string };
}

const firstStartDate = '2013-01-01';
const startMonths = 156;
const memberGrades = ['B3', 'B4', 'B5'] as const;
const memberGradeWeights = [30, 45, 25];

/** Derives the person at `index` (who must be in `team`) from their own random stream. */
export function samplePerson(
  organisation: SampleOrganisation,
  team: SampleTeam,
  index: number,
): SamplePerson {
  const random = new SeededRandom(deriveSeed(organisation.seed, sampleStream.person, index));
  const id = samplePersonId(organisation, index);
  const isLead = index === team.firstPerson;
  const started = random.int(0, startMonths - 1);
  const startedOn = startDate(started);
  if (isLead) {
    const isHead = team.indexInDepartment === 0;
    return {
      index,
      id,
      roleId: isHead ? 'dg-role-digital-leader' : team.department.leadRoleId,
      grade: isHead ? 'B7' : 'B6',
      isLead,
      leadIndex: index,
      startedOn,
    };
  }
  const roles = team.department.memberRoles;
  const weights = roles.map(([, weight]) => weight);
  const roleId = roles[random.weighted(weights)]?.[0] ?? team.department.leadRoleId;
  const grade = memberGrades[random.weighted(memberGradeWeights)] ?? 'B4';
  const person = { index, id, roleId, grade, isLead, leadIndex: team.firstPerson, startedOn };
  if (started >= 2 && random.chance(0.05)) {
    const previousRoleId = roles[random.weighted(weights)]?.[0] ?? roleId;
    const from = startDate(random.int(0, started - 2));
    return {
      ...person,
      previousRole: { roleId: previousRoleId, from, to: shiftDate(startedOn, -1) },
    };
  }
  return person;
}

// Start dates repeat across people, so each is formatted once.
const startDates: string[] = [];
function startDate(month: number): string {
  let date = startDates[month];
  if (date === undefined) {
    date = shiftMonths(firstStartDate, month);
    startDates[month] = date;
  }
  return date;
}

// The stakeholders area's reads and changes of the workspace, run in the worker. Names start "stakeholders.".
import {
  engagementActivitySchema,
  engagementStrategySchema,
  stakeholderAttitudeSchema,
  stakeholderSchema,
  suggestedEngagementStrategy,
  type Stakeholder,
  type Workspace,
} from '@capkit/model';
import { z } from 'zod';
import { defineMutation, defineQuery, DemoError } from '../contract.js';

const localeArg = z.enum(['en', 'fr', 'ar']);
const rating = z.number().int().min(1).max(5);
const idArg = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/u);

/** What the visitor types for a stakeholder; the name is in the language they are reading. */
const stakeholderFields = {
  name: z.string().trim().min(1, 'Enter the stakeholder’s name').max(200),
  category: stakeholderSchema.shape.category,
  power: rating,
  interest: rating,
  attitude: stakeholderAttitudeSchema,
  /** Left out: the strategy the power–interest grid suggests. */
  strategy: engagementStrategySchema.optional(),
  locale: localeArg,
};

const activityFields = {
  kind: engagementActivitySchema.shape.kind,
  date: z.iso.date(),
  summary: z.string().trim().min(1, 'Enter what the activity is').max(500),
  locale: localeArg,
};

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 40);

/** An id no entry of `taken` has: `prefix`, then -2, -3… */
function freshId(prefix: string, taken: ReadonlySet<string>): string {
  if (!taken.has(prefix)) return prefix;
  for (let suffix = 2; ; suffix += 1)
    if (!taken.has(`${prefix}-${suffix}`)) return `${prefix}-${suffix}`;
}

function findStakeholder(workspace: Workspace, id: string): Stakeholder {
  const found = workspace.stakeholders.find((stakeholder) => stakeholder.id === id);
  if (found === undefined) throw new DemoError(`There is no stakeholder "${id}" in the register.`);
  return found;
}

// Each entry is checked against the model's schema before it is stored: the register stays valid.
function checked(stakeholder: Stakeholder, index: number): Stakeholder {
  const result = stakeholderSchema.safeParse(stakeholder);
  if (!result.success)
    throw new DemoError(
      'The stakeholder could not be saved.',
      result.error.issues.map((issue) => ({
        path: `stakeholders[${index}].${issue.path.join('.')}`,
        code: issue.code,
        message: issue.message,
      })),
    );
  return result.data;
}

function replaceStakeholder(workspace: Workspace, next: Stakeholder): Workspace {
  const index = workspace.stakeholders.findIndex((stakeholder) => stakeholder.id === next.id);
  const stakeholders = [...workspace.stakeholders];
  stakeholders[index] = checked(next, index);
  return { ...workspace, stakeholders };
}

export const queries = {
  /** The register, and the names of the people who own engagement activities. */
  'stakeholders.register': defineQuery({
    args: z.strictObject({}),
    run: (workspace) => {
      const owners = new Set(
        workspace.stakeholders.flatMap((stakeholder) =>
          stakeholder.activities.flatMap((activity) =>
            activity.ownerId === undefined ? [] : [activity.ownerId],
          ),
        ),
      );
      const people: Record<string, string> = {};
      for (const entry of workspace.personalData ?? [])
        if (owners.has(entry.personId)) people[entry.personId] = entry.name;
      return { stakeholders: workspace.stakeholders, people };
    },
  }),
  /** One stakeholder, to edit. */
  'stakeholders.stakeholder': defineQuery({
    args: z.strictObject({ id: idArg }),
    run: (workspace, { id }) => findStakeholder(workspace, id),
  }),
};

export const mutations = {
  /** Adds a stakeholder to the register, in the register's latest round. */
  'stakeholders.add': defineMutation({
    args: z.strictObject(stakeholderFields),
    run: (workspace, { name, locale, strategy, ...rest }) => {
      const taken = new Set(workspace.stakeholders.map((stakeholder) => stakeholder.id));
      // The register's current round: the latest any entry belongs to.
      const round = Math.max(1, ...workspace.stakeholders.map((entry) => entry.round));
      const stakeholder: Stakeholder = {
        id: freshId(`sh-${slug(name) || 'stakeholder'}`, taken),
        round,
        name: { [locale]: name },
        ...rest,
        strategy: strategy ?? suggestedEngagementStrategy(rest.power, rest.interest),
        activities: [],
      };
      const next = [...workspace.stakeholders, checked(stakeholder, workspace.stakeholders.length)];
      return { workspace: { ...workspace, stakeholders: next }, result: { id: stakeholder.id } };
    },
  }),
  /** Changes a stakeholder; the name changes in the language being read, the others are kept. */
  'stakeholders.update': defineMutation({
    args: z.strictObject({ id: idArg, ...stakeholderFields }),
    run: (workspace, { id, name, locale, strategy, ...rest }) => {
      const current = findStakeholder(workspace, id);
      const next: Stakeholder = {
        ...current,
        ...rest,
        name: { ...current.name, [locale]: name },
        strategy: strategy ?? suggestedEngagementStrategy(rest.power, rest.interest),
      };
      return { workspace: replaceStakeholder(workspace, next), result: { id } };
    },
  }),
  /** Moves a stakeholder on the grid (StakeholderGrid's keyboard move): power, interest, strategy. */
  'stakeholders.place': defineMutation({
    args: z.strictObject({
      id: idArg,
      power: rating,
      interest: rating,
      strategy: engagementStrategySchema,
    }),
    run: (workspace, { id, ...placement }) => {
      const next = { ...findStakeholder(workspace, id), ...placement };
      return { workspace: replaceStakeholder(workspace, next), result: { id } };
    },
  }),
  /** Takes a stakeholder off the register, with its engagement plan. */
  'stakeholders.remove': defineMutation({
    args: z.strictObject({ id: idArg }),
    run: (workspace, { id }) => {
      findStakeholder(workspace, id);
      return {
        workspace: {
          ...workspace,
          stakeholders: workspace.stakeholders.filter((stakeholder) => stakeholder.id !== id),
        },
        result: { id },
      };
    },
  }),
  /** Adds an activity to a stakeholder's engagement plan. */
  'stakeholders.addActivity': defineMutation({
    args: z.strictObject({ stakeholderId: idArg, ...activityFields }),
    run: (workspace, { stakeholderId, kind, date, summary, locale }) => {
      const current = findStakeholder(workspace, stakeholderId);
      const taken = new Set(current.activities.map((activity) => activity.id));
      const activity = {
        id: freshId(`${current.id}-activity-${current.activities.length + 1}`, taken),
        kind,
        date,
        summary: { [locale]: summary },
      };
      const activities = [...current.activities, activity].sort((a, b) =>
        a.date.localeCompare(b.date),
      );
      return {
        workspace: replaceStakeholder(workspace, { ...current, activities }),
        result: { id: activity.id },
      };
    },
  }),
  /** Takes an activity out of a stakeholder's engagement plan. */
  'stakeholders.removeActivity': defineMutation({
    args: z.strictObject({ stakeholderId: idArg, activityId: idArg }),
    run: (workspace, { stakeholderId, activityId }) => {
      const current = findStakeholder(workspace, stakeholderId);
      if (!current.activities.some((activity) => activity.id === activityId))
        throw new DemoError(`The engagement plan has no activity "${activityId}".`);
      const activities = current.activities.filter((activity) => activity.id !== activityId);
      return {
        workspace: replaceStakeholder(workspace, { ...current, activities }),
        result: { id: activityId },
      };
    },
  }),
};

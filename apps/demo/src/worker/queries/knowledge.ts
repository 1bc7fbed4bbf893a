// The knowledge area's reads and changes of the workspace, run in the worker. Names start "knowledge.".
import {
  knowledgeItemSchema,
  knowledgeStageSchema,
  type CommunityOfPractice,
  type KnowledgeItem,
  type LocalizedText,
} from '@capkit/model';
import { z } from 'zod';
import { defineMutation, defineQuery, DemoError } from '../contract.js';
import { neededCount } from './capacity.js';
import { competencyNames, needsBasis } from './responseNeeds.js';

const localeArg = z.string().max(35);
const dayArg = z.iso.date();
const idArg = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/u);

type ActivityKind = CommunityOfPractice['activities'][number]['kind'];

// CommunityDirectory writes each activity as "<kind>: <title>". Some titles already begin with
// their kind (the sample's "Show and tell: building blocks in live services"), which would read
// "Show and tell: Show and tell: …". These are the kind names a title may repeat, in the
// demo's languages (the widget's English and the names the page passes in French and Arabic).
const kindNames: Readonly<Record<ActivityKind, readonly string[]>> = {
  meetup: ['Meetup', 'Meet-up', 'Rencontre', 'لقاء'],
  showAndTell: ['Show and tell', 'Présentation', 'عرض وتبادل'],
  workshop: ['Workshop', 'Atelier', 'ورشة عمل'],
  conference: ['Conference', 'Conférence', 'مؤتمر'],
  mentoring: ['Mentoring', 'Mentorat', 'إرشاد'],
  other: [],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** `title` without a leading "<its kind>:" in any language; the rest starts with a capital. */
export function titleWithoutKind(kind: ActivityKind, title: LocalizedText): LocalizedText {
  const names = kindNames[kind];
  if (names.length === 0) return title;
  const prefix = new RegExp(`^\\s*(?:${names.map(escape).join('|')})\\s*[:：]\\s*`, 'iu');
  const cleaned: Record<string, string> = {};
  for (const [language, text] of Object.entries(title)) {
    const rest = text.replace(prefix, '');
    // A title that is only its kind stays as it was: an empty title would not be valid.
    cleaned[language] =
      rest === '' || rest === text
        ? text
        : rest.charAt(0).toLocaleUpperCase(language) + rest.slice(1);
  }
  return cleaned;
}

/** The community with each activity's title cleared of its repeated kind, for display. */
const forDisplay = (community: CommunityOfPractice): CommunityOfPractice => ({
  ...community,
  activities: community.activities.map((activity) => ({
    ...activity,
    title: titleWithoutKind(activity.kind, activity.title),
  })),
});

export const queries = {
  /**
   * What the knowledge page shows: the knowledge items on the cycle, the communities of practice
   * and centres of excellence, the competencies the training-needs analysis ranks most needed
   * (for "none builds …"), and the names of the communities' members only.
   */
  'knowledge.overview': defineQuery({
    args: z.strictObject({ locale: localeArg, asOf: dayArg }),
    run: (workspace, { locale, asOf }, { progress }) => {
      progress(0, 2);
      // The slow part (about a second, cached per stored workspace): the needs the summary names.
      const { analysis } = needsBasis(workspace);
      progress(1, 2);
      const needed = analysis.priorities.units
        .filter((unit) => unit.rank !== null)
        .sort((a, b) => (a.rank as number) - (b.rank as number))
        .slice(0, neededCount)
        .map((unit) => analysis.needCompetencyIds[unit.unit] as string);
      const members = new Set(workspace.communities.flatMap((community) => community.memberIds));
      const upcoming = workspace.communities
        .flatMap((community) => community.activities)
        .filter((activity) => activity.date >= asOf)
        .sort((a, b) => a.date.localeCompare(b.date));
      // Only the frameworks the communities, centres and items name: their competency names and areas.
      const named = new Set([
        ...workspace.communities.flatMap((community) => community.competencyIds),
        ...workspace.knowledgeItems.flatMap((item) => item.competencyIds),
        ...workspace.assets.flatMap((asset) =>
          asset.kind === 'centreOfExcellence'
            ? asset.capabilityCentres.flatMap((centre) => centre.competencyIds)
            : [],
        ),
        ...needed,
      ]);
      const frameworks = workspace.frameworks.filter((framework) =>
        framework.competencies.some((competency) => named.has(competency.id)),
      );
      const names = competencyNames(workspace, locale);
      progress(2, 2);
      return {
        items: workspace.knowledgeItems,
        communities: workspace.communities.map(forDisplay),
        centres: workspace.assets.filter((asset) => asset.kind === 'centreOfExcellence'),
        frameworks,
        competencyNames: Object.fromEntries([...named].map((id) => [id, names[id] ?? id])),
        neededCompetencyIds: needed,
        personalData: (workspace.personalData ?? [])
          .filter((entry) => members.has(entry.personId))
          .map(({ personId, name }) => ({ personId, name })),
        counts: {
          items: workspace.knowledgeItems.length,
          utilised: workspace.knowledgeItems.filter((item) => item.stage === 'utilised').length,
          communities: workspace.communities.length,
          members: members.size,
          upcoming: upcoming.length,
        },
        nextActivity: upcoming[0]?.date ?? null,
      };
    },
  }),
};

export const mutations = {
  /**
   * Moves a knowledge item to another stage of the cycle (KnowledgeCycleBoard's move), appending
   * `{ stage, at }` to its history; the item is checked against the model's schema.
   */
  'knowledge.moveItem': defineMutation({
    args: z.strictObject({
      id: idArg,
      stage: knowledgeStageSchema,
      at: z.iso.datetime({ offset: true }),
    }),
    run: (workspace, { id, stage, at }) => {
      const index = workspace.knowledgeItems.findIndex((item) => item.id === id);
      const current = workspace.knowledgeItems[index];
      if (current === undefined) throw new DemoError(`There is no knowledge item "${id}".`);
      if (current.stage === stage) return { workspace, result: { id, stage } };
      const moved: KnowledgeItem = {
        ...current,
        stage,
        history: [...current.history, { stage, at }],
      };
      const checked = knowledgeItemSchema.safeParse(moved);
      if (!checked.success)
        throw new DemoError(
          'The knowledge item could not be moved.',
          checked.error.issues.map((issue) => ({
            path: `knowledgeItems[${index}].${issue.path.join('.')}`,
            code: issue.code,
            message: issue.message,
          })),
        );
      const knowledgeItems = [...workspace.knowledgeItems];
      knowledgeItems[index] = checked.data;
      return { workspace: { ...workspace, knowledgeItems }, result: { id, stage } };
    },
  }),
};

import type {
  CapacityAsset,
  CommunityOfPractice,
  CompetencyFramework,
  LocalizedText,
  ResolvedText,
} from '@capkit/model';
import { foldSearchQuery } from '../FrameworkBrowser/searchText.js';

/** A centre of excellence: the capacity asset of that kind. */
export type CentreOfExcellence = Extract<CapacityAsset, { kind: 'centreOfExcellence' }>;

/** One activity of a community of practice. */
export type CommunityActivity = CommunityOfPractice['activities'][number];

/** One line of the directory: a community of practice or a centre of excellence. */
export interface DirectoryEntry {
  readonly id: string;
  readonly kind: 'community' | 'centre';
  readonly name: ResolvedText;
  /** A community's topic or region; `undefined` for a centre, which has neither. */
  readonly focus: { readonly kind: 'topic' | 'region'; readonly text: ResolvedText } | undefined;
  /** The competencies it builds, each once: a centre's own and its capability centres'. */
  readonly competencyIds: readonly string[];
  /** A community's members (pseudonymous ids); empty for a centre, which records none. */
  readonly memberIds: readonly string[];
  readonly activities: readonly CommunityActivity[];
  /** A centre's capability centres; empty for a community. */
  readonly capabilityCentres: readonly {
    readonly id: string;
    readonly name: ResolvedText;
    readonly competencyIds: readonly string[];
  }[];
  /** The framework areas its competencies sit in, with every enclosing area. */
  readonly areaIds: ReadonlySet<string>;
  /** Name, focus, capability centres and competency names, folded for search. */
  readonly searchText: string;
}

/** What the directory's filters keep; `null` (or `''` for the query) keeps everything. */
export interface DirectoryFilter {
  /** A topic as shown (resolved in the reader's locale). */
  readonly topic: string | null;
  /** A region as shown. */
  readonly region: string | null;
  /** A framework area id: keeps entries building a competency in it or in an area inside it. */
  readonly areaId: string | null;
  /** Free text, matched case- and accent-insensitively. */
  readonly query: string;
}

/** The filter that keeps everything. */
export const noDirectoryFilter: DirectoryFilter = {
  topic: null,
  region: null,
  areaId: null,
  query: '',
};

/** What {@link directoryEntries} needs besides the documents. */
export interface EntryContext {
  readonly resolve: (text: LocalizedText) => ResolvedText;
  /** A competency's name; its id when the framework does not know it. */
  readonly competencyName: (id: string) => string;
  /** The areas a competency sits in, innermost first; `[]` when unknown. */
  readonly areasOf: (competencyId: string) => readonly string[];
  /** Orders entries by name in the reader's language. */
  readonly compare: (a: string, b: string) => number;
}

/**
 * The directory's entries: every community of practice and every centre of excellence among
 * `assets` (other asset kinds are left out; a community's asset duplicates the community
 * itself), sorted by name.
 */
export function directoryEntries(
  communities: readonly CommunityOfPractice[],
  assets: readonly CapacityAsset[],
  context: EntryContext,
): DirectoryEntry[] {
  const entry = (
    base: Omit<DirectoryEntry, 'areaIds' | 'searchText' | 'competencyIds'>,
    competencyIds: readonly string[],
  ): DirectoryEntry => {
    const unique = [...new Set(competencyIds)];
    return {
      ...base,
      competencyIds: unique,
      areaIds: new Set(unique.flatMap(context.areasOf)),
      searchText: foldSearchQuery(
        [
          base.name.text,
          base.focus?.text.text ?? '',
          ...base.capabilityCentres.map((centre) => centre.name.text),
          ...unique.map(context.competencyName),
        ].join('\n'),
      ),
    };
  };
  const entries = [
    ...communities.map((community) =>
      entry(
        {
          id: community.id,
          kind: 'community',
          name: context.resolve(community.name),
          focus:
            community.focus.kind === 'topic'
              ? { kind: 'topic', text: context.resolve(community.focus.topic) }
              : { kind: 'region', text: context.resolve(community.focus.region) },
          memberIds: community.memberIds,
          activities: community.activities,
          capabilityCentres: [],
        },
        community.competencyIds,
      ),
    ),
    ...assets.flatMap((asset) =>
      asset.kind === 'centreOfExcellence'
        ? [
            entry(
              {
                id: asset.id,
                kind: 'centre',
                name: context.resolve(asset.name),
                focus: undefined,
                memberIds: [],
                activities: [],
                capabilityCentres: asset.capabilityCentres.map((centre) => ({
                  id: centre.id,
                  name: context.resolve(centre.name),
                  competencyIds: centre.competencyIds,
                })),
              },
              [
                ...asset.competencyIds,
                ...asset.capabilityCentres.flatMap((centre) => centre.competencyIds),
              ],
            ),
          ]
        : [],
    ),
  ];
  return entries.sort((a, b) => context.compare(a.name.text, b.name.text));
}

/**
 * For each competency of the frameworks, its area and every area enclosing it, innermost first.
 * An area cycle (which validation rejects) stops at the first repeat rather than looping.
 */
export function competencyAreas(
  frameworks: readonly CompetencyFramework[],
): ReadonlyMap<string, readonly string[]> {
  const result = new Map<string, string[]>();
  for (const framework of frameworks) {
    const parents = new Map(framework.areas.map((area) => [area.id, area.parentId]));
    for (const competency of framework.competencies) {
      const chain: string[] = [];
      for (let id = competency.areaId; id !== undefined && !chain.includes(id);) {
        chain.push(id);
        id = parents.get(id);
      }
      result.set(competency.id, chain);
    }
  }
  return result;
}

/** The entries the filter keeps, in order. */
export function filterEntries(
  entries: readonly DirectoryEntry[],
  { topic, region, areaId, query }: DirectoryFilter,
): readonly DirectoryEntry[] {
  const folded = foldSearchQuery(query);
  const focusIs = (entry: DirectoryEntry, kind: 'topic' | 'region', text: string | null) =>
    text === null || (entry.focus?.kind === kind && entry.focus.text.text === text);
  return entries.filter(
    (entry) =>
      focusIs(entry, 'topic', topic) &&
      focusIs(entry, 'region', region) &&
      (areaId === null || entry.areaIds.has(areaId)) &&
      entry.searchText.includes(folded),
  );
}

/** Whether the filter hides anything at all. */
export function isFiltering(filter: DirectoryFilter): boolean {
  return (
    filter.topic !== null ||
    filter.region !== null ||
    filter.areaId !== null ||
    foldSearchQuery(filter.query) !== ''
  );
}

/** The topics (or regions) of the entries, each once, sorted. */
export function focusOptions(
  entries: readonly DirectoryEntry[],
  kind: 'topic' | 'region',
  compare: (a: string, b: string) => number,
): readonly string[] {
  const texts = entries.flatMap((entry) =>
    entry.focus?.kind === kind ? [entry.focus.text.text] : [],
  );
  return [...new Set(texts)].sort(compare);
}

/**
 * The calendar day `asOf` falls on, as `YYYY-MM-DD`: a string's first ten characters (so an
 * app passes the reader's own day), a Date's day in UTC (so server and browser agree).
 */
export function asOfDay(asOf: string | Date): string {
  return (typeof asOf === 'string' ? asOf : asOf.toISOString()).slice(0, 10);
}

/**
 * Activities on or after `today` (upcoming, soonest first) and before it (past, latest first).
 * An activity today is upcoming: it has not finished yet.
 */
export function splitActivities(
  activities: readonly CommunityActivity[],
  today: string,
): {
  readonly upcoming: readonly CommunityActivity[];
  readonly past: readonly CommunityActivity[];
} {
  const byDate = [...activities].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    upcoming: byDate.filter((activity) => activity.date >= today),
    past: byDate.filter((activity) => activity.date < today).reverse(),
  };
}

/** The counts the plain-language summary is made of. */
export interface DirectoryFindings {
  readonly communities: number;
  readonly centres: number;
  /** Distinct competencies that some entry builds. */
  readonly built: number;
  /** The needed competencies no entry builds, in the order given. */
  readonly missing: readonly string[];
}

/** Counts for the summary, over every entry (the filters do not change the whole story). */
export function directoryFindings(
  entries: readonly DirectoryEntry[],
  neededCompetencyIds: readonly string[],
): DirectoryFindings {
  const built = new Set(entries.flatMap((entry) => entry.competencyIds));
  return {
    communities: entries.filter((entry) => entry.kind === 'community').length,
    centres: entries.filter((entry) => entry.kind === 'centre').length,
    built: built.size,
    missing: [...new Set(neededCompetencyIds)].filter((id) => !built.has(id)),
  };
}

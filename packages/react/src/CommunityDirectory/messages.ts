import type { CommunityOfPractice } from '@capkit/model';
import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages, ViewSwitchMessages } from '../shared/widgetProps.js';

/** What the plain-language summary is made of, each count ready to print and to pluralise. */
export interface DirectorySummaryCounts {
  readonly communities: LocalizedCount;
  readonly centres: LocalizedCount;
  /** Distinct competencies some entry builds. */
  readonly built: LocalizedCount;
  /** How many competencies the app said it needs; 0 when it named none. */
  readonly needed: LocalizedCount;
  /** How many of those no entry builds. */
  readonly missing: LocalizedCount;
  /** Their names, joined with "or" in the reader's language (`Intl.ListFormat`). */
  readonly missingNames: string;
}

/** An activity's kind, as the model spells it. */
export type ActivityKind = CommunityOfPractice['activities'][number]['kind'];

/** Every string the community directory shows, so an app can translate it; English by default. */
export interface CommunityDirectoryMessages extends LoadStateMessages, ViewSwitchMessages {
  /** The plain-language summary shown first. */
  readonly summary: (counts: DirectorySummaryCounts) => string;
  readonly community: string;
  readonly centre: string;
  readonly topic: (topic: string) => string;
  readonly region: (region: string) => string;
  readonly membersLabel: string;
  readonly memberCount: (count: LocalizedCount) => string;
  /** The disclosure that lists the members. */
  readonly showMembers: string;
  /** Said of the member list when the app passed no personal data. */
  readonly pseudonymous: string;
  readonly competenciesLabel: string;
  readonly noCompetencies: string;
  readonly capabilityCentresLabel: string;
  readonly upcomingLabel: (count: LocalizedCount) => string;
  readonly pastLabel: (count: LocalizedCount) => string;
  readonly noUpcoming: string;
  readonly activityKind: Readonly<Record<ActivityKind, string>>;
  readonly filtersLabel: string;
  readonly searchLabel: string;
  readonly searchHint: string;
  readonly topicFilter: string;
  readonly allTopics: string;
  readonly regionFilter: string;
  readonly allRegions: string;
  readonly areaFilter: string;
  readonly allAreas: string;
  readonly clearFilters: string;
  /** Announced politely whenever the results change. */
  readonly resultCount: (shown: LocalizedCount, total: LocalizedCount, filtered: boolean) => string;
  readonly noMatches: string;
  readonly tableCaption: (title: string) => string;
  readonly nameHeading: string;
  readonly kindHeading: string;
  readonly focusHeading: string;
  readonly membersHeading: string;
  readonly nextHeading: string;
  readonly lastHeading: string;
  readonly competenciesHeading: string;
  /** A table cell with nothing to show, e.g. a centre's members, which are not recorded. */
  readonly none: string;
}

/** English defaults for {@link CommunityDirectoryMessages}. */
export const defaultCommunityDirectoryMessages: CommunityDirectoryMessages = {
  summary: ({ communities, centres, built, needed, missing, missingNames }) => {
    const first = `${plural(communities, {
      one: '{count} community',
      other: '{count} communities',
    })} and ${plural(centres, { one: '{count} centre', other: '{count} centres' })} of excellence`;
    if (needed.value === 0)
      return `${first}; together they build ${plural(built, {
        one: '{count} competency',
        other: '{count} competencies',
      })}.`;
    return missing.value === 0
      ? `${first}; together they build every competency you need (${needed.text}).`
      : `${first}; none builds ${missingNames}.`;
  },
  community: 'Community of practice',
  centre: 'Centre of excellence',
  topic: (topic) => `Topic: ${topic}`,
  region: (region) => `Region: ${region}`,
  membersLabel: 'Members',
  memberCount: (count) => plural(count, { one: '{count} member', other: '{count} members' }),
  showMembers: 'Who they are',
  pseudonymous: 'By pseudonymous id.',
  competenciesLabel: 'Competencies it builds',
  noCompetencies: 'None recorded.',
  capabilityCentresLabel: 'Capability centres',
  upcomingLabel: (count) => `Upcoming activities (${count.text})`,
  pastLabel: (count) => `Past activities (${count.text})`,
  noUpcoming: 'None planned.',
  activityKind: {
    meetup: 'Meetup',
    showAndTell: 'Show and tell',
    workshop: 'Workshop',
    conference: 'Conference',
    mentoring: 'Mentoring',
    other: 'Activity',
  },
  filtersLabel: 'Filter the directory',
  searchLabel: 'Search',
  searchHint: 'Name, topic, region or competency; accents and capitals do not matter.',
  topicFilter: 'Topic',
  allTopics: 'All topics',
  regionFilter: 'Region',
  allRegions: 'All regions',
  areaFilter: 'Capability area',
  allAreas: 'All capability areas',
  clearFilters: 'Clear filters',
  resultCount: (shown, total, filtered) =>
    filtered
      ? `Showing ${shown.text} of ${total.text}.`
      : plural(total, { one: 'Showing {count} entry.', other: 'Showing all {count}.' }),
  noMatches: 'Nothing matches these filters.',
  tableCaption: (title) => `${title}: communities and centres`,
  nameHeading: 'Name',
  kindHeading: 'Kind',
  focusHeading: 'Topic or region',
  membersHeading: 'Members',
  nextHeading: 'Next activity',
  lastHeading: 'Last activity',
  competenciesHeading: 'Competencies it builds',
  none: 'Not recorded',
  empty: 'No communities of practice or centres of excellence yet.',
  loading: 'Loading the directory…',
  error: 'The directory could not be shown.',
  viewGroup: 'View as',
  viewChart: 'List',
  viewTable: 'Table',
};

import type {
  CapacityAsset,
  CommunityOfPractice,
  CompetencyFramework,
  PersonalData,
} from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import type { Locale } from 'date-fns';
import { useMemo, useState } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure } from '../ChartFigure/index.js';
import { localizedCount } from '../shared/localeFormat.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import type {
  HeadingProps,
  LoadStateProps,
  LocaleProps,
  ViewProps,
} from '../shared/widgetProps.js';
import {
  asOfDay,
  competencyAreas,
  directoryEntries,
  directoryFindings,
  filterEntries,
  focusOptions,
  isFiltering,
  noDirectoryFilter,
  type DirectoryFilter,
} from './directoryEntries.js';
import { DirectoryFilters } from './DirectoryFilters.js';
import { DirectoryList } from './DirectoryList.js';
import { DirectoryTable } from './DirectoryTable.js';
import { formatCalendarDay } from '../shared/calendarDay.js';
import type { DirectoryText } from './directoryText.js';
import { defaultCommunityDirectoryMessages, type CommunityDirectoryMessages } from './messages.js';

/** Props of {@link CommunityDirectory}. */
export interface CommunityDirectoryProps
  extends LocaleProps<CommunityDirectoryMessages>, LoadStateProps, ViewProps, HeadingProps {
  /** Title of the directory, also its accessible name. */
  readonly title: string;
  /** A sentence on whose communities these are. */
  readonly description?: string | undefined;
  /**
   * The communities of practice (the workspace's `communities`).
   * @default []
   */
  readonly communities?: readonly CommunityOfPractice[] | undefined;
  /**
   * Capacity assets (the workspace's `assets`): the centres of excellence among them are listed
   * with their capability centres; other kinds are left out (a community's asset repeats the
   * community itself).
   * @default []
   */
  readonly assets?: readonly CapacityAsset[] | undefined;
  /**
   * The frameworks the competency ids belong to (the workspace's `frameworks`): competency
   * names, and the areas the capability-area filter offers. An id none knows is shown as it is.
   * @default []
   */
  readonly frameworks?: readonly CompetencyFramework[] | undefined;
  /**
   * Competencies the programme needs (e.g. the top of the training priorities): the summary
   * names those that no community or centre builds. Without them it counts what they build.
   * @default []
   */
  readonly neededCompetencyIds?: readonly string[] | undefined;
  /**
   * Names of members, shown instead of their pseudonymous ids. Pass it only where the reader
   * may see personal data.
   * @default undefined
   */
  readonly personalData?: readonly PersonalData[] | undefined;
  /**
   * "Today", against which activities are upcoming (on or after it) or past: a `YYYY-MM-DD`
   * day or ISO date-time (its first ten characters are the day), or a Date (its day in UTC).
   * The widget reads no clock.
   */
  readonly asOf: string | Date;
  /**
   * date-fns locale for activity dates.
   * @default date-fns' English (en-US)
   */
  readonly dateLocale?: Locale | undefined;
  /**
   * The filters at first.
   * @default every entry shown
   */
  readonly defaultFilter?: Partial<DirectoryFilter> | undefined;
  /** Called when the reader changes a filter or the search. */
  readonly onFilterChange?: ((filter: DirectoryFilter) => void) | undefined;
}

const noCommunities: readonly CommunityOfPractice[] = [];
const noAssets: readonly CapacityAsset[] = [];
const noIds: readonly string[] = [];
const noFrameworks: readonly CompetencyFramework[] = [];

/**
 * A directory of communities of practice and centres of excellence: what each is about (topic
 * or region, capability centres), its members (a count, and who by pseudonymous id, by name
 * only when the app passes personal data), its upcoming and past activities against `asOf`,
 * and the competencies it builds. Filters by topic, region and capability area, and one
 * accent-insensitive search; a list and a table of the same entries. It opens with a sentence
 * on what the communities and centres cover, and which needed competency none builds.
 */
export function CommunityDirectory({
  title,
  description,
  communities = noCommunities,
  assets = noAssets,
  frameworks = noFrameworks,
  neededCompetencyIds = noIds,
  personalData,
  asOf,
  dateLocale,
  defaultFilter,
  onFilterChange,
  headingLevel = 2,
  status = 'ready',
  errorMessage,
  view,
  defaultView,
  onViewChange,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: CommunityDirectoryProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages(
    'CommunityDirectory',
    defaultCommunityDirectoryMessages,
    messageOverrides,
  );
  const [filter, setFilter] = useState<DirectoryFilter>(() => ({
    ...noDirectoryFilter,
    ...defaultFilter,
  }));

  const { text, entries, areas, compare } = useMemo(() => {
    const resolve = (value: Parameters<typeof resolveLocalizedText>[0]) =>
      resolveLocalizedText(value, [locale]);
    const names = new Map(
      frameworks.flatMap((framework) =>
        framework.competencies.map((competency) => [competency.id, resolve(competency.label).text]),
      ),
    );
    const people = new Map(personalData?.map((person) => [person.personId, person.name]));
    const areasByCompetency = competencyAreas(frameworks);
    const collator = new Intl.Collator(locale);
    const competency = (id: string) => names.get(id) ?? id;
    return {
      compare: collator.compare,
      areas: frameworks
        .flatMap((framework) => framework.areas)
        .map((area) => ({
          value: area.id,
          label: `${area.code} ${resolve(area.label).text}`,
        })),
      entries: directoryEntries(communities, assets, {
        resolve,
        competencyName: competency,
        areasOf: (id) => areasByCompetency.get(id) ?? [],
        compare: collator.compare,
      }),
      text: {
        messages,
        competency,
        member: (id) => people.get(id) ?? id,
        named: people.size > 0,
        day: (date) => formatCalendarDay(date, dateLocale),
        count: (value) => localizedCount(locale, value),
        title: (activity) => resolve(activity.title),
        today: asOfDay(asOf),
      } satisfies DirectoryText,
    };
  }, [locale, messages, frameworks, personalData, communities, assets, dateLocale, asOf]);

  const empty = entries.length === 0;
  const state = widgetState(status, empty);
  const frame = {
    title,
    description,
    view,
    defaultView,
    onViewChange,
    className: ['ck-community-directory', className].filter(Boolean).join(' '),
    messages,
    dir,
    state,
  };

  if (state !== 'ready') {
    return (
      <ChartFigure
        {...frame}
        chart={null}
        table={null}
        status={
          <WidgetStatus
            status={status}
            empty={empty}
            messages={messages}
            errorMessage={errorMessage}
          />
        }
      />
    );
  }

  const findings = directoryFindings(entries, neededCompetencyIds);
  const summary = messages.summary({
    communities: text.count(findings.communities),
    centres: text.count(findings.centres),
    built: text.count(findings.built),
    needed: text.count(new Set(neededCompetencyIds).size),
    missing: text.count(findings.missing.length),
    missingNames: new Intl.ListFormat(locale, { type: 'disjunction' }).format(
      findings.missing.map(text.competency),
    ),
  });
  const shown = filterEntries(entries, filter);
  const filtered = isFiltering(filter);
  const changeFilter = (next: DirectoryFilter) => {
    setFilter(next);
    onFilterChange?.(next);
  };
  const asOptions = (values: readonly string[]) => values.map((value) => ({ value, label: value }));
  const body = (list: boolean) => (
    <>
      <DirectoryFilters
        topics={asOptions(focusOptions(entries, 'topic', compare))}
        regions={asOptions(focusOptions(entries, 'region', compare))}
        areas={areas}
        filter={filter}
        onFilterChange={changeFilter}
        filtered={filtered}
        result={messages.resultCount(
          text.count(shown.length),
          text.count(entries.length),
          filtered,
        )}
        messages={messages}
      />
      {shown.length === 0 ? (
        <p className="ck-community-directory__none">{messages.noMatches}</p>
      ) : list ? (
        <DirectoryList entries={shown} headingLevel={headingLevel} text={text} />
      ) : (
        <DirectoryTable title={title} entries={shown} text={text} />
      )}
    </>
  );

  return (
    <div className="ck-community-directory__widget" dir={dir}>
      <ChartFigure {...frame} summary={<p>{summary}</p>} chart={body(true)} table={body(false)} />
    </div>
  );
}

import type { CommunityOfPractice, KnowledgeItem } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import { knowledgeStages } from '@capkit/model/vocabulary';
import type { Locale } from 'date-fns';
import { useMemo, useState } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure } from '../ChartFigure/index.js';
import { localizedCount, numberFormats } from '../shared/localeFormat.js';
import { useControllableState } from '../shared/useControllableState.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import type {
  HeadingProps,
  LoadStateProps,
  LocaleProps,
  ViewProps,
} from '../shared/widgetProps.js';
import { BoardColumns } from './BoardColumns.js';
import {
  communitiesOf,
  competenciesOf,
  filterItems,
  knowledgeFindings,
  moveItem,
  reachedAt,
  replaceItem,
  type KnowledgeFilter,
  type KnowledgeMove,
} from './knowledgeBoard.js';
import { formatCalendarDay } from '../shared/calendarDay.js';
import { moveStamp } from './knowledgeDates.js';
import { KnowledgeFilters } from './KnowledgeFilters.js';
import { KnowledgeTable } from './KnowledgeTable.js';
import type { KnowledgeText } from './knowledgeText.js';
import {
  defaultKnowledgeCycleBoardMessages,
  type KnowledgeCycleBoardMessages,
} from './messages.js';

/** Props of {@link KnowledgeCycleBoard}. */
export interface KnowledgeCycleBoardProps
  extends LocaleProps<KnowledgeCycleBoardMessages>, LoadStateProps, ViewProps, HeadingProps {
  /** Title of the figure, also its accessible name. */
  readonly title: string;
  /** A sentence on whose knowledge this is and when it was last reviewed. */
  readonly description?: string | undefined;
  /** The items, controlled: the widget shows these and reports moves through `onItemChange`. */
  readonly items?: readonly KnowledgeItem[] | undefined;
  /**
   * The items when uncontrolled: the widget keeps moves in its own state.
   * @default []
   */
  readonly defaultItems?: readonly KnowledgeItem[] | undefined;
  /**
   * Called when the reader moves an item: the item at its new stage, with `{ stage, at: asOf }`
   * appended to its history, and every item after the move.
   */
  readonly onItemChange?:
    ((item: KnowledgeItem, items: readonly KnowledgeItem[]) => void) | undefined;
  /**
   * When a move happens, stamped on the history entry it appends: an ISO 8601 date-time (kept
   * as given) or a Date (through date-fns' `formatISO`). The widget reads no clock: the app
   * passes its "now", and updates it as time goes on.
   */
  readonly asOf: string | Date;
  /**
   * date-fns locale for the dates shown ("when it reached its stage").
   * @default date-fns' English (en-US)
   */
  readonly dateLocale?: Locale | undefined;
  /**
   * Competency names by id, for the cards and the filter; an id left out is shown as it is.
   * @default undefined
   */
  readonly competencyNames?: Readonly<Record<string, string>> | undefined;
  /**
   * The communities of practice that hold items, for their names; an id not among them is
   * shown as it is.
   * @default []
   */
  readonly communities?: readonly CommunityOfPractice[] | undefined;
}

const noItems: readonly KnowledgeItem[] = [];
const noCommunities: readonly CommunityOfPractice[] = [];
const noFilter: KnowledgeFilter = { competencyId: null, communityId: null };

/**
 * The knowledge-management cycle as a board: one column per stage (identified → created →
 * shared → stored → utilised), each item a card that moves to the next or the previous stage
 * by its buttons or by the arrow keys, each move announced and reported with a history entry
 * stamped `asOf`. Filters by competency and by community; a table of the same items is the
 * board's alternative. It opens with a sentence on what is stuck.
 */
export function KnowledgeCycleBoard({
  title,
  description,
  items: controlledItems,
  defaultItems = noItems,
  onItemChange,
  asOf,
  dateLocale,
  competencyNames,
  communities = noCommunities,
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
}: KnowledgeCycleBoardProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  // Cast until the lead adds `KnowledgeCycleBoard` to CapkitMessages (a shared file).
  const messages = useMessages(
    'KnowledgeCycleBoard',
    defaultKnowledgeCycleBoardMessages,
    messageOverrides,
  );
  const [items, setItems] = useControllableState<readonly KnowledgeItem[]>({
    value: controlledItems,
    defaultValue: defaultItems,
    name: 'KnowledgeCycleBoard items',
  });
  const [filter, setFilter] = useState<KnowledgeFilter>(noFilter);
  const [announcement, setAnnouncement] = useState('');

  const text: KnowledgeText = useMemo(() => {
    const formats = numberFormats(locale);
    const communityNames = new Map(
      communities.map((community) => [
        community.id,
        resolveLocalizedText(community.name, [locale]).text,
      ]),
    );
    return {
      messages,
      title: (item) => resolveLocalizedText(item.title, [locale]),
      competency: (id) => competencyNames?.[id] ?? id,
      community: (id) => (id === '' ? messages.noCommunity : (communityNames.get(id) ?? id)),
      reached: (item) => {
        const at = reachedAt(item);
        return at === undefined ? '' : formatCalendarDay(at, dateLocale);
      },
      count: (value) => formats.count.format(value),
    };
  }, [locale, messages, competencyNames, communities, dateLocale]);

  const empty = items.length === 0;
  const state = widgetState(status, empty);
  const frame = {
    title,
    description,
    view,
    defaultView,
    onViewChange,
    className: ['ck-knowledge-board', className].filter(Boolean).join(' '),
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

  function onMove(item: KnowledgeItem, move: KnowledgeMove) {
    const moved = moveItem(item, move, moveStamp(asOf));
    const place = {
      title: text.title(moved).text,
      stage: messages.stage[moved.stage],
      position: text.count(knowledgeStages.indexOf(moved.stage) + 1),
      stages: text.count(knowledgeStages.length),
    };
    if (moved === item) {
      setAnnouncement(messages.atEdge(place));
      return;
    }
    const next = replaceItem(items, moved);
    setItems(next);
    setAnnouncement(messages.moved(place));
    onItemChange?.(moved, next);
  }

  const findings = knowledgeFindings(items);
  const summary = messages.summary({
    total: localizedCount(locale, findings.total),
    stuckAtCreated: localizedCount(locale, findings.stuckAtCreated),
    utilised: localizedCount(locale, findings.utilised),
    createdStage: messages.stage.created,
  });
  const shown = filterItems(items, filter);
  const filters = (
    <KnowledgeFilters
      competencyIds={competenciesOf(items)}
      communityIds={communitiesOf(items)}
      filter={filter}
      onFilterChange={setFilter}
      shown={shown.length}
      total={items.length}
      locale={locale}
      text={text}
    />
  );

  return (
    <div className="ck-knowledge-board__widget" dir={dir}>
      <ChartFigure
        {...frame}
        summary={<p>{summary}</p>}
        chart={
          <>
            {filters}
            <BoardColumns
              items={shown}
              onMove={onMove}
              announcement={announcement}
              rtl={dir === 'rtl'}
              locale={locale}
              headingLevel={headingLevel}
              text={text}
            />
          </>
        }
        table={
          <>
            {filters}
            <KnowledgeTable title={title} items={shown} text={text} />
          </>
        }
      />
    </div>
  );
}

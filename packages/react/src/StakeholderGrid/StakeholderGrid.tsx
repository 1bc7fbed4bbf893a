import type { Stakeholder } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
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
  SelectionProps,
  ViewProps,
} from '../shared/widgetProps.js';
import type { Locale } from 'date-fns';
import { formatCalendarDay } from '../shared/calendarDay.js';
import { EngagementPlans } from './EngagementPlans.js';
import { GridChart } from './GridChart.js';
import { defaultStakeholderGridMessages, type StakeholderGridMessages } from './messages.js';
import { RegisterTable } from './RegisterTable.js';
import {
  moveStakeholder,
  quadrantOf,
  replaceStakeholder,
  stakeholderFindings,
  type ActivityStatus,
  type GridStep,
} from './stakeholderPlacement.js';
import type { StakeholderText } from './stakeholderText.js';

/** Props of {@link StakeholderGrid}. */
export interface StakeholderGridProps
  extends
    LocaleProps<StakeholderGridMessages>,
    LoadStateProps,
    ViewProps,
    SelectionProps,
    HeadingProps {
  /** Title of the figure, also its accessible name. */
  readonly title: string;
  /** A sentence on whose register this is and when it was last reviewed. */
  readonly description?: string | undefined;
  /** The register, controlled: the widget shows these and reports moves through the callback. */
  readonly stakeholders?: readonly Stakeholder[] | undefined;
  /**
   * The register when uncontrolled: the widget keeps moves in its own state.
   * @default []
   */
  readonly defaultStakeholders?: readonly Stakeholder[] | undefined;
  /**
   * Called when the reader moves a stakeholder: the stakeholder with its new power or interest
   * and the strategy the grid suggests there, and the whole register after the move.
   */
  readonly onStakeholderChange?:
    ((stakeholder: Stakeholder, stakeholders: readonly Stakeholder[]) => void) | undefined;
  /**
   * The date overdue activities are judged against (`YYYY-MM-DD`); the widget reads no clock.
   * Without it nothing is flagged overdue.
   * @default undefined
   */
  readonly asOf?: string | undefined;
  /**
   * Where each activity stands, by activity id; an activity left out is `planned`.
   * @default undefined
   */
  readonly activityStatus?: Readonly<Record<string, ActivityStatus>> | undefined;
  /**
   * Display names of the people who own activities, by pseudonymous id; an id left out is shown
   * as it is. Personal names appear only when the app supplies them.
   * @default undefined
   */
  readonly people?: Readonly<Record<string, string>> | undefined;
  /**
   * The date-fns locale every date is written in (`PP`, e.g. "1 Mar 2026" in `enGB`).
   * @default date-fns' own English (`enUS`)
   */
  readonly dateLocale?: Locale | undefined;
}

const noStakeholders: readonly Stakeholder[] = [];

/**
 * Step 2 of the cycle, engaging stakeholders: a power/interest grid with Mendelow's four
 * strategies, each stakeholder placed in one quadrant and movable by keyboard or buttons, the
 * register as the grid's table alternative, and each stakeholder's engagement plan with overdue
 * activities flagged against `asOf`. It opens with a sentence a programme manager can act on.
 */
export function StakeholderGrid({
  title,
  description,
  stakeholders: controlledStakeholders,
  defaultStakeholders = noStakeholders,
  onStakeholderChange,
  asOf,
  activityStatus,
  people,
  dateLocale,
  selectedId: controlledSelectedId,
  defaultSelectedId = null,
  onSelectionChange,
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
}: StakeholderGridProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('StakeholderGrid', defaultStakeholderGridMessages, messageOverrides);
  const [stakeholders, setStakeholders] = useControllableState<readonly Stakeholder[]>({
    value: controlledStakeholders,
    defaultValue: defaultStakeholders,
    name: 'StakeholderGrid stakeholders',
  });
  const [selectedId, setSelectedId] = useControllableState<string | null>({
    value: controlledSelectedId,
    defaultValue: defaultSelectedId,
    onChange: onSelectionChange,
    name: 'StakeholderGrid selectedId',
  });
  const [announcement, setAnnouncement] = useState('');

  const text: StakeholderText = useMemo(() => {
    const formats = numberFormats(locale);
    return {
      messages,
      name: (stakeholder) => resolveLocalizedText(stakeholder.name, [locale]),
      count: (value) => formats.count.format(value),
      date: (isoDate) => formatCalendarDay(isoDate, dateLocale),
      person: (id) => people?.[id] ?? id,
    };
  }, [locale, messages, dateLocale, people]);

  const empty = stakeholders.length === 0;
  const state = widgetState(status, empty);
  const frame = {
    title,
    description,
    view,
    defaultView,
    onViewChange,
    className: ['ck-stakeholder-grid', className].filter(Boolean).join(' '),
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

  function onStep(stakeholder: Stakeholder, step: GridStep) {
    const moved = moveStakeholder(stakeholder, step);
    const position = {
      name: text.name(moved).text,
      power: text.count(moved.power),
      interest: text.count(moved.interest),
      strategy: messages.strategy[quadrantOf(moved)],
    };
    if (moved === stakeholder) {
      setAnnouncement(messages.atEdge(position));
      return;
    }
    const next = replaceStakeholder(stakeholders, moved);
    setStakeholders(next);
    setAnnouncement(messages.moved(position));
    onStakeholderChange?.(moved, next);
  }

  const findings = stakeholderFindings(stakeholders, activityStatus, asOf);
  const summary = messages.summary({
    total: localizedCount(locale, findings.total),
    manageClosely: localizedCount(locale, findings.manageClosely),
    manageCloselyUnplanned: localizedCount(locale, findings.manageCloselyUnplanned),
    overdueActivities: localizedCount(locale, findings.overdueActivities),
    asOf: asOf === undefined ? undefined : text.date(asOf),
  });

  return (
    <div className="ck-stakeholder-grid__widget" dir={dir}>
      <ChartFigure
        {...frame}
        summary={<p>{summary}</p>}
        chart={
          <GridChart
            stakeholders={stakeholders}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onStep={onStep}
            announcement={announcement}
            rtl={dir === 'rtl'}
            locale={locale}
            headingLevel={headingLevel}
            text={text}
          />
        }
        table={
          <RegisterTable
            title={title}
            stakeholders={stakeholders}
            statuses={activityStatus}
            asOf={asOf}
            text={text}
          />
        }
      />
      <EngagementPlans
        stakeholders={stakeholders}
        statuses={activityStatus}
        asOf={asOf}
        locale={locale}
        headingLevel={headingLevel}
        text={text}
      />
    </div>
  );
}

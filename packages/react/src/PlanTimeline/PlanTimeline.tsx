import type { Intervention } from '@capkit/model';
import { format, parseISO, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { createElement, useId, useMemo } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure } from '../ChartFigure/index.js';
import { localizedCount } from '../shared/localeFormat.js';
import { useControllableState } from '../shared/useControllableState.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import {
  headingTag,
  type HeadingProps,
  type LoadStateProps,
  type LocaleProps,
  type ViewProps,
} from '../shared/widgetProps.js';
import { defaultPlanTimelineMessages, type PlanTimelineMessages } from './messages.js';
import { formatCalendarDay } from '../shared/calendarDay.js';
import { planRows } from './planRows.js';
import { countStates, defaultRiskDays, nextMilestone } from './planStates.js';
import { timeAxis, type TimelineZoom } from './timeAxis.js';
import { TimelineChart } from './TimelineChart.js';
import { TimelineList } from './TimelineList.js';

/** Props of {@link PlanTimeline}. */
export interface PlanTimelineProps
  extends LocaleProps<PlanTimelineMessages>, LoadStateProps, ViewProps, HeadingProps {
  /** Title of the view, its first heading. */
  readonly title: string;
  /** The plan's interventions (`CapacityDevelopmentPlan['interventions']`). @default [] */
  readonly interventions?: readonly Intervention[] | undefined;
  /** The day the states are judged on and the today line is drawn, as an ISO calendar date. */
  readonly asOf: string;
  /** Days before its end within which a still-planned intervention is at risk. @default 14 */
  readonly riskDays?: number | undefined;
  /** date-fns locale for every date shown. @default enGB */
  readonly dateLocale?: Locale | undefined;
  /** Controlled zoom. */
  readonly zoom?: TimelineZoom | undefined;
  /** Initial zoom when uncontrolled. @default 'month' */
  readonly defaultZoom?: TimelineZoom | undefined;
  /** Called when the reader picks another zoom. */
  readonly onZoomChange?: ((zoom: TimelineZoom) => void) | undefined;
}

const noInterventions: readonly Intervention[] = [];
const tickPatterns: Record<TimelineZoom, string> = {
  week: 'd MMM',
  month: 'MMM yyyy',
  quarter: 'QQQ yyyy',
};

// Until the lead adds `PlanTimeline` to CapkitMessages, the provider's strings are read untyped.
/**
 * Step 4 of the cycle, over time: the plan's interventions and milestones as a Gantt chart, with
 * a plain-words summary first (how many are overdue or at risk, and the next milestone), a line
 * on the `asOf` day, zoom by week, month or quarter, and a list view with the same information.
 * States are decided on `asOf` (see `interventionState`); there is no hidden clock.
 */
export function PlanTimeline({
  title,
  interventions = noInterventions,
  asOf,
  riskDays = defaultRiskDays,
  dateLocale = enGB,
  zoom: controlledZoom,
  defaultZoom = 'month',
  onZoomChange,
  headingLevel = 2,
  status = 'ready',
  errorMessage,
  view,
  defaultView,
  onViewChange,
  locale: ownLocale,
  dir: ownDir,
  messages: overrides,
  className,
}: PlanTimelineProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('PlanTimeline', defaultPlanTimelineMessages, overrides);
  const [zoom, setZoom] = useControllableState({
    value: controlledZoom,
    defaultValue: defaultZoom,
    onChange: onZoomChange,
    name: 'PlanTimeline zoom',
  });
  const headingId = `${useId()}-heading`;
  const rows = useMemo(
    () => planRows(interventions, asOf, riskDays, [locale]),
    [interventions, asOf, riskDays, locale],
  );
  const dates = useMemo(
    () => [
      asOf,
      ...interventions.flatMap((i) => [i.startsOn, i.endsOn, ...i.milestones.map((m) => m.due)]),
    ],
    [interventions, asOf],
  );
  const axis = useMemo(() => timeAxis(dates, zoom, dateLocale), [dates, zoom, dateLocale]);

  const empty = interventions.length === 0;
  const state = widgetState(status, empty);

  let summary = '';
  if (state === 'ready') {
    const counts = countStates(interventions, asOf, riskDays);
    const next = nextMilestone(rows, asOf);
    const sameYear = next !== null && next.due.slice(0, 4) === asOf.slice(0, 4);
    summary = messages.summary({
      total: localizedCount(locale, interventions.length),
      overdue: localizedCount(locale, counts.overdue),
      atRisk: localizedCount(locale, counts.atRisk),
      next:
        next === null
          ? null
          : {
              title: next.title.text,
              date: formatCalendarDay(next.due, dateLocale, sameYear ? 'd MMMM' : 'd MMMM yyyy'),
            },
    });
  }

  return (
    <section
      className={['ck-plan', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      dir={dir}
      data-state={state}
    >
      {createElement(
        headingTag(headingLevel),
        { id: headingId, className: 'ck-plan__title' },
        title,
      )}
      {state !== 'ready' || axis === null ? (
        <WidgetStatus
          status={status}
          empty={empty}
          messages={messages}
          errorMessage={errorMessage}
        />
      ) : (
        <>
          <p className="ck-summary">{summary}</p>
          <ChartFigure
            title={messages.figureTitle}
            description={messages.method(localizedCount(locale, riskDays))}
            view={view}
            defaultView={defaultView}
            onViewChange={onViewChange}
            messages={messages}
            dir={dir}
            className="ck-plan__figure"
            chart={
              <TimelineChart
                rows={rows}
                axis={axis}
                zoom={zoom}
                onZoomChange={setZoom}
                tickLabel={(date) =>
                  format(parseISO(date), tickPatterns[zoom], { locale: dateLocale })
                }
                asOf={asOf}
                asOfText={formatCalendarDay(asOf, dateLocale, 'd MMM yyyy')}
                summary={summary}
                messages={messages}
              />
            }
            table={<TimelineList rows={rows} messages={messages} dateLocale={dateLocale} />}
          />
        </>
      )}
    </section>
  );
}

import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages, ViewSwitchMessages } from '../shared/widgetProps.js';
import type { InterventionState, MilestoneState } from './planStates.js';
import type { TimelineZoom } from './timeAxis.js';

/** What {@link PlanTimelineMessages.summary} is given. */
export interface PlanTimelineSummaryText {
  readonly total: LocalizedCount;
  readonly overdue: LocalizedCount;
  readonly atRisk: LocalizedCount;
  /** The next milestone's title and date, formatted, or `null` when none is ahead. */
  readonly next: { readonly title: string; readonly date: string } | null;
}

/** Every string the plan timeline shows, so an app can translate it; English by default. */
export interface PlanTimelineMessages extends LoadStateMessages, ViewSwitchMessages {
  readonly summary: (summary: PlanTimelineSummaryText) => string;
  /** How the states are decided, under the figure's title. */
  readonly method: (riskDays: LocalizedCount) => string;
  readonly figureTitle: string;
  readonly zoomGroup: string;
  readonly zoom: (zoom: TimelineZoom) => string;
  /** Accessible name of the chart: the summary again. */
  readonly chartLabel: (summary: string) => string;
  readonly scrollLabel: string;
  readonly today: (date: string) => string;
  readonly state: (state: InterventionState) => string;
  readonly milestoneState: (state: MilestoneState) => string;
  readonly listLabel: string;
  readonly dates: (from: string, to: string) => string;
  readonly datesHeading: string;
  readonly stateHeading: string;
  readonly milestonesHeading: string;
  readonly milestone: (title: string, date: string, state: string) => string;
  readonly noMilestones: string;
}

const stateNames: Record<InterventionState, string> = {
  onTrack: 'On track',
  atRisk: 'At risk',
  overdue: 'Overdue',
  done: 'Done',
  cancelled: 'Cancelled',
};

const milestoneNames: Record<MilestoneState, string> = {
  upcoming: 'upcoming',
  overdue: 'overdue',
  done: 'done',
  cancelled: 'cancelled',
};

/** English defaults for {@link PlanTimelineMessages}. */
export const defaultPlanTimelineMessages: PlanTimelineMessages = {
  summary: ({ total, overdue, atRisk, next }) => {
    let first: string;
    if (overdue.value === 0 && atRisk.value === 0) {
      first = plural(total, {
        one: 'The intervention is on track, done or cancelled',
        other: 'None of the {count} interventions is overdue or at risk',
      });
    } else {
      const clauses: string[] = [];
      if (overdue.value > 0)
        clauses.push(
          plural(overdue, {
            one: '{count} intervention is overdue',
            other: '{count} interventions are overdue',
          }),
        );
      if (atRisk.value > 0)
        clauses.push(
          overdue.value > 0
            ? plural(atRisk, { one: '{count} is at risk', other: '{count} are at risk' })
            : plural(atRisk, {
                one: '{count} intervention is at risk',
                other: '{count} interventions are at risk',
              }),
        );
      first = clauses.join(' and ');
    }
    const then =
      next === null
        ? 'no milestone is ahead'
        : `the next milestone is on ${next.date}: ${next.title}`;
    return `${first}; ${then}.`;
  },
  method: (riskDays) =>
    'Overdue: its end date has passed and it is not done. ' +
    `At risk: still planned after its start date, still planned and ending within ${plural(riskDays, { one: '{count} day', other: '{count} days' })}, or a milestone past due.`,
  figureTitle: 'Plan timeline',
  zoomGroup: 'Zoom',
  zoom: (zoom) => ({ week: 'Weeks', month: 'Months', quarter: 'Quarters' })[zoom],
  chartLabel: (summary) => `Timeline of the plan. ${summary}`,
  scrollLabel: 'Timeline, scrolls sideways',
  today: (date) => `Today, ${date}`,
  state: (state) => stateNames[state],
  milestoneState: (state) => milestoneNames[state],
  listLabel: 'Interventions',
  dates: (from, to) => `${from} to ${to}`,
  datesHeading: 'Dates',
  stateHeading: 'State',
  milestonesHeading: 'Milestones',
  milestone: (title, date, state) => `${title}, ${date} (${state})`,
  noMilestones: 'None',
  empty: 'The plan has no interventions yet.',
  loading: 'Loading the plan…',
  error: 'The plan could not be shown.',
  viewGroup: 'View as',
  viewChart: 'Timeline',
  viewTable: 'List',
};

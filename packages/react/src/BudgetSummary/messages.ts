import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages, ViewSwitchMessages } from '../shared/widgetProps.js';
import type { BudgetMoneyState } from './budgetRows.js';

/** What {@link BudgetSummaryMessages.summary} is given, every number formatted. */
export interface BudgetSummaryText {
  /** Share of the budget spent to date, e.g. "42%"; `null` when the budget is 0. */
  readonly spentShare: string | null;
  /** Money spent to date. */
  readonly spent: string;
  /** Share of the plan's days gone; `null` before the plan starts. */
  readonly timeShare: string | null;
  /** Interventions over their planned cost. */
  readonly over: LocalizedCount;
  /** Money committed or spent to date, the budget, and what is left (without its sign). */
  readonly obligated: string;
  readonly budget: string;
  readonly left: string;
  /** Whether more is committed or spent than budgeted. */
  readonly overBudget: boolean;
  /** The engine's projection at the rate so far; `null` before the plan starts. */
  readonly projected: { readonly total: string; readonly overspend: string | null } | null;
}

/** Every string the budget summary shows, so an app can translate it; English by default. */
export interface BudgetSummaryMessages extends LoadStateMessages, ViewSwitchMessages {
  /** The opening sentences a programme director can act on. */
  readonly summary: (summary: BudgetSummaryText) => string;
  /** Names of the totals, in the order shown. */
  readonly totalBudget: string;
  readonly totalPlanned: string;
  readonly totalPlannedToDate: string;
  readonly totalCommitted: string;
  readonly totalSpent: string;
  readonly totalObligated: string;
  readonly totalLeft: string;
  readonly totalProjected: string;
  /** Title and description of the burn-down figure. */
  readonly chartTitle: string;
  readonly chartDescription: string;
  /** Accessible name of the chart: what is left on the day, against the plan. */
  readonly chartLabel: (left: string, planned: string, date: string) => string;
  readonly legendLeft: string;
  readonly legendPlanned: string;
  /** Label of the asOf line. */
  readonly asOf: (date: string) => string;
  /** A period in the table, given its first day formatted for its length. */
  readonly period: (by: 'week' | 'month' | 'quarter', start: string) => string;
  readonly periodHeading: string;
  readonly plannedHeading: string;
  readonly committedHeading: string;
  readonly spentHeading: string;
  readonly leftHeading: string;
  readonly plannedLeftHeading: string;
  /** In place of money left in a period not begun. */
  readonly notBegun: string;
  readonly chartTableCaption: string;
  /** Heading and caption of the per-intervention money. */
  readonly interventionsHeading: string;
  readonly interventionHeading: string;
  readonly plannedColumn: string;
  readonly committedColumn: string;
  readonly spentColumn: string;
  readonly stateHeading: string;
  readonly state: (state: BudgetMoneyState) => string;
  /** Heading of the cost per gap point. */
  readonly gapHeading: string;
  /** What the cost-per-point figures are, by where they come from. */
  readonly gapLead: (source: 'burnDown' | 'plan') => string;
  readonly gapPointsHeading: string;
  readonly perPointPlannedHeading: (source: 'burnDown' | 'plan') => string;
  readonly perPointActualHeading: string;
  /** Name of the plan's row. */
  readonly wholePlan: string;
  /** In place of a cost per point when no gap point is closed. */
  readonly noPoints: string;
}

/** English defaults for {@link BudgetSummaryMessages}. */
export const defaultBudgetSummaryMessages: BudgetSummaryMessages = {
  summary: ({
    spentShare,
    spent,
    timeShare,
    over,
    obligated,
    budget,
    left,
    overBudget,
    projected,
  }) => {
    const spending =
      spentShare === null
        ? `You have spent ${spent}`
        : `You have spent ${spentShare} of the budget`;
    const time =
      timeShare === null ? ' before the plan has started' : ` with ${timeShare} of the time gone`;
    const overs =
      over.value === 0
        ? 'no intervention is over its planned cost'
        : plural(over, {
            one: '{count} intervention is over its planned cost',
            other: '{count} interventions are over their planned cost',
          });
    const bound = overBudget
      ? `${obligated} is committed or spent: ${left} more than the budget of ${budget}.`
      : `${obligated} of ${budget} is committed or spent, and ${left} is left.`;
    const rate =
      projected === null
        ? ''
        : projected.overspend === null
          ? ` At the rate so far the plan would cost ${projected.total}, within its budget.`
          : ` At the rate so far the plan would cost ${projected.total}, ${projected.overspend} over its budget.`;
    return `${spending}${time}; ${overs}. ${bound}${rate}`;
  },
  totalBudget: 'Budget',
  totalPlanned: 'Planned cost',
  totalPlannedToDate: 'Planned to date',
  totalCommitted: 'Committed to date',
  totalSpent: 'Spent to date',
  totalObligated: 'Committed or spent',
  totalLeft: 'Left',
  totalProjected: 'At the rate so far',
  chartTitle: 'Budget left over time',
  chartDescription:
    'The budget less the money committed or spent (solid line), against the budget less the planned cost (dashed line).',
  chartLabel: (left, planned, date) =>
    `Budget left over time: ${left} on ${date}, against ${planned} had spending gone as planned.`,
  legendLeft: 'Budget left',
  legendPlanned: 'As planned',
  asOf: (date) => `Today, ${date}`,
  period: (by, start) => (by === 'week' ? `Week of ${start}` : start),
  periodHeading: 'Period',
  plannedHeading: 'Planned so far',
  committedHeading: 'Committed so far',
  spentHeading: 'Spent so far',
  leftHeading: 'Left',
  plannedLeftHeading: 'Left as planned',
  notBegun: 'Not begun',
  chartTableCaption: 'Budget by period',
  interventionsHeading: 'Planned, committed and spent per intervention',
  interventionHeading: 'Intervention',
  plannedColumn: 'Planned',
  committedColumn: 'Committed',
  spentColumn: 'Spent',
  stateHeading: 'Against plan',
  state: (state) =>
    (
      ({ over: 'Over', within: 'Within', cancelled: 'Cancelled' }) satisfies Record<
        BudgetMoneyState,
        string
      >
    )[state],
  gapHeading: 'Cost per gap point closed',
  gapLead: (source) =>
    source === 'burnDown'
      ? 'Planned cost, and money committed or spent so far, for each gap point an intervention closes.'
      : 'The planner’s cost for each gap point a funded intervention closes.',
  gapPointsHeading: 'Gap points closed',
  perPointPlannedHeading: (source) =>
    source === 'burnDown' ? 'Planned per point' : 'Cost per point',
  perPointActualHeading: 'So far per point',
  wholePlan: 'Whole plan',
  noPoints: 'None closed',
  empty: 'No budget to show yet.',
  loading: 'Loading the budget…',
  error: 'The budget could not be shown.',
  viewGroup: 'View as',
  viewChart: 'Chart',
  viewTable: 'Table',
};

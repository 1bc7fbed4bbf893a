import type { UnfundedReason, UnservedReason } from '@capkit/scoring/plan';
import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages, ViewSwitchMessages } from '../shared/widgetProps.js';

/** What {@link PlanExplanationMessages.summary} is given, every number formatted. */
export interface PlanExplanationSummaryText {
  readonly funded: LocalizedCount;
  readonly catalogue: LocalizedCount;
  /** Cost of the plan, as money. */
  readonly cost: string;
  /** The budget, as money. */
  readonly budget: string;
  /** Share of the gap points closed, as a percentage; `null` when there was no gap. */
  readonly shareClosed: string | null;
  /** The competency with the most gap points left, by name, and whether some of it is closed. */
  readonly leftMost: { readonly name: string; readonly partly: boolean } | null;
}

/** How the plan was made, for {@link PlanExplanationMessages.method}. */
export interface PlanExplanationMethodText {
  readonly method: 'highs' | 'greedy';
  readonly status: 'optimal' | 'feasible' | 'infeasible' | 'coverageNotMet';
  /** The optimality gap as a percentage; `null` when it is unbounded. */
  readonly gap: string | null;
  /** Whether the gap is (within rounding) zero. */
  readonly proved: boolean;
  /** Set when the greedy stood in for an exact solve. */
  readonly fallback: boolean;
}

/** Every string the plan explanation shows, so an app can translate it; English by default. */
export interface PlanExplanationMessages extends LoadStateMessages, ViewSwitchMessages {
  /** The opening sentence: what is funded, for how much, what it closes and what it leaves. */
  readonly summary: (summary: PlanExplanationSummaryText) => string;
  /** How the plan was made and how far from the best it can be, in plain words. */
  readonly method: (method: PlanExplanationMethodText) => string;
  /** Accessible name of the chart, given the number of interventions drawn. */
  readonly chartLabel: (count: LocalizedCount) => string;
  /** Axis titles of the chart. */
  readonly costAxis: string;
  readonly gapAxis: string;
  /** Caption of the table of funded interventions. */
  readonly tableCaption: (title: string) => string;
  readonly interventionHeading: string;
  readonly runsHeading: string;
  readonly peopleHeading: string;
  readonly unitsHeading: string;
  readonly competenciesHeading: string;
  readonly costHeading: string;
  readonly gapHeading: string;
  readonly costPerPointHeading: string;
  /** In place of a cost per gap point when it closes none of its own. */
  readonly noOwnPoints: string;
  /** Button that shows or hides whom one intervention serves, given its name. */
  readonly showServed: (name: string) => string;
  /** One served group: people of a unit in a competency. */
  readonly servedGroup: (people: LocalizedCount, unit: string, competency: string) => string;
  /** Added to a group served as a prerequisite of another intervention. */
  readonly asPrerequisite: string;
  /** People taking it as a prerequisite, added to the people cell. */
  readonly prerequisitePeople: (people: LocalizedCount) => string;
  /** Name of the need groups without a unit. */
  readonly otherUnits: string;
  /** Heading of the unfunded list, given how many. */
  readonly unfundedHeading: (count: LocalizedCount) => string;
  /** Why an entry is not run, in plain words. */
  readonly reason: (reason: UnfundedReason) => string;
  /** Heading of the gaps the plan leaves, given in how many competencies. */
  readonly gapsLeftHeading: (count: LocalizedCount) => string;
  /** What is left in one competency: people and gap points (formatted). */
  readonly gapLeft: (people: LocalizedCount, gapPoints: string) => string;
  /** Why people of a need group are left, in plain words. */
  readonly unservedReason: (reason: UnservedReason) => string;
  /** Said when every catalogue entry is run. */
  readonly allFunded: string;
}

/** English defaults for {@link PlanExplanationMessages}. */
export const defaultPlanExplanationMessages: PlanExplanationMessages = {
  summary: ({ funded, catalogue, cost, budget, shareClosed, leftMost }) => {
    const what = `The plan funds ${funded.text} of ${plural(catalogue, { one: '{count} intervention', other: '{count} interventions' })} for ${cost} of ${budget}`;
    const closes = shareClosed === null ? '' : ` and closes ${shareClosed} of the gap points`;
    const left =
      leftMost === null
        ? '; no gap is left.'
        : `; ${leftMost.name} is left ${leftMost.partly ? 'partly uncovered' : 'uncovered'}.`;
    return `${what}${closes}${left}`;
  },
  method: ({ method, status, gap, proved, fallback }) => {
    const how =
      method === 'highs'
        ? 'Made by exact optimisation (the HiGHS solver).'
        : fallback
          ? 'Made by the greedy method, standing in for the exact solver.'
          : 'Made by the greedy method, with a proven bound on the best possible.';
    if (status === 'infeasible') return `${how} No plan can meet the minimum coverage asked for.`;
    if (status === 'coverageNotMet')
      return `${how} This plan does not meet the minimum coverage asked for; another plan might.`;
    if (proved) return `${how} No plan under the budget closes more weighted gap.`;
    return gap === null
      ? `${how} How far this plan is from the best possible is not known.`
      : `${how} This plan is within ${gap} of the best possible under the budget.`;
  },
  chartLabel: (count) =>
    plural(count, {
      one: 'Cost against gap points closed for {count} funded intervention',
      other: 'Cost against gap points closed for {count} funded interventions',
    }),
  costAxis: 'Cost',
  gapAxis: 'Gap points closed',
  tableCaption: (title) => `${title}: funded interventions`,
  interventionHeading: 'Intervention',
  runsHeading: 'Runs',
  peopleHeading: 'People',
  unitsHeading: 'Units',
  competenciesHeading: 'Gaps it closes',
  costHeading: 'Cost',
  gapHeading: 'Gap points closed',
  costPerPointHeading: 'Cost per gap point',
  noOwnPoints: 'None of its own',
  showServed: (name) => `Whom ${name} serves`,
  servedGroup: (people, unit, competency) =>
    `${plural(people, { one: '{count} person', other: '{count} people' })} of ${unit} in ${competency}`,
  asPrerequisite: '(as a prerequisite)',
  prerequisitePeople: (people) => `+ ${people.text} as a prerequisite`,
  otherUnits: 'other units',
  unfundedHeading: (count) =>
    plural(count, {
      one: '{count} intervention not funded',
      other: '{count} interventions not funded',
    }),
  reason: (reason) => {
    switch (reason) {
      case 'budget':
        return 'Not enough budget left for one more run.';
      case 'seats':
        return 'No seat or run left on its pathway.';
      case 'notChosen':
        return 'Affordable, but the money closes more gap elsewhere.';
      case 'needsMet':
        return 'The people it could serve are served already, or their gap weighs nothing.';
      case 'noNeed':
        return 'Nobody has a gap in what it teaches.';
      case 'dateWindow':
        return 'Not available during the plan’s period.';
      case 'prerequisite':
        return 'A prerequisite cannot be run.';
      case 'daysPerPerson':
        return 'Takes more days than a person can give.';
      default:
        return reason satisfies never;
    }
  },
  gapsLeftHeading: (count) =>
    plural(count, {
      one: 'Gaps left in {count} competency',
      other: 'Gaps left in {count} competencies',
    }),
  gapLeft: (people, gapPoints) =>
    people.value === 0
      ? `Everyone with the gap is served, but ${gapPoints} gap points are left: what they take raises fewer levels than their gap.`
      : `${plural(people, { one: '{count} person', other: '{count} people' })} not served, ${gapPoints} gap points left.`,
  unservedReason: (reason) => {
    switch (reason) {
      case 'noIntervention':
        return 'Nothing in the catalogue teaches it.';
      case 'unavailable':
        return 'What teaches it cannot be run in this plan.';
      case 'zeroWeight':
        return 'Its gap was given no weight.';
      case 'seats':
        return 'No seat left.';
      case 'budget':
        return 'Not enough budget left.';
      case 'notChosen':
        return 'The money closes more gap elsewhere.';
      default:
        return reason satisfies never;
    }
  },
  allFunded: 'Every intervention in the catalogue is funded.',
  empty: 'No plan yet.',
  loading: 'Loading the plan…',
  error: 'The plan could not be shown.',
  viewGroup: 'View as',
  viewChart: 'Chart',
  viewTable: 'Table',
};

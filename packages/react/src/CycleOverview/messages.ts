import { plural, type LocalizedCount, type PluralForms } from '../shared/localeFormat.js';
import type { LoadStateMessages } from '../shared/widgetProps.js';
import type { StepStatus } from './cycleProgress.js';
import type { CycleStep } from './cycleRound.js';

/** What the overview knows of one step, each count ready to print and to pluralise. */
export interface StepFacts {
  readonly step: CycleStep;
  readonly status: StepStatus;
  /** Whether the app set the status, so the counts may not explain it. */
  readonly overridden: boolean;
  /** The step's items: campaigns, engagement activities, assessments, interventions, indicators. */
  readonly total: LocalizedCount;
  readonly done: LocalizedCount;
  readonly due: LocalizedCount;
  readonly overdue: LocalizedCount;
  readonly upcoming: LocalizedCount;
  /** Step 3: the round's capacity assets. */
  readonly assets: LocalizedCount;
  /** Step 4: milestones past due. */
  readonly overdueMilestones: LocalizedCount;
  /** Step 5: Kirkpatrick levels (of 4) with a measure. */
  readonly levelsMeasured: LocalizedCount;
  /** The next date of something still to do, formatted; `undefined` when none. */
  readonly nextDate: string | undefined;
  /** The earliest date of something overdue, formatted; `undefined` when none. */
  readonly overdueSince: string | undefined;
}

/** What the opening sentence is made of; numbers are formatted in the widget's locale. */
export interface CycleSummaryParts {
  readonly round: string;
  readonly position: string;
  readonly steps: string;
  readonly stepName: string;
  /** The current step's finding, from `finding`. */
  readonly finding: string;
}

/** The round's line under the sentence (its title, if any, follows on a line of its own). */
export interface RoundParts {
  readonly round: string;
  /** Its first day, formatted; `undefined` for a round the programme does not list. */
  readonly from: string | undefined;
  /** Its last day, formatted; `undefined` while it runs. */
  readonly to: string | undefined;
}

/** Every string the cycle overview shows, so an app can translate it; English by default. */
export interface CycleOverviewMessages extends LoadStateMessages {
  /** The sentence shown first, about the current step. */
  readonly summary: (parts: CycleSummaryParts) => string;
  /** The sentence shown first when every step is done. */
  readonly allDone: (round: string) => string;
  /** What stands out in a step, in a few words, for the opening sentence. */
  readonly finding: (facts: StepFacts) => string;
  /** A step's items by state, under its name. */
  readonly details: (facts: StepFacts) => string;
  readonly stepName: Readonly<Record<CycleStep, string>>;
  readonly status: Readonly<Record<StepStatus, string>>;
  /** After a status the app set. */
  readonly statusSet: string;
  readonly roundLabel: (parts: RoundParts) => string;
  readonly asOf: (date: string) => string;
  readonly nextDate: (date: string) => string;
  readonly overdueSince: (date: string) => string;
  /** The visible mark of the current step. */
  readonly currentStep: string;
  /** Accessible name of the list of steps. */
  readonly stepsLabel: string;
  /** Before each step's position, e.g. "Step 4 of 5". */
  readonly stepNumber: (position: string, steps: string) => string;
}

const nouns: Readonly<Record<CycleStep, PluralForms>> = {
  trainingNeeds: { one: '{count} campaign', other: '{count} campaigns' },
  stakeholders: { one: '{count} engagement activity', other: '{count} engagement activities' },
  capacityAndAssets: { one: '{count} capacity assessment', other: '{count} capacity assessments' },
  plan: { one: '{count} intervention', other: '{count} interventions' },
  evaluation: { one: '{count} indicator', other: '{count} indicators' },
};

const noItems: Readonly<Record<CycleStep, string>> = {
  trainingNeeds: 'No campaigns',
  stakeholders: 'No engagement activities',
  capacityAndAssets: 'No capacity assessments',
  plan: 'No interventions',
  evaluation: 'No indicators',
};

const dueWord: Readonly<Record<CycleStep, string>> = {
  trainingNeeds: 'open',
  stakeholders: 'due today',
  capacityAndAssets: 'still being rated',
  plan: 'under way',
  evaluation: 'due today',
};

const isAre = (count: LocalizedCount) => (count.value === 1 ? 'is' : 'are');

const generalFinding: Readonly<Record<StepStatus, string>> = {
  done: 'it is done',
  overdue: 'it is overdue',
  due: 'it is under way',
  upcoming: 'it is coming up',
  notStarted: 'nothing is recorded yet',
};

function englishFinding(facts: StepFacts): string {
  const { step, status, overdue, due } = facts;
  if (facts.overridden) return generalFinding[status];
  const things = (count: LocalizedCount) => plural(count, nouns[step]);
  if (status === 'overdue') {
    if (step === 'trainingNeeds')
      return `${things(overdue)} ${overdue.value === 1 ? 'has' : 'have'} not been launched after ${overdue.value === 1 ? 'its' : 'their'} opening date`;
    if (step === 'evaluation')
      return `${things(overdue)} passed ${overdue.value === 1 ? 'its' : 'their'} target date without a measurement`;
    const milestones = facts.overdueMilestones;
    const late = plural(milestones, { one: '{count} milestone', other: '{count} milestones' });
    if (step === 'plan' && overdue.value === 0) return `${late} ${isAre(milestones)} overdue`;
    if (step === 'plan' && milestones.value > 0)
      return `${things(overdue)} and ${late} are overdue`;
    return overdue.value === 0
      ? generalFinding.overdue
      : `${things(overdue)} ${isAre(overdue)} overdue`;
  }
  if (status === 'due') {
    if (step === 'evaluation')
      return `${facts.levelsMeasured.text} of 4 Kirkpatrick levels ${facts.levelsMeasured.value === 1 ? 'is' : 'are'} measured`;
    if (due.value > 0) return `${things(due)} ${isAre(due)} ${dueWord[step]}`;
    if (step === 'stakeholders') return 'no engagement activity is planned yet';
    if (step === 'capacityAndAssets')
      return 'assets are listed but no capacity assessment is recorded';
    if (step === 'plan') return 'the plan has no interventions yet';
    return generalFinding.due;
  }
  if (status === 'upcoming' && facts.nextDate !== undefined)
    return `nothing is open now; the next date is ${facts.nextDate}`;
  return generalFinding[status];
}

function englishDetails(facts: StepFacts): string {
  const { step, total } = facts;
  const parts = (
    [
      ['done', 'done'],
      ['due', dueWord[step]],
      ['overdue', 'overdue'],
      ['upcoming', 'coming up'],
    ] as const
  )
    .filter(([state]) => facts[state].value > 0)
    .map(([state, word]) => `${facts[state].text} ${word}`);
  let text =
    total.value === 0 ? noItems[step] : `${plural(total, nouns[step])}: ${parts.join(', ')}`;
  if (step === 'capacityAndAssets')
    text += `; ${plural(facts.assets, { one: '{count} asset', other: '{count} assets' })}`;
  if (step === 'plan' && facts.overdueMilestones.value > 0)
    text += `; ${plural(facts.overdueMilestones, { one: '{count} milestone overdue', other: '{count} milestones overdue' })}`;
  if (step === 'evaluation')
    text += `; Kirkpatrick levels measured: ${facts.levelsMeasured.text} of 4`;
  return `${text}.`;
}

/** English defaults for {@link CycleOverviewMessages}. */
export const defaultCycleOverviewMessages: CycleOverviewMessages = {
  summary: ({ round, position, steps, stepName, finding }) =>
    `Round ${round}, step ${position} of ${steps} (${stepName.toLowerCase()}): ${finding}.`,
  allDone: (round) => `Round ${round}: every step of the cycle is done.`,
  finding: englishFinding,
  details: englishDetails,
  stepName: {
    trainingNeeds: 'Training needs assessment',
    stakeholders: 'Stakeholder engagement',
    capacityAndAssets: 'Capacity needs and assets',
    plan: 'Capacity-development response',
    evaluation: 'Evaluation',
  },
  status: {
    done: 'Done',
    overdue: 'Overdue',
    due: 'Under way',
    upcoming: 'Coming up',
    notStarted: 'Not started',
  },
  statusSet: '(set by the programme team)',
  roundLabel: ({ round, from, to }) => {
    if (from === undefined) return `Round ${round}`;
    return to === undefined ? `Round ${round}, from ${from}` : `Round ${round}, ${from} to ${to}`;
  },
  asOf: (date) => `As of ${date}`,
  nextDate: (date) => `Next date: ${date}`,
  overdueSince: (date) => `Overdue since ${date}`,
  currentStep: 'Current step',
  stepsLabel: 'Steps of the cycle',
  stepNumber: (position, steps) => `Step ${position} of ${steps}`,
  empty: 'No programme to show yet.',
  loading: 'Loading the programme…',
  error: 'The programme could not be shown.',
};

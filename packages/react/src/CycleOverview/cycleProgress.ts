import type {
  Campaign,
  CapacityAsset,
  CapacityAssessment,
  CapacityDevelopmentPlan,
  Evaluation,
  Programme,
  Stakeholder,
} from '@capkit/model';
import { campaignPhase } from '@capkit/model/vocabulary';
import { cycleSteps, type CycleMoment, type CycleStep } from './cycleRound.js';

/**
 * Where a step of the round stands, exactly one of (in the order the rules below try them):
 * - `notStarted`: nothing of the step is recorded for the round;
 * - `overdue`: something of the step is past its date and not done;
 * - `due`: something is to be done now (open, running, or recorded with nothing yet dated);
 * - `upcoming`: nothing is open now, but something is scheduled for later;
 * - `done`: everything of the step is done.
 */
export type StepStatus = 'done' | 'overdue' | 'due' | 'upcoming' | 'notStarted';

/** Every {@link StepStatus}. */
export const stepStatuses: readonly StepStatus[] = [
  'overdue',
  'due',
  'upcoming',
  'notStarted',
  'done',
];

/** Where a stakeholder's engagement activity stands; the model has no field for it (as StakeholderGrid). */
export type ActivityStatus = 'planned' | 'done' | 'cancelled';

/** How many of a step's items are in each state. */
export interface StepCounts {
  readonly done: number;
  readonly due: number;
  readonly overdue: number;
  readonly upcoming: number;
}

/** One step of the round, as derived from the workspace (or set by the app). */
export interface StepProgress {
  readonly step: CycleStep;
  /** 1 to 5. */
  readonly position: number;
  readonly status: StepStatus;
  /** Whether the app set `status` (through `stepStatus`) rather than the rules. */
  readonly overridden: boolean;
  /**
   * The step's items by state: campaigns (step 1), engagement activities (2), capacity
   * assessments (3), interventions (4), evaluation indicators (5).
   */
  readonly counts: StepCounts;
  /** Step 3: capacity assets of the round. */
  readonly assets: number;
  /** Step 4: milestones past due and not completed or cancelled, of live interventions. */
  readonly overdueMilestones: number;
  /** Step 5: how many of Kirkpatrick's levels 1–4 have a measure on or before `asOf`. */
  readonly levelsMeasured: number;
  /** Earliest date on or after `asOf` of anything still to do (`YYYY-MM-DD`). */
  readonly nextDate: string | undefined;
  /** Earliest date before `asOf` of anything overdue (`YYYY-MM-DD`). */
  readonly overdueSince: string | undefined;
}

/** The parts of a workspace the overview reads; a whole `Workspace` will do. */
export interface CycleWorkspace {
  readonly programme: Programme;
  readonly campaigns?: readonly Campaign[] | undefined;
  readonly stakeholders?: readonly Stakeholder[] | undefined;
  readonly capacityAssessments?: readonly CapacityAssessment[] | undefined;
  readonly assets?: readonly CapacityAsset[] | undefined;
  readonly plans?: readonly CapacityDevelopmentPlan[] | undefined;
  readonly evaluations?: readonly Evaluation[] | undefined;
}

type ItemState = keyof StepCounts;

// Tallies one step's items and the dates the reader acts on.
class Tally {
  done = 0;
  due = 0;
  overdue = 0;
  upcoming = 0;
  nextDate: string | undefined;
  overdueSince: string | undefined;

  constructor(private readonly day: string) {}

  add(state: ItemState, date: string) {
    this[state] += 1;
    if (state !== 'done') this.date(date);
  }

  /** A date of something still to do: before `day` it is overdue, else it is next. */
  date(date: string) {
    if (date < this.day) {
      if (this.overdueSince === undefined || date < this.overdueSince) this.overdueSince = date;
    } else if (this.nextDate === undefined || date < this.nextDate) this.nextDate = date;
  }

  get counts(): StepCounts {
    return { done: this.done, due: this.due, overdue: this.overdue, upcoming: this.upcoming };
  }
}

/**
 * The status the items give: nothing recorded → `notStarted`; any overdue → `overdue`; any due
 * → `due`; any upcoming → `upcoming`; some done and nothing else → `done`; recorded but with no
 * dated items (a register with no activities, a plan with no interventions) → `due`.
 */
export function statusOfCounts(counts: StepCounts, recorded: boolean): StepStatus {
  if (!recorded) return 'notStarted';
  if (counts.overdue > 0) return 'overdue';
  if (counts.due > 0) return 'due';
  if (counts.upcoming > 0) return 'upcoming';
  return counts.done > 0 ? 'done' : 'due';
}

const day10 = (dateTime: string) => dateTime.slice(0, 10);

/**
 * Step 1, the campaigns of the round: closed or archived by their status → done; still a draft
 * once its opening has passed → overdue (it was never launched), before it → upcoming;
 * otherwise by their dates (`campaignPhase`): closed → done, open → due, not yet open → upcoming.
 */
function trainingNeeds(campaigns: readonly Campaign[], moment: CycleMoment, tally: Tally) {
  for (const campaign of campaigns) {
    const phase = campaignPhase(campaign, moment.at);
    const opens = day10(campaign.opensAt);
    if (campaign.status === 'closed' || campaign.status === 'archived') tally.add('done', opens);
    else if (campaign.status === 'draft')
      tally.add(phase === 'notYetOpen' ? 'upcoming' : 'overdue', opens);
    else if (phase === 'closed') tally.add('done', opens);
    else if (phase === 'open') tally.add('due', day10(campaign.closesAt));
    else tally.add('upcoming', opens);
  }
}

/**
 * Step 2, the engagement activities of the round's stakeholders, each `planned` unless the app
 * says otherwise (`activityStatus`): done → done; cancelled → left out; planned and dated
 * before `asOf` → overdue, on it → due, after it → upcoming.
 */
function stakeholders(
  register: readonly Stakeholder[],
  statuses: Readonly<Record<string, ActivityStatus>> | undefined,
  moment: CycleMoment,
  tally: Tally,
) {
  for (const stakeholder of register) {
    for (const activity of stakeholder.activities) {
      const status = statuses?.[activity.id] ?? 'planned';
      if (status === 'cancelled') continue;
      if (status === 'done') tally.add('done', activity.date);
      else if (activity.date < moment.day) tally.add('overdue', activity.date);
      else tally.add(activity.date === moment.day ? 'due' : 'upcoming', activity.date);
    }
  }
}

/**
 * Step 3, the capacity assessments of the round (the model gives them no deadline, so none is
 * overdue): conducted on or before `asOf` with every question rated for desired and existing
 * capacity → done; conducted with questions still unrated → due; conducted later → upcoming.
 * The round's assets are counted beside them; assets alone make the step `due`.
 */
function capacityAndAssets(
  assessments: readonly CapacityAssessment[],
  moment: CycleMoment,
  tally: Tally,
) {
  for (const assessment of assessments) {
    if (assessment.conductedOn > moment.day) tally.add('upcoming', assessment.conductedOn);
    else if (assessment.questions.every((q) => q.desired !== undefined && q.existing !== undefined))
      tally.add('done', assessment.conductedOn);
    else tally.add('due', assessment.conductedOn);
  }
}

/**
 * Step 4, the interventions of the round's plans (as PlanTimeline judges them): completed →
 * done; cancelled → left out; ending before `asOf` → overdue; started on or before it → due
 * (running); starting later → upcoming. Milestones of live interventions due before `asOf`
 * and not completed or cancelled are overdue and make the step overdue too.
 */
function plan(
  plans: readonly CapacityDevelopmentPlan[],
  moment: CycleMoment,
  tally: Tally,
): number {
  let overdueMilestones = 0;
  for (const intervention of plans.flatMap((p) => p.interventions)) {
    if (intervention.status === 'cancelled') continue;
    if (intervention.status === 'completed') {
      tally.add('done', intervention.endsOn);
      continue;
    }
    if (intervention.endsOn < moment.day) tally.add('overdue', intervention.endsOn);
    else if (intervention.startsOn <= moment.day) tally.add('due', intervention.endsOn);
    else tally.add('upcoming', intervention.startsOn);
    for (const milestone of intervention.milestones) {
      if (milestone.status === 'completed' || milestone.status === 'cancelled') continue;
      if (milestone.due < moment.day) overdueMilestones += 1;
      tally.date(milestone.due);
    }
  }
  return overdueMilestones;
}

/**
 * Step 5, the round's evaluations. Each indicator: measured on or after its target date (and
 * not after `asOf`) → done; its target date passed without such a measure → overdue; target
 * on `asOf` → due; later → upcoming. The step is `done` only when no indicator is left and
 * all four Kirkpatrick levels have a measure on or before `asOf`; with measures but not all
 * levels (or indicators still ahead) it is `due`; with nothing measured, as its indicators say.
 */
function evaluation(evaluations: readonly Evaluation[], moment: CycleMoment, tally: Tally): number {
  const levels = new Set<number>();
  for (const evaluated of evaluations) {
    for (const measure of evaluated.kirkpatrick)
      if (measure.measuredOn <= moment.day) levels.add(measure.level);
    for (const indicator of evaluated.indicators) {
      const target = indicator.target.on;
      const met = indicator.actuals.some((a) => a.on >= target && a.on <= moment.day);
      if (met) tally.add('done', target);
      else if (target < moment.day) tally.add('overdue', target);
      else tally.add(target === moment.day ? 'due' : 'upcoming', target);
    }
  }
  return levels.size;
}

interface StepMeasure {
  readonly recorded: boolean;
  readonly overdueMilestones?: number;
  readonly levelsMeasured?: number;
}

/** What the app can set over the rules. */
export interface CycleOverrides {
  /** Engagement activities' statuses by activity id; an activity left out is `planned`. */
  readonly activityStatus?: Readonly<Record<string, ActivityStatus>> | undefined;
  /** A status per step that replaces the derived one. */
  readonly stepStatus?: Readonly<Partial<Record<CycleStep, StepStatus>>> | undefined;
}

/**
 * Every step of round `round` on `moment`, by the rules of each step (see the functions above,
 * also listed in the README), with the app's `stepStatus` put over them.
 */
export function cycleProgress(
  workspace: CycleWorkspace,
  round: number,
  moment: CycleMoment,
  overrides: CycleOverrides = {},
): StepProgress[] {
  const inRound = <T extends { readonly round: number }>(documents: readonly T[] | undefined) =>
    (documents ?? []).filter((document) => document.round === round);
  const campaigns = inRound(workspace.campaigns);
  const register = inRound(workspace.stakeholders);
  const assessments = inRound(workspace.capacityAssessments);
  const assets = inRound(workspace.assets);
  const plans = inRound(workspace.plans);
  const evaluations = inRound(workspace.evaluations);

  // Tallies one step's items; says whether anything of it is recorded, and its extras.
  const measure = (step: CycleStep, tally: Tally): StepMeasure => {
    switch (step) {
      case 'trainingNeeds':
        trainingNeeds(campaigns, moment, tally);
        return { recorded: campaigns.length > 0 };
      case 'stakeholders':
        stakeholders(register, overrides.activityStatus, moment, tally);
        return { recorded: register.length > 0 };
      case 'capacityAndAssets':
        capacityAndAssets(assessments, moment, tally);
        return { recorded: assessments.length + assets.length > 0 };
      case 'plan':
        return { recorded: plans.length > 0, overdueMilestones: plan(plans, moment, tally) };
      case 'evaluation':
        return {
          recorded: evaluations.length > 0,
          levelsMeasured: evaluation(evaluations, moment, tally),
        };
      default:
        return step satisfies never;
    }
  };

  return cycleSteps.map((step, index) => {
    const tally = new Tally(moment.day);
    const { recorded, overdueMilestones = 0, levelsMeasured = 0 } = measure(step, tally);
    const counts = tally.counts;
    let derived = statusOfCounts(counts, recorded);
    if (step === 'capacityAndAssets' && assessments.length === 0 && recorded) derived = 'due';
    if (step === 'plan' && overdueMilestones > 0) derived = 'overdue';
    if (step === 'evaluation' && recorded && counts.overdue === 0) {
      const left = counts.due + counts.upcoming;
      if (left === 0 && levelsMeasured === 4) derived = 'done';
      else if (levelsMeasured > 0 || counts.due > 0 || counts.upcoming === 0) derived = 'due';
      else derived = 'upcoming';
    }
    const set = overrides.stepStatus?.[step];
    return {
      step,
      position: index + 1,
      status: set ?? derived,
      overridden: set !== undefined,
      counts,
      assets: step === 'capacityAndAssets' ? assets.length : 0,
      overdueMilestones,
      levelsMeasured,
      nextDate: tally.nextDate,
      overdueSince: tally.overdueSince,
    };
  });
}

/**
 * The step the programme stands at: the first, in the cycle's order, that is overdue, under way
 * or not started (so an overdue early step is where to act first, while a step whose next
 * activity is only scheduled does not hold the programme back); else the first coming up;
 * `undefined` when every step is done.
 */
export function currentStepOf(steps: readonly StepProgress[]): StepProgress | undefined {
  return (
    steps.find((step) => step.status !== 'done' && step.status !== 'upcoming') ??
    steps.find((step) => step.status === 'upcoming')
  );
}

// What planSchedule returns: the statuses and the result's shape, apart from the rules that
// compute them (schedule.ts), so that a widget can import the types alone.
import type { Provenance } from '../provenance.js';

/**
 * Where an item stands on `today`. Every item has exactly one:
 * - `done`: its status is `completed`;
 * - `cancelled`: its status is `cancelled`, or it is a milestone of a cancelled intervention;
 * - `overdue`: due before today and neither completed nor cancelled;
 * - `atRisk`: not overdue, and one of the {@link AtRiskReason}s holds;
 * - `notStarted`: none of the above, and today is before the (milestone's) intervention starts;
 * - `onTrack`: the rest.
 */
export type ScheduleStatus = 'done' | 'cancelled' | 'overdue' | 'atRisk' | 'notStarted' | 'onTrack';

/** Every {@link ScheduleStatus}, in the order above. */
export const scheduleStatuses: readonly ScheduleStatus[] = [
  'done',
  'cancelled',
  'overdue',
  'atRisk',
  'notStarted',
  'onTrack',
];

/**
 * Why an item is at risk:
 * - `dueSoon`: due within `atRiskWithinDays` days from today (today included), not complete;
 * - `behindPlan` (interventions): planned share by today − actual share > `behindPlanMargin`;
 * - `lateStart` (interventions): its start date has passed and its status is still `planned`.
 */
export type AtRiskReason = 'dueSoon' | 'behindPlan' | 'lateStart';

/** One intervention or milestone, with where it stands. */
export interface ScheduleItem {
  readonly kind: 'intervention' | 'milestone';
  readonly id: string;
  /** The intervention itself, or the one the milestone belongs to. */
  readonly interventionId: string;
  /** `endsOn` of an intervention, `due` of a milestone. */
  readonly due: string;
  readonly status: ScheduleStatus;
  /** Why the item is at risk; empty unless `status` is `atRisk`. */
  readonly reasons: readonly AtRiskReason[];
  /** Calendar days from today to the due date: negative once it has passed. */
  readonly daysUntilDue: number;
  /** Calendar days past the due date when `overdue`, else 0. */
  readonly daysLate: number;
}

/** Progress of one intervention against its plan. */
export interface InterventionProgress {
  readonly interventionId: string;
  readonly startsOn: string;
  readonly endsOn: string;
  /**
   * Share of the intervention's work planned done by the end of today: linear in calendar
   * days, counted inclusively, so (today − startsOn + 1) / (endsOn − startsOn + 1), held to
   * [0, 1]. A 10-day intervention is 4/10 planned done at the end of its fourth day.
   */
  readonly plannedShare: number;
  /**
   * Share actually done: completed milestones / milestones not cancelled; 1 when the
   * intervention is completed; `null` (unmeasured) when it has no milestone to count.
   */
  readonly actualShare: number | null;
  /** plannedShare − actualShare: above 0 is behind plan; `null` when unmeasured. */
  readonly behindBy: number | null;
  readonly milestonesCompleted: number;
  /** Milestones not cancelled: the denominator of `actualShare`. */
  readonly milestonesCounted: number;
}

/** An intervention scheduled against the order its prerequisites require. */
export interface PrerequisiteViolation {
  readonly interventionId: string;
  readonly prerequisiteId: string;
  /**
   * `startsBeforePrerequisiteEnds`: it starts on or before the day its prerequisite ends (days
   * are whole: the earliest start is the day after); `prerequisiteCancelled`: the prerequisite
   * will not happen.
   */
  readonly kind: 'startsBeforePrerequisiteEnds' | 'prerequisiteCancelled';
  readonly startsOn: string;
  readonly prerequisiteEndsOn: string;
  /** Days the two overlap: prerequisiteEndsOn − startsOn + 1 (0 for a cancelled prerequisite). */
  readonly overlapDays: number;
}

/** The schedule of a plan on a given day: see {@link planSchedule}. */
export interface PlanSchedule {
  readonly today: string;
  /** Each intervention, followed by its milestones, in plan order. */
  readonly items: readonly ScheduleItem[];
  /** Items per status; they add up to `items.length`. */
  readonly counts: Readonly<Record<ScheduleStatus, number>>;
  readonly progress: {
    /** Each intervention not cancelled, in plan order. */
    readonly interventions: readonly InterventionProgress[];
    /** Mean planned share over the measured interventions (each counts once); `null` if none. */
    readonly plannedShare: number | null;
    /** Mean actual share over the same interventions; `null` if none. */
    readonly actualShare: number | null;
    /** Interventions not cancelled whose progress cannot be measured (no milestone). */
    readonly unmeasuredInterventionIds: readonly string[];
  };
  readonly prerequisiteViolations: readonly PrerequisiteViolation[];
  /** First start and last end of the interventions not cancelled; `null` if there are none. */
  readonly span: {
    readonly startsOn: string;
    readonly endsOn: string;
    readonly days: number;
  } | null;
  /**
   * The chain of prerequisites that sets the shortest length of the plan if every intervention
   * not cancelled keeps its length in days and starts the day after its last prerequisite ends
   * (critical path method, finish-to-start links). Without prerequisites it is the longest
   * intervention. `null` when no intervention is left.
   */
  readonly criticalPath: {
    readonly interventionIds: readonly string[];
    readonly days: number;
  } | null;
  /** What the result rests on. */
  readonly restsOn: {
    readonly interventions: number;
    readonly milestones: number;
    readonly atRiskWithinDays: number;
    readonly behindPlanMargin: number;
    readonly method: string;
  };
  readonly provenance: Provenance;
}

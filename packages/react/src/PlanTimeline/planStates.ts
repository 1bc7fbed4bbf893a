import type { Intervention, Milestone } from '@capkit/model';
import { addDays, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';

/**
 * Where an intervention stands on a given day, exactly one of:
 * - `done`: its status is `completed`;
 * - `cancelled`: its status is `cancelled`;
 * - `overdue`: not done or cancelled, and its end date is before the day;
 * - `atRisk`: not overdue, and either it is still `planned` after its start date (it started
 *   late), or it is still `planned` and ends within `riskDays` days, or one of its milestones is
 *   past due and not completed or cancelled;
 * - `onTrack`: anything else.
 */
export type InterventionState = 'onTrack' | 'atRisk' | 'overdue' | 'done' | 'cancelled';

/** Every {@link InterventionState}, in the order the widget lists them. */
export const interventionStates: readonly InterventionState[] = [
  'overdue',
  'atRisk',
  'onTrack',
  'done',
  'cancelled',
];

/** Where a milestone stands on a day: `overdue` when due before it and not completed or cancelled. */
export type MilestoneState = 'upcoming' | 'overdue' | 'done' | 'cancelled';

/** Days before its end within which a still-planned intervention is at risk. */
export const defaultRiskDays = 14;

/** The fields of an intervention its state depends on. */
export type TimedIntervention = Pick<Intervention, 'startsOn' | 'endsOn' | 'status'> & {
  readonly milestones: readonly Pick<Milestone, 'due' | 'status'>[];
};

/** A milestone's state on `asOf` (ISO calendar dates compare as strings). */
export function milestoneState(milestone: Pick<Milestone, 'due' | 'status'>, asOf: string) {
  if (milestone.status === 'completed') return 'done' satisfies MilestoneState;
  if (milestone.status === 'cancelled') return 'cancelled' satisfies MilestoneState;
  return (milestone.due < asOf ? 'overdue' : 'upcoming') satisfies MilestoneState;
}

/** An intervention's state on `asOf` (ISO calendar date); see {@link InterventionState}. */
export function interventionState(
  intervention: TimedIntervention,
  asOf: string,
  riskDays: number = defaultRiskDays,
): InterventionState {
  if (intervention.status === 'completed') return 'done';
  if (intervention.status === 'cancelled') return 'cancelled';
  if (intervention.endsOn < asOf) return 'overdue';
  const planned = intervention.status === 'planned';
  const daysLeft = differenceInCalendarDays(parseISO(intervention.endsOn), parseISO(asOf));
  if (planned && (intervention.startsOn < asOf || daysLeft <= riskDays)) return 'atRisk';
  if (intervention.milestones.some((m) => milestoneState(m, asOf) === 'overdue')) return 'atRisk';
  return 'onTrack';
}

/** How many interventions are in each state on `asOf`. */
export function countStates(
  interventions: readonly TimedIntervention[],
  asOf: string,
  riskDays: number = defaultRiskDays,
): Record<InterventionState, number> {
  const counts: Record<InterventionState, number> = {
    onTrack: 0,
    atRisk: 0,
    overdue: 0,
    done: 0,
    cancelled: 0,
  };
  for (const intervention of interventions)
    counts[interventionState(intervention, asOf, riskDays)] += 1;
  return counts;
}

/** The next milestone on or after `asOf` that is not done or cancelled, of a live intervention. */
export function nextMilestone<M extends Pick<Milestone, 'due' | 'status'>>(
  interventions: readonly (Pick<Intervention, 'status'> & { readonly milestones: readonly M[] })[],
  asOf: string,
): M | null {
  let next: M | null = null;
  for (const intervention of interventions) {
    if (intervention.status === 'cancelled' || intervention.status === 'completed') continue;
    for (const milestone of intervention.milestones) {
      if (milestoneState(milestone, asOf) !== 'upcoming') continue;
      if (next === null || milestone.due < next.due) next = milestone;
    }
  }
  return next;
}

/** An ISO calendar date `days` after `date`. */
export function shiftDay(date: string, days: number): string {
  return formatISO(addDays(parseISO(date), days), { representation: 'date' });
}

/** Days from `from` to `to` (ISO calendar dates), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

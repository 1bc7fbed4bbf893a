import { z } from 'zod';
import { provenanceOf } from '../provenance.js';
import { CapkitScoringError } from '../scoringError.js';
import { dayCounter } from './scheduleDates.js';
import {
  scheduleStatuses,
  type ScheduleStatus,
  type AtRiskReason,
  type ScheduleItem,
  type InterventionProgress,
  type PrerequisiteViolation,
  type PlanSchedule,
} from './scheduleResult.js';
import {
  parseAt,
  scheduledPlanSchema,
  type ScheduledIntervention,
  type ScheduledPlan,
} from './scheduleInput.js';

/**
 * Options of {@link planSchedule}. Strict: an unknown key is an error naming it.
 */
export const planScheduleOptionsSchema = z.strictObject({
  /** The day the schedule is read on, `YYYY-MM-DD`. */
  today: z.iso.date(),
  /**
   * An item not complete and due within this many days from today (today included) is at risk.
   * @default 14
   */
  atRiskWithinDays: z.number().int().min(0).max(3650).optional(),
  /**
   * An intervention is at risk when its planned share of work by today exceeds its actual share
   * (from completed milestones) by more than this margin, a share in [0, 1].
   * @default 0.2
   */
  behindPlanMargin: z.number().min(0).max(1).optional(),
});

/** Options of {@link planSchedule}; see {@link planScheduleOptionsSchema}. */
export type PlanScheduleOptions = z.input<typeof planScheduleOptionsSchema>;

const method =
  'calendar days from YYYY-MM-DD dates (date-fns differenceInCalendarDays on local dates); ' +
  'planned share linear in inclusive days; actual share = completed / non-cancelled milestones; ' +
  'critical path by forward pass over finish-to-start prerequisites';

interface Dated {
  readonly intervention: ScheduledIntervention;
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

// Kahn's order over prerequisite links; a cycle is refused at an intervention on it.
function topologicalOrder(dated: readonly Dated[], byId: ReadonlyMap<string, Dated>): Dated[] {
  const waiting = new Map<Dated, number>();
  const dependants = new Map<Dated, Dated[]>();
  for (const item of dated) {
    const prerequisites = item.intervention.prerequisiteIds ?? [];
    waiting.set(item, new Set(prerequisites).size);
    for (const prerequisiteId of new Set(prerequisites)) {
      const prerequisite = byId.get(prerequisiteId);
      if (prerequisite === undefined) continue;
      const list = dependants.get(prerequisite) ?? [];
      list.push(item);
      dependants.set(prerequisite, list);
    }
  }
  const order = dated.filter((item) => waiting.get(item) === 0);
  for (let i = 0; i < order.length; i += 1) {
    for (const next of dependants.get(order[i] as Dated) ?? []) {
      const left = (waiting.get(next) ?? 0) - 1;
      waiting.set(next, left);
      if (left === 0) order.push(next);
    }
  }
  if (order.length < dated.length) {
    const cycle = dated.filter((item) => (waiting.get(item) ?? 0) > 0);
    const first = cycle[0] as Dated;
    throw new CapkitScoringError(
      `plan.interventions[${first.index}].prerequisiteIds`,
      `prerequisites form a cycle through ${cycle
        .slice(0, 5)
        .map((item) => `"${item.intervention.id}"`)
        .join(', ')}${cycle.length > 5 ? '…' : ''}`,
    );
  }
  return order;
}

function criticalPathOf(
  order: readonly Dated[],
  byId: ReadonlyMap<string, Dated>,
): PlanSchedule['criticalPath'] {
  const live = order.filter((item) => item.intervention.status !== 'cancelled');
  if (live.length === 0) return null;
  const earliestFinish = new Map<Dated, number>();
  const via = new Map<Dated, Dated>();
  for (const item of live) {
    let start = 0;
    for (const prerequisiteId of item.intervention.prerequisiteIds ?? []) {
      const prerequisite = byId.get(prerequisiteId);
      const finish = prerequisite === undefined ? undefined : earliestFinish.get(prerequisite);
      if (prerequisite === undefined || finish === undefined || finish <= start) continue;
      start = finish;
      via.set(item, prerequisite);
    }
    earliestFinish.set(item, start + item.end - item.start + 1);
  }
  // The chain ending latest; ties go to the first in plan order, so the answer is stable.
  let last = live[0] as Dated;
  for (const item of live) {
    const finish = earliestFinish.get(item) ?? 0;
    const best = earliestFinish.get(last) ?? 0;
    if (finish > best || (finish === best && item.index < last.index)) last = item;
  }
  const chain: string[] = [];
  for (let item: Dated | undefined = last; item !== undefined; item = via.get(item)) {
    chain.push(item.intervention.id);
  }
  return { interventionIds: chain.reverse(), days: earliestFinish.get(last) ?? 0 };
}

function progressOf(item: Dated, today: number): InterventionProgress {
  const { intervention } = item;
  const plannedShare = Math.min(
    1,
    Math.max(0, (today - item.start + 1) / (item.end - item.start + 1)),
  );
  const counted = intervention.milestones.filter((milestone) => milestone.status !== 'cancelled');
  const completed = counted.filter((milestone) => milestone.status === 'completed').length;
  const actualShare =
    intervention.status === 'completed'
      ? 1
      : counted.length > 0
        ? completed / counted.length
        : null;
  return {
    interventionId: intervention.id,
    startsOn: intervention.startsOn,
    endsOn: intervention.endsOn,
    plannedShare,
    actualShare,
    behindBy: actualShare === null ? null : plannedShare - actualShare,
    milestonesCompleted: completed,
    milestonesCounted: counted.length,
  };
}

function item(
  fields: Omit<ScheduleItem, 'daysLate' | 'reasons' | 'status'>,
  status: ScheduleStatus,
  reasons: readonly AtRiskReason[] = [],
): ScheduleItem {
  return {
    ...fields,
    status,
    reasons: status === 'atRisk' ? reasons : [],
    daysLate: status === 'overdue' ? -fields.daysUntilDue : 0,
  };
}

/**
 * Where each intervention and milestone of a plan stands on `today`: done, on track, at risk,
 * overdue (with days late) or not started ({@link ScheduleStatus}); progress against plan per
 * intervention and for the plan; prerequisites scheduled out of order; the plan's span and its
 * critical path.
 *
 * Dates are calendar dates: all arithmetic is in whole calendar days (date-fns
 * `differenceInCalendarDays`), so daylight-saving changes and leap days count as the days they
 * are, and shifting every date of the plan and `today` by the same number of days changes no
 * status. The planned share is linear in days (stated on {@link InterventionProgress}); the
 * critical path is the critical path method's forward pass (Kelley & Walker 1959) over
 * finish-to-start prerequisite links, with each intervention's length its inclusive days.
 *
 * The result is about interventions, not people: no count of people is reported.
 *
 * @throws {CapkitScoringError} located under `plan.` or `options.` for an invalid plan (an end
 *   before a start, an unknown or cyclic prerequisite, a duplicate id, too many entries) or an
 *   invalid or unknown option.
 */
export function planSchedule(plan: ScheduledPlan, options: PlanScheduleOptions): PlanSchedule {
  const valid = parseAt(scheduledPlanSchema, plan, 'plan');
  const parsed = parseAt(planScheduleOptionsSchema, options, 'options');
  const atRiskWithinDays = parsed.atRiskWithinDays ?? 14;
  const behindPlanMargin = parsed.behindPlanMargin ?? 0.2;
  const dayNumberOf = dayCounter();
  const today = dayNumberOf(parsed.today, 'options.today');

  const dated: Dated[] = valid.interventions.map((intervention, index) => ({
    intervention,
    index,
    start: dayNumberOf(intervention.startsOn, `plan.interventions[${index}].startsOn`),
    end: dayNumberOf(intervention.endsOn, `plan.interventions[${index}].endsOn`),
  }));
  const byId = new Map(dated.map((entry) => [entry.intervention.id, entry]));
  const order = topologicalOrder(dated, byId);

  const items: ScheduleItem[] = [];
  const progress: InterventionProgress[] = [];
  let milestones = 0;
  for (const entry of dated) {
    const { intervention } = entry;
    const cancelled = intervention.status === 'cancelled';
    const own = cancelled ? undefined : progressOf(entry, today);
    if (own !== undefined) progress.push(own);
    const fields = {
      kind: 'intervention' as const,
      id: intervention.id,
      interventionId: intervention.id,
      due: intervention.endsOn,
      daysUntilDue: entry.end - today,
    };
    if (intervention.status === 'completed') items.push(item(fields, 'done'));
    else if (cancelled) items.push(item(fields, 'cancelled'));
    else if (entry.end < today) items.push(item(fields, 'overdue'));
    else {
      const reasons: AtRiskReason[] = [];
      if (entry.end - today <= atRiskWithinDays) reasons.push('dueSoon');
      if (own?.behindBy != null && own.behindBy > behindPlanMargin) reasons.push('behindPlan');
      if (intervention.status === 'planned' && today > entry.start) reasons.push('lateStart');
      items.push(
        item(
          fields,
          reasons.length > 0 ? 'atRisk' : today < entry.start ? 'notStarted' : 'onTrack',
          reasons,
        ),
      );
    }
    intervention.milestones.forEach((milestone, m) => {
      milestones += 1;
      const due = dayNumberOf(
        milestone.due,
        `plan.interventions[${entry.index}].milestones[${m}].due`,
      );
      const milestoneFields = {
        kind: 'milestone' as const,
        id: milestone.id,
        interventionId: intervention.id,
        due: milestone.due,
        daysUntilDue: due - today,
      };
      const status: ScheduleStatus =
        milestone.status === 'completed'
          ? 'done'
          : milestone.status === 'cancelled' || cancelled
            ? 'cancelled'
            : due < today
              ? 'overdue'
              : due - today <= atRiskWithinDays
                ? 'atRisk'
                : today < entry.start
                  ? 'notStarted'
                  : 'onTrack';
      items.push(item(milestoneFields, status, ['dueSoon']));
    });
  }

  const counts = Object.fromEntries(scheduleStatuses.map((status) => [status, 0])) as Record<
    ScheduleStatus,
    number
  >;
  for (const entry of items) counts[entry.status] += 1;

  const prerequisiteViolations: PrerequisiteViolation[] = [];
  for (const entry of dated) {
    if (entry.intervention.status === 'cancelled') continue;
    for (const prerequisiteId of new Set(entry.intervention.prerequisiteIds ?? [])) {
      const prerequisite = byId.get(prerequisiteId);
      if (prerequisite === undefined) continue;
      const shared = {
        interventionId: entry.intervention.id,
        prerequisiteId,
        startsOn: entry.intervention.startsOn,
        prerequisiteEndsOn: prerequisite.intervention.endsOn,
      };
      if (prerequisite.intervention.status === 'cancelled') {
        prerequisiteViolations.push({ ...shared, kind: 'prerequisiteCancelled', overlapDays: 0 });
      } else if (entry.start <= prerequisite.end) {
        prerequisiteViolations.push({
          ...shared,
          kind: 'startsBeforePrerequisiteEnds',
          overlapDays: prerequisite.end - entry.start + 1,
        });
      }
    }
  }

  const measured = progress.filter((entry) => entry.actualShare !== null);
  const mean = (values: readonly number[]) =>
    values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
  const live = dated.filter((entry) => entry.intervention.status !== 'cancelled');
  const first = live.reduce<Dated | undefined>(
    (best, entry) => (best === undefined || entry.start < best.start ? entry : best),
    undefined,
  );
  const last = live.reduce<Dated | undefined>(
    (best, entry) => (best === undefined || entry.end > best.end ? entry : best),
    undefined,
  );

  return {
    today: parsed.today,
    items,
    counts,
    progress: {
      interventions: progress,
      plannedShare: mean(measured.map((entry) => entry.plannedShare)),
      actualShare: mean(measured.map((entry) => entry.actualShare ?? 0)),
      unmeasuredInterventionIds: progress
        .filter((entry) => entry.actualShare === null)
        .map((entry) => entry.interventionId),
    },
    prerequisiteViolations,
    span:
      first === undefined || last === undefined
        ? null
        : {
            startsOn: first.intervention.startsOn,
            endsOn: last.intervention.endsOn,
            days: last.end - first.start + 1,
          },
    criticalPath: criticalPathOf(order, byId),
    restsOn: {
      interventions: dated.length,
      milestones,
      atRiskWithinDays,
      behindPlanMargin,
      method,
    },
    provenance: provenanceOf({
      face: 'plan/schedule',
      today: parsed.today,
      atRiskWithinDays,
      behindPlanMargin,
    }),
  };
}

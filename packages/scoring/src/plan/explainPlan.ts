import type { UnavailableReason } from './planProblem.js';
import type { NeedOutcome, PlannedIntervention, RecommendedPlan } from './planResult.js';

/** Why a catalogue entry is not in the plan. */
export type UnfundedReason =
  | UnavailableReason
  /** No need group is in a competency it raises. */
  | 'noNeed'
  /** The groups it could serve are served already, or weigh 0. */
  | 'needsMet'
  /** One more participant (with a new run where needed) costs more than the budget left. */
  | 'budget'
  /** Some intervention of its pathway has no seat left and no run left to open. */
  | 'seats'
  /** Affordable, but the method spent the budget on what closes more weighted gap per cost. */
  | 'notChosen';

/** Why people of a need group are left unserved. */
export type UnservedReason =
  /** Nothing in the catalogue raises its competency. */
  | 'noIntervention'
  /** Interventions raise it, but none is available: window, prerequisite or days (see `unavailable`). */
  | 'unavailable'
  | 'zeroWeight'
  | 'seats'
  | 'budget'
  | 'notChosen';

/** How one planned intervention spends its money. */
export interface InterventionExplanation {
  readonly interventionId: string;
  readonly runs: number;
  readonly cost: number;
  /** Need groups it serves: as the intervention that closes their need, or as a prerequisite. */
  readonly serves: readonly {
    readonly needId: string;
    readonly unitId: string | null;
    readonly competencyId: string;
    readonly participants: number;
    readonly asPrerequisite: boolean;
  }[];
  /** Gap points it closes, by competency (shared along pathways as `PlannedIntervention` says). */
  readonly gapPointsClosed: number;
  /** cost / gapPointsClosed; `null` when it closes none (a prerequisite in another competency). */
  readonly costPerGapPoint: number | null;
}

/** Explanation of a recommended plan: where the money goes, what it closes, what it leaves. */
export interface PlanExplanation {
  readonly method: RecommendedPlan['method'];
  readonly status: RecommendedPlan['status'];
  /** The plan's quality in one line: objective, bound, gap, cost against budget. */
  readonly summary: string;
  readonly interventions: readonly InterventionExplanation[];
  /** Catalogue entries not run, and why. */
  readonly unfunded: readonly {
    readonly interventionId: string;
    readonly reason: UnfundedReason;
    readonly detail: string;
  }[];
  /** Per need group what remains, and why, when something does. */
  readonly needs: readonly {
    readonly needId: string;
    readonly unitId: string | null;
    readonly competencyId: string;
    readonly people: number;
    readonly served: number;
    readonly remainingPeople: number;
    readonly remainingGapPoints: number;
    readonly reason?: UnservedReason;
    readonly detail?: string;
  }[];
  /** The same in plain English sentences, one per line: the summary, each intervention, each unfunded entry and each need left. */
  readonly lines: readonly string[];
}

const round = (value: number) => Math.round(value * 100) / 100;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const points = (n: number) => plural(round(n), 'gap point');

/** Extra cost of seating one more person on `entry`'s pathway, or null when no seat can be had. */
function nextPlaceCost(
  entry: PlannedIntervention,
  byId: ReadonlyMap<string, PlannedIntervention>,
): number | null {
  let cost = 0;
  for (const id of entry.pathway) {
    const step = byId.get(id) as PlannedIntervention;
    const free = step.runs * step.seats - step.participants - step.prerequisiteParticipants;
    if (free <= 0) {
      if (step.runs >= step.maxRuns) return null;
      cost += step.fixedCost;
    }
    cost += step.perParticipantCost;
  }
  return cost;
}

function unservedReason(
  need: NeedOutcome,
  plan: RecommendedPlan,
  byId: ReadonlyMap<string, PlannedIntervention>,
  left: number,
): { reason: UnservedReason; detail: string } {
  if (need.weight === 0) return { reason: 'zeroWeight', detail: 'its weight is 0' };
  if (need.eligibleInterventionIds.length === 0) {
    const raising = plan.interventions.filter((it) => it.competencyIds.includes(need.competencyId));
    return raising.length === 0
      ? { reason: 'noIntervention', detail: `nothing in the catalogue raises ${need.competencyId}` }
      : {
          reason: 'unavailable',
          detail: raising.map((it) => `${it.interventionId}: ${it.unavailable ?? ''}`).join(', '),
        };
  }
  const costs = need.eligibleInterventionIds
    .map((id) => nextPlaceCost(byId.get(id) as PlannedIntervention, byId))
    .filter((cost): cost is number => cost !== null);
  if (costs.length === 0) return { reason: 'seats', detail: 'every pathway for it is full' };
  const cheapest = Math.min(...costs);
  if (cheapest > left + 1e-9) {
    return {
      reason: 'budget',
      detail: `one more place costs at least ${round(cheapest)}, ${round(left)} is left`,
    };
  }
  return {
    reason: 'notChosen',
    detail: `one more place costs ${round(cheapest)}; the ${plan.method} spent elsewhere`,
  };
}

/**
 * Explains a plan: per intervention run, whom it serves (need groups, directly or as a
 * prerequisite), the gap points it closes and its cost per gap point; each catalogue entry
 * not run, and why — unavailable (date window, prerequisite, days per person), no need, needs
 * met, budget, seats, or not chosen; and per need group what remains and why.
 *
 * Every count it cites is from the plan, whose needs (via `needsFromAnalysis`) are published
 * figures or sums and differences of them.
 */
export function explainPlan(plan: RecommendedPlan): PlanExplanation {
  const byId = new Map(plan.interventions.map((it) => [it.interventionId, it]));
  const needById = new Map(plan.needs.map((need) => [need.needId, need]));
  const left = plan.budget - plan.cost;
  const interventions: InterventionExplanation[] = plan.interventions
    .filter((it) => it.runs > 0)
    .map((it) => {
      const serves = plan.assignments.flatMap((a) => {
        if (!a.pathway.includes(it.interventionId)) return [];
        const need = needById.get(a.needId) as NeedOutcome;
        return [
          {
            needId: a.needId,
            unitId: need.unitId,
            competencyId: need.competencyId,
            participants: a.participants,
            asPrerequisite: a.interventionId !== it.interventionId,
          },
        ];
      });
      return {
        interventionId: it.interventionId,
        runs: it.runs,
        cost: it.cost,
        serves,
        gapPointsClosed: it.gapPointsClosed,
        costPerGapPoint: it.gapPointsClosed > 0 ? it.cost / it.gapPointsClosed : null,
      };
    });
  const unfunded = plan.interventions
    .filter((it) => it.runs === 0)
    .map((it) => {
      if (it.unavailable !== undefined) {
        const detail = {
          dateWindow: 'not available on any day of the plan’s window',
          prerequisite: 'a prerequisite is unavailable or cannot come before it',
          daysPerPerson: 'its pathway takes more days than a person can give',
        }[it.unavailable];
        return { interventionId: it.interventionId, reason: it.unavailable, detail };
      }
      const needs = plan.needs.filter((need) =>
        need.eligibleInterventionIds.includes(it.interventionId),
      );
      if (needs.length === 0) {
        return {
          interventionId: it.interventionId,
          reason: 'noNeed' as const,
          detail: 'no need group in what it raises',
        };
      }
      if (needs.every((need) => need.served >= need.people || need.weight === 0)) {
        return {
          interventionId: it.interventionId,
          reason: 'needsMet' as const,
          detail: 'the groups it could serve are served',
        };
      }
      const cost = nextPlaceCost(it, byId);
      if (cost === null) {
        return {
          interventionId: it.interventionId,
          reason: 'seats' as const,
          detail: 'a prerequisite has no seat or run left',
        };
      }
      return cost > left + 1e-9
        ? {
            interventionId: it.interventionId,
            reason: 'budget' as const,
            detail: `a run for one participant costs ${round(cost)}, ${round(left)} is left`,
          }
        : {
            interventionId: it.interventionId,
            reason: 'notChosen' as const,
            detail: `affordable (${round(cost)} for one participant) but closes less weighted gap per cost`,
          };
    });
  const needs = plan.needs.map((need): PlanExplanation['needs'][number] => {
    const remainingPeople = need.people - need.served;
    const base = {
      needId: need.needId,
      unitId: need.unitId,
      competencyId: need.competencyId,
      people: need.people,
      served: need.served,
      remainingPeople,
      remainingGapPoints: need.remainingGapPoints,
    };
    return remainingPeople > 0 ? { ...base, ...unservedReason(need, plan, byId, left) } : base;
  });
  const gapText = Number.isFinite(plan.gap) ? `${round(plan.gap * 100)} %` : 'unbounded';
  const summary = `${plan.method === 'highs' ? 'HiGHS (exact)' : 'Greedy'}: ${plan.status}; closes ${round(plan.objective)} weighted gap points (at most ${round(plan.bound)} possible, gap ${gapText}) for ${round(plan.cost)} of ${round(plan.budget)}${plan.currency === undefined ? '' : ` ${plan.currency}`}.`;
  const unitText = (unitId: string | null) => (unitId === null ? 'other units' : unitId);
  const lines = [
    summary,
    ...interventions.map(
      (it) =>
        `Run ${it.interventionId} ${plural(it.runs, 'time')}: ${it.serves
          .map(
            (s) =>
              `${plural(s.participants, 'person', 'people')} of ${unitText(s.unitId)} in ${s.competencyId}${s.asPrerequisite ? ' (as a prerequisite)' : ''}`,
          )
          .join(
            '; ',
          )} — ${points(it.gapPointsClosed)}, ${it.costPerGapPoint === null ? 'none of its own' : `${round(it.costPerGapPoint)} per point`}.`,
    ),
    ...unfunded.map((u) => `Not run: ${u.interventionId} (${u.reason}: ${u.detail}).`),
    ...needs.flatMap((n) =>
      n.remainingPeople > 0
        ? [
            `Left: ${plural(n.remainingPeople, 'person', 'people')} of ${unitText(n.unitId)} in ${n.competencyId}, ${points(n.remainingGapPoints)} (${n.reason ?? ''}: ${n.detail ?? ''}).`,
          ]
        : [],
    ),
  ];
  return {
    method: plan.method,
    status: plan.status,
    summary,
    interventions,
    unfunded,
    needs,
    lines,
  };
}

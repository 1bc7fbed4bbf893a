import { provenanceOf, type Provenance } from '../provenance.js';
import type { PlanIntervention } from './planInput.js';
import type { PlanProblem, UnavailableReason } from './planProblem.js';

/** Which method made a plan. */
export type PlanMethod = 'highs' | 'greedy';

/** Why the greedy made a plan that was meant to be exact. */
export type FallbackReason = 'requested' | 'solverUnavailable' | 'solverFailed' | 'noSolution';

/** One catalogue entry in the plan: how often it runs and for whom. */
export interface PlannedIntervention {
  readonly interventionId: string;
  /** Runs planned (0: not run). */
  readonly runs: number;
  readonly maxRuns: number;
  /** Places of one run. */
  readonly seats: number;
  /** People who take it to close a need (it ends their pathway). */
  readonly participants: number;
  /** People who take it as a prerequisite of another intervention. */
  readonly prerequisiteParticipants: number;
  /** fixed × runs + perParticipant × (participants + prerequisiteParticipants). */
  readonly cost: number;
  readonly fixedCost: number;
  readonly perParticipantCost: number;
  /** Its pathway: prerequisites (transitively) first, itself last. */
  readonly pathway: readonly string[];
  /** Competencies it raises. */
  readonly competencyIds: readonly string[];
  /**
   * Gap points it closes: each pathway participant's points shared among the pathway's
   * interventions in proportion to their expected gains in the need's competency.
   */
  readonly gapPointsClosed: number;
  /** Set when it could not be chosen at all. */
  readonly unavailable?: UnavailableReason;
}

/** People of one need group sent on one pathway. */
export interface PlanAssignment {
  readonly needId: string;
  /** The intervention that closes the need; its prerequisites come first. */
  readonly interventionId: string;
  /** The pathway in the order taken: prerequisites first, the intervention last. */
  readonly pathway: readonly string[];
  readonly participants: number;
  /** Gap points one participant closes: min(gap, pathway's expected gain in the competency). */
  readonly gainPerParticipant: number;
  /** participants × gainPerParticipant. */
  readonly gapPointsClosed: number;
  /** weight × gapPointsClosed: this assignment's share of the objective. */
  readonly weightedGain: number;
  /** Per-participant costs along the pathway × participants (fixed costs are per run). */
  readonly participantCost: number;
}

/** What the plan does for one need group. */
export interface NeedOutcome {
  readonly needId: string;
  readonly unitId: string | null;
  readonly competencyId: string;
  readonly people: number;
  readonly weight: number;
  /** people × gap. */
  readonly gapPoints: number;
  readonly served: number;
  readonly gapPointsClosed: number;
  readonly remainingGapPoints: number;
  /** Catalogue entries that could serve it (available, raising its competency). */
  readonly eligibleInterventionIds: readonly string[];
}

/** A recommended plan: what to run, for whom, how good it is and how far from optimal it can be. */
export interface RecommendedPlan {
  readonly kind: 'recommendedPlan';
  readonly method: PlanMethod;
  /**
   * `optimal`: HiGHS proved it optimal (to its relative gap tolerance); `feasible`: a plan within
   * `gap` of the optimum; `infeasible`: no plan meets the minimum coverage (proved by HiGHS);
   * `coverageNotMet`: the greedy found no plan that meets it (one may still exist).
   */
  readonly status: 'optimal' | 'feasible' | 'infeasible' | 'coverageNotMet';
  /** Set when the greedy stood in for the exact solve, and why. */
  readonly fallback?: { readonly reason: FallbackReason; readonly detail: string };
  /** Σ weight × gap points closed. */
  readonly objective: number;
  /** A proven upper bound on the best objective any plan can reach. */
  readonly bound: number;
  /** How the bound was proved. */
  readonly boundMethod: 'highsDualBound' | 'budgetLagrangian';
  /**
   * (bound − objective) / objective, 0 when both are 0, `Infinity` when only the objective is:
   * so objective ≥ bound / (1 + gap) and no plan beats this one by more than that factor.
   */
  readonly gap: number;
  /** HiGHS's own relative MIP gap, when HiGHS made the plan. */
  readonly solverGap?: number;
  readonly budget: number;
  readonly cost: number;
  readonly currency?: string;
  /** Every catalogue entry, in catalogue order. */
  readonly interventions: readonly PlannedIntervention[];
  readonly assignments: readonly PlanAssignment[];
  /** Every need group, in input order. */
  readonly needs: readonly NeedOutcome[];
  /** Minimum coverage per unit: need places required (share × people), served, met. */
  readonly coverage: readonly {
    readonly unitId: string;
    readonly share: number;
    readonly required: number;
    readonly served: number;
    readonly met: boolean;
  }[];
  /** Size of the model solved (grouped, one variable per need × intervention pair and per intervention). */
  readonly model: {
    readonly pairs: number;
    readonly interventionsAvailable: number;
    readonly needs: number;
  };
  readonly seconds: number;
  readonly provenance: Provenance;
}

/** Relative gap with the conventions of {@link RecommendedPlan.gap}. */
export function relativeGap(objective: number, bound: number): number {
  if (bound <= objective) return 0;
  return objective > 0 ? (bound - objective) / objective : Infinity;
}

/** @internal What a method found, before it becomes a plan. */
export interface MethodOutcome {
  readonly method: PlanMethod;
  readonly status: RecommendedPlan['status'];
  readonly bound: number;
  readonly boundMethod: RecommendedPlan['boundMethod'];
  readonly solverGap?: number;
  readonly fallback?: RecommendedPlan['fallback'];
  readonly seconds: number;
}

/** @internal Seats taken in each intervention by `participants` (per pair). */
export function seatsUsed(problem: PlanProblem, participants: ArrayLike<number>): Float64Array {
  const used = new Float64Array(problem.input.interventions.length);
  for (let p = 0; p < problem.pairNeed.length; p += 1) {
    const q = participants[p] as number;
    if (q === 0) continue;
    for (const j of problem.path[problem.pairIntervention[p] as number] as number[])
      used[j] = (used[j] as number) + q;
  }
  return used;
}

/**
 * @internal Turns whole participant counts per pair into a plan: runs are the fewest that seat
 * everyone (never more, whatever the method opened), costs and gains are recomputed here, the
 * same way for every method.
 */
export function buildPlan(
  problem: PlanProblem,
  participants: ArrayLike<number>,
  outcome: MethodOutcome,
): RecommendedPlan {
  const { input } = problem;
  const used = seatsUsed(problem, participants);
  const direct = new Float64Array(input.interventions.length);
  const attributed = new Float64Array(input.interventions.length);
  const served = new Float64Array(input.needs.length);
  const closed = new Float64Array(input.needs.length);
  const assignments: PlanAssignment[] = [];
  let objective = 0;
  for (let p = 0; p < problem.pairNeed.length; p += 1) {
    const q = participants[p] as number;
    if (q === 0) continue;
    const g = problem.pairNeed[p] as number;
    const i = problem.pairIntervention[p] as number;
    direct[i] = (direct[i] as number) + q;
    served[g] = (served[g] as number) + q;
    const gain = problem.pairGain[p] as number;
    closed[g] = (closed[g] as number) + q * gain;
    objective += q * (problem.pairValue[p] as number);
    const path = problem.path[i] as number[];
    const competency = input.needs[g]?.competencyId;
    const gains = path.map((j) =>
      (input.interventions[j]?.targets ?? [])
        .filter((target) => target.competencyId === competency)
        .reduce((sum, target) => sum + target.expectedLevelGain, 0),
    );
    const total = gains.reduce((sum, gainOfStep) => sum + gainOfStep, 0);
    path.forEach((j, step) => {
      attributed[j] = (attributed[j] as number) + (q * gain * (gains[step] as number)) / total;
    });
    assignments.push({
      needId: input.needs[g]?.id as string,
      interventionId: input.interventions[i]?.id as string,
      pathway: path.map((j) => input.interventions[j]?.id as string),
      participants: q,
      gainPerParticipant: gain,
      gapPointsClosed: q * gain,
      weightedGain: q * (problem.pairValue[p] as number),
      participantCost: q * (problem.pathCost[i] as number),
    });
  }
  let cost = 0;
  const interventions = input.interventions.map((it: PlanIntervention, i): PlannedIntervention => {
    const seats = used[i] as number;
    const runs = Math.ceil(seats / it.seats);
    const itemCost = runs * it.cost.fixed + seats * it.cost.perParticipant;
    cost += itemCost;
    const reason = problem.unavailable[i];
    return {
      interventionId: it.id,
      runs,
      maxRuns: problem.maxRuns[i] as number,
      seats: it.seats,
      participants: direct[i] as number,
      prerequisiteParticipants: seats - (direct[i] as number),
      cost: itemCost,
      fixedCost: it.cost.fixed,
      perParticipantCost: it.cost.perParticipant,
      pathway: (problem.path[i] as number[]).map((j) => input.interventions[j]?.id as string),
      competencyIds: it.targets.map((target) => target.competencyId),
      gapPointsClosed: attributed[i] as number,
      ...(reason === undefined ? {} : { unavailable: reason }),
    };
  });
  const needs = input.needs.map((need, g): NeedOutcome => {
    const eligible: string[] = [];
    for (
      let p = problem.needPairStart[g] as number;
      p < (problem.needPairStart[g + 1] as number);
      p += 1
    )
      eligible.push(input.interventions[problem.pairIntervention[p] as number]?.id as string);
    const gapPoints = need.people * need.gap;
    return {
      needId: need.id,
      unitId: need.unitId,
      competencyId: need.competencyId,
      people: need.people,
      weight: need.weight,
      gapPoints,
      served: served[g] as number,
      gapPointsClosed: closed[g] as number,
      remainingGapPoints: Math.max(0, gapPoints - (closed[g] as number)),
      eligibleInterventionIds: eligible,
    };
  });
  const coverage = problem.coverage.map(({ unitId, share, needs: members, required }) => {
    const total = members.reduce((sum, g) => sum + (served[g] as number), 0);
    return { unitId, share, required, served: total, met: total >= required - 1e-9 };
  });
  const bound = Math.max(outcome.bound, objective);
  return {
    kind: 'recommendedPlan',
    method: outcome.method,
    status: outcome.status,
    ...(outcome.fallback === undefined ? {} : { fallback: outcome.fallback }),
    objective,
    bound,
    boundMethod: outcome.boundMethod,
    gap: relativeGap(objective, bound),
    ...(outcome.solverGap === undefined ? {} : { solverGap: outcome.solverGap }),
    budget: input.constraints.budget,
    cost,
    ...(input.currency === undefined ? {} : { currency: input.currency }),
    interventions,
    assignments,
    needs,
    coverage,
    model: {
      pairs: problem.pairNeed.length,
      interventionsAvailable: problem.unavailable.filter((reason) => reason === undefined).length,
      needs: input.needs.length,
    },
    seconds: outcome.seconds,
    provenance: provenanceOf({ plan: input, method: outcome.method }),
  };
}

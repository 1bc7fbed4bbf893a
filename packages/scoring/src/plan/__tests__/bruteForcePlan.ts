// Test-only: the best plan of a tiny input by trying every whole-number assignment, written from
// the model's statement (recommendPlan's JSDoc) without any of the planner's code, so that it
// is an independent reference for the exact solve, the greedy and the bound.
import type { PlanInput, PlanIntervention } from '../planInput.js';

export interface BruteForceResult {
  readonly objective: number;
  /** Participants per [needId, interventionId] of one best plan. */
  readonly best: ReadonlyMap<string, number>;
  readonly feasible: boolean;
}

function pathwayOf(
  input: PlanInput,
  intervention: PlanIntervention,
  seen = new Set<string>(),
): PlanIntervention[] {
  if (seen.has(intervention.id)) return [];
  seen.add(intervention.id);
  const before = (intervention.prerequisiteIds ?? []).flatMap((id) =>
    pathwayOf(input, input.interventions.find((it) => it.id === id) as PlanIntervention, seen),
  );
  return [...before, intervention];
}

function usable(input: PlanInput, intervention: PlanIntervention): boolean {
  const { window, maxDaysPerPerson } = input.constraints;
  const pathway = pathwayOf(input, intervention);
  const startOf = (it: PlanIntervention) =>
    [it.availableFrom, window?.from]
      .filter((d) => d !== undefined)
      .sort()
      .pop();
  const endOf = (it: PlanIntervention) =>
    [it.availableUntil, window?.to].filter((d) => d !== undefined).sort()[0];
  for (const it of pathway) {
    const start = startOf(it);
    const end = endOf(it);
    if (start !== undefined && end !== undefined && start > end) return false;
    const lastDay = endOf(intervention);
    if (start !== undefined && lastDay !== undefined && start > lastDay) return false;
  }
  const days = pathway.reduce((sum, it) => sum + it.durationDays, 0);
  return maxDaysPerPerson === undefined || days <= maxDaysPerPerson;
}

/** Tries every assignment of whole participants; only for a handful of small pairs. */
export function bruteForcePlan(input: PlanInput): BruteForceResult {
  const pairs = input.needs.flatMap((need) =>
    input.interventions
      .filter(
        (it) =>
          it.targets.some((target) => target.competencyId === need.competencyId) &&
          usable(input, it),
      )
      .map((it) => {
        const pathway = pathwayOf(input, it);
        const gain = pathway.reduce(
          (sum, step) =>
            sum +
            step.targets
              .filter((target) => target.competencyId === need.competencyId)
              .reduce((s, target) => s + target.expectedLevelGain, 0),
          0,
        );
        return { need, it, pathway, value: need.weight * Math.min(need.gap, gain) };
      }),
  );
  const counts = pairs.map(() => 0);
  let objective = -1;
  let best = new Map<string, number>();
  const check = () => {
    for (const need of input.needs) {
      const total = pairs.reduce(
        (s, pair, p) => s + (pair.need === need ? (counts[p] as number) : 0),
        0,
      );
      if (total > need.people) return;
    }
    let cost = 0;
    for (const it of input.interventions) {
      const seats = pairs.reduce(
        (s, pair, p) => s + (pair.pathway.includes(it) ? (counts[p] as number) : 0),
        0,
      );
      const runs = Math.ceil(seats / it.seats);
      if (runs > (it.maxRuns ?? 1)) return;
      cost += runs * it.cost.fixed + seats * it.cost.perParticipant;
    }
    if (cost > input.constraints.budget + 1e-9) return;
    for (const { unitId, share } of input.constraints.minCoverage ?? []) {
      const people = input.needs
        .filter((need) => need.unitId === unitId)
        .reduce((s, need) => s + need.people, 0);
      const served = pairs.reduce(
        (s, pair, p) => s + (pair.need.unitId === unitId ? (counts[p] as number) : 0),
        0,
      );
      if (served < share * people - 1e-9) return;
    }
    const value = pairs.reduce((s, pair, p) => s + pair.value * (counts[p] as number), 0);
    if (value > objective + 1e-12) {
      objective = value;
      best = new Map(
        pairs.map((pair, p) => [`${pair.need.id}|${pair.it.id}`, counts[p] as number] as const),
      );
    }
  };
  const visit = (p: number) => {
    if (p === pairs.length) {
      check();
      return;
    }
    for (let q = 0; q <= (pairs[p]?.need.people ?? 0); q += 1) {
      counts[p] = q;
      visit(p + 1);
    }
    counts[p] = 0;
  };
  visit(0);
  return { objective: Math.max(0, objective), best, feasible: objective >= 0 };
}

import { CapkitScoringError } from '../scoringError.js';
import { planLimits, type PlanInput, type PlanIntervention } from './planInput.js';

/** Why an intervention of the catalogue cannot be chosen at all. */
export type UnavailableReason = 'dateWindow' | 'prerequisite' | 'daysPerPerson';

/**
 * The planning model, compiled once and shared by the exact solve, the greedy and the bound.
 *
 * A participant of intervention i takes its **pathway**: i and all its prerequisites,
 * transitively, within the plan. Each pathway participant takes a seat in, pays the
 * per-participant cost of and spends the days of every intervention of the pathway, and closes
 * min(gap, sum of the pathway's expected gains in the need's competency) gap points. Each person
 * of a need group takes at most one pathway for that need, so a person-level plan always
 * exists: give each group's pathway places to distinct people of the group.
 */
export interface PlanProblem {
  readonly input: PlanInput;
  /** Each pathway in the order taken: prerequisites (transitively) first, the intervention last. */
  readonly path: readonly (readonly number[])[];
  readonly unavailable: readonly (UnavailableReason | undefined)[];
  /** Sum of per-participant costs along the pathway. */
  readonly pathCost: Float64Array;
  /** Sum of days along the pathway. */
  readonly pathDays: Float64Array;
  /**
   * Least cost of one pathway place with each run's fixed cost spread over its seats:
   * Σ (perParticipant + fixed / seats) along the pathway (used by the bound).
   */
  readonly amortisedCost: Float64Array;
  /** Pairs (need group, intervention) a variable exists for, need-major. */
  readonly pairNeed: Int32Array;
  readonly pairIntervention: Int32Array;
  /** Gap points one participant closes: min(gap, pathway gain in the competency). */
  readonly pairGain: Float64Array;
  /** weight × pairGain. */
  readonly pairValue: Float64Array;
  /** Pairs of need g: `needPairStart[g]` to `needPairStart[g + 1]`. */
  readonly needPairStart: Int32Array;
  /** Pairs whose pathway passes through each intervention. */
  readonly pairsThrough: readonly (readonly number[])[];
  /** Unit key (need.unitId, '' for null) of each need, and the units with a minimum coverage. */
  readonly coverage: readonly {
    readonly unitId: string;
    readonly share: number;
    readonly needs: readonly number[];
    /** share × people of the unit's needs. */
    readonly required: number;
  }[];
  readonly maxRuns: Int32Array;
}

// Depth-first post-order: every prerequisite before what needs it, the intervention last.
function transitivePath(
  interventions: readonly PlanIntervention[],
  index: ReadonlyMap<string, number>,
  i: number,
): number[] {
  const seen = new Set<number>();
  const order: number[] = [];
  const visit = (j: number) => {
    if (seen.has(j)) return;
    seen.add(j);
    for (const id of interventions[j]?.prerequisiteIds ?? []) visit(index.get(id) as number);
    order.push(j);
  };
  visit(i);
  return order;
}

function maxDate(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined ? a : a > b ? a : b;
}
function minDate(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined ? a : a < b ? a : b;
}

/**
 * Compiles a validated input into the planning model (see {@link PlanProblem}).
 *
 * Availability: an intervention is out (`dateWindow`) when its availability period and the
 * plan's window share no day; out (`daysPerPerson`) when its pathway takes more days than
 * `maxDaysPerPerson`; out (`prerequisite`) when a prerequisite is out, or cannot start
 * (max of its availableFrom and the window's start) by the intervention's last possible day.
 *
 * @throws {CapkitScoringError} when the model would hold more than `planLimits.pairs` variables.
 */
export function compilePlanProblem(input: PlanInput): PlanProblem {
  const { interventions, needs, constraints } = input;
  const I = interventions.length;
  const index = new Map(interventions.map((intervention, i) => [intervention.id, i]));
  const path = interventions.map((_, i) => transitivePath(interventions, index, i));
  const window = constraints.window;
  const first = interventions.map((it) => maxDate(it.availableFrom, window?.from));
  const last = interventions.map((it) => minDate(it.availableUntil, window?.to));
  const pathCost = new Float64Array(I);
  const pathDays = new Float64Array(I);
  const amortisedCost = new Float64Array(I);
  const unavailable = interventions.map((_, i): UnavailableReason | undefined => {
    const own = first[i];
    const end = last[i];
    return own !== undefined && end !== undefined && own > end ? 'dateWindow' : undefined;
  });
  for (let i = 0; i < I; i += 1) {
    for (const j of path[i] as number[]) {
      const it = interventions[j] as PlanIntervention;
      pathCost[i] = (pathCost[i] as number) + it.cost.perParticipant;
      pathDays[i] = (pathDays[i] as number) + it.durationDays;
      amortisedCost[i] =
        (amortisedCost[i] as number) + it.cost.perParticipant + it.cost.fixed / it.seats;
    }
  }
  const maxDays = constraints.maxDaysPerPerson;
  for (let i = 0; i < I; i += 1) {
    if (unavailable[i] !== undefined) continue;
    if (maxDays !== undefined && (pathDays[i] as number) > maxDays)
      unavailable[i] = 'daysPerPerson';
  }
  // A prerequisite that is out, or cannot start by the intervention's last day, puts it out;
  // repeated until nothing changes, so a chain of prerequisites is followed to its end.
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < I; i += 1) {
      if (unavailable[i] !== undefined) continue;
      const end = last[i];
      const blocked = (path[i] as number[]).some((j) => {
        const start = first[j];
        return (
          j !== i &&
          (unavailable[j] !== undefined ||
            (start !== undefined && end !== undefined && start > end))
        );
      });
      if (blocked) {
        unavailable[i] = 'prerequisite';
        changed = true;
      }
    }
  }
  const gainOf = interventions.map(
    (it) => new Map(it.targets.map((target) => [target.competencyId, target.expectedLevelGain])),
  );
  const byCompetency = new Map<string, number[]>();
  interventions.forEach((it, i) => {
    if (unavailable[i] !== undefined) return;
    for (const target of it.targets) {
      const list = byCompetency.get(target.competencyId) ?? [];
      if (!list.includes(i)) list.push(i);
      byCompetency.set(target.competencyId, list);
    }
  });
  let pairs = 0;
  for (const need of needs) pairs += byCompetency.get(need.competencyId)?.length ?? 0;
  if (pairs > planLimits.pairs) {
    throw new CapkitScoringError(
      'input',
      `the model would hold ${pairs} need × intervention pairs, above the limit of ${planLimits.pairs}`,
    );
  }
  const pairNeed = new Int32Array(pairs);
  const pairIntervention = new Int32Array(pairs);
  const pairGain = new Float64Array(pairs);
  const pairValue = new Float64Array(pairs);
  const needPairStart = new Int32Array(needs.length + 1);
  const pairsThrough: number[][] = Array.from({ length: I }, () => []);
  let p = 0;
  needs.forEach((need, g) => {
    needPairStart[g] = p;
    for (const i of byCompetency.get(need.competencyId) ?? []) {
      let gain = 0;
      for (const j of path[i] as number[]) gain += gainOf[j]?.get(need.competencyId) ?? 0;
      pairNeed[p] = g;
      pairIntervention[p] = i;
      pairGain[p] = Math.min(need.gap, gain);
      pairValue[p] = need.weight * (pairGain[p] as number);
      for (const j of path[i] as number[]) pairsThrough[j]?.push(p);
      p += 1;
    }
  });
  needPairStart[needs.length] = p;
  const coverage = (constraints.minCoverage ?? []).map(({ unitId, share }) => {
    const members = needs.flatMap((need, g) => (need.unitId === unitId ? [g] : []));
    const people = members.reduce((sum, g) => sum + (needs[g]?.people ?? 0), 0);
    return { unitId, share, needs: members, required: share * people };
  });
  return {
    input,
    path,
    unavailable,
    pathCost,
    pathDays,
    amortisedCost,
    pairNeed,
    pairIntervention,
    pairGain,
    pairValue,
    needPairStart,
    pairsThrough,
    coverage,
    maxRuns: Int32Array.from(interventions, (it) => it.maxRuns ?? 1),
  };
}

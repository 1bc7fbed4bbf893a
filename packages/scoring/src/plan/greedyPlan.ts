import type { PlanIntervention } from './planInput.js';
import type { PlanProblem } from './planProblem.js';

interface Step {
  readonly q: number;
  readonly cost: number;
  readonly key: number;
}

/** A max-heap of (key, pair, version) entries; stale versions are skipped when popped. */
class StepHeap {
  private readonly keys: number[] = [];
  private readonly pairs: number[] = [];
  private readonly versions: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  topKey(): number {
    return this.keys[0] ?? -Infinity;
  }

  push(key: number, pair: number, version: number): void {
    let at = this.keys.length;
    this.keys.push(key);
    this.pairs.push(pair);
    this.versions.push(version);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if ((this.keys[parent] as number) >= key) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  pop(): [number, number, number] {
    const top: [number, number, number] = [
      this.keys[0] as number,
      this.pairs[0] as number,
      this.versions[0] as number,
    ];
    const last = this.keys.length - 1;
    this.swap(0, last);
    this.keys.pop();
    this.pairs.pop();
    this.versions.pop();
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let largest = at;
      if (left < this.keys.length && (this.keys[left] as number) > (this.keys[largest] as number))
        largest = left;
      if (right < this.keys.length && (this.keys[right] as number) > (this.keys[largest] as number))
        largest = right;
      if (largest === at) break;
      this.swap(at, largest);
      at = largest;
    }
    return top;
  }

  private swap(a: number, b: number): void {
    for (const list of [this.keys, this.pairs, this.versions]) {
      const t = list[a] as number;
      list[a] = list[b] as number;
      list[b] = t;
    }
  }
}

/** What the greedy found: whole participants per pair, and whether minimum coverage was met. */
export interface GreedyOutcome {
  readonly participants: Float64Array;
  readonly coverageMet: boolean;
}

/**
 * The documented greedy: repeatedly takes the step with the best marginal weighted gain per
 * unit of cost, where a step sends people of one need group on one pathway — as many as fit
 * before some intervention of the pathway needs a new run (or the group, or the budget, runs
 * out), paying that new run's fixed cost. Its key is weight × gain × q / (new fixed costs +
 * q × per-participant costs); a free step comes first.
 *
 * Lazy evaluation (Minoux 1978, "Accelerated greedy algorithms for maximizing submodular set
 * functions"): a step's key only falls as the plan grows (groups, seats and budget shrink)
 * except when a run opens, which makes seats of that intervention free of fixed cost; so keys
 * are kept in a max-heap, re-evaluated when popped, and the steps through an intervention that
 * just opened a run are re-evaluated at once. Each popped step is therefore the best one.
 *
 * Minimum coverage first: while a unit is short of its share, only its groups' steps are taken,
 * cheapest people per cost first; then every group competes on weighted gain per cost.
 */
export function greedyPlan(problem: PlanProblem): GreedyOutcome {
  const { input, path, pairNeed, pairIntervention, pairValue, pathCost, pairsThrough, maxRuns } =
    problem;
  const interventions: readonly PlanIntervention[] = input.interventions;
  const pairs = pairNeed.length;
  const runs = new Int32Array(interventions.length);
  const used = new Float64Array(interventions.length);
  const remaining = Float64Array.from(input.needs, (need) => need.people);
  const participants = new Float64Array(pairs);
  const version = new Int32Array(pairs);
  let budgetLeft = input.constraints.budget;
  let served: (g: number, q: number) => void = () => undefined;

  const evaluate = (p: number, coverageMode: boolean): Step | null => {
    const g = pairNeed[p] as number;
    const i = pairIntervention[p] as number;
    const value = pairValue[p] as number;
    let cap = remaining[g] as number;
    if (cap <= 0 || (!coverageMode && value <= 0)) return null;
    let fixed = 0;
    for (const j of path[i] as number[]) {
      const it = interventions[j] as PlanIntervention;
      const free = (runs[j] as number) * it.seats - (used[j] as number);
      if (free > 0) cap = Math.min(cap, free);
      else {
        if ((runs[j] as number) >= (maxRuns[j] as number)) return null;
        cap = Math.min(cap, it.seats);
        fixed += it.cost.fixed;
      }
    }
    const each = pathCost[i] as number;
    if (fixed + each > budgetLeft) return null;
    let q = cap;
    if (each > 0) {
      q = Math.min(cap, Math.floor((budgetLeft - fixed) / each));
      while (q > 0 && fixed + q * each > budgetLeft) q -= 1;
      if (q < 1) return null;
    }
    const cost = fixed + q * each;
    const gain = coverageMode ? q : q * value;
    return { q, cost, key: cost > 0 ? gain / cost : Infinity };
  };

  const apply = (p: number, step: Step): number[] => {
    const i = pairIntervention[p] as number;
    const opened: number[] = [];
    for (const j of path[i] as number[]) {
      const it = interventions[j] as PlanIntervention;
      if ((runs[j] as number) * it.seats - (used[j] as number) <= 0) {
        runs[j] = (runs[j] as number) + 1;
        opened.push(j);
      }
      used[j] = (used[j] as number) + step.q;
    }
    const g = pairNeed[p] as number;
    remaining[g] = (remaining[g] as number) - step.q;
    served(g, step.q);
    participants[p] = (participants[p] as number) + step.q;
    budgetLeft -= step.cost;
    return opened;
  };

  const run = (allowed: (p: number) => boolean, coverageMode: boolean, done: () => boolean) => {
    const heap = new StepHeap();
    const offer = (p: number) => {
      version[p] = (version[p] as number) + 1;
      if (!allowed(p)) return;
      const step = evaluate(p, coverageMode);
      if (step !== null) heap.push(step.key, p, version[p]);
    };
    for (let p = 0; p < pairs; p += 1) offer(p);
    while (heap.size > 0 && !done()) {
      const [key, p, stamp] = heap.pop();
      if (stamp !== version[p] || !allowed(p)) continue;
      const step = evaluate(p, coverageMode);
      if (step === null) continue;
      if (step.key < key && step.key < heap.topKey()) {
        heap.push(step.key, p, version[p]);
        continue;
      }
      const opened = apply(p, step);
      offer(p);
      for (const j of opened)
        for (const other of pairsThrough[j] as number[]) if (other !== p) offer(other);
    }
  };

  const { coverage } = problem;
  if (coverage.length > 0) {
    const unitsOfNeed = new Map<number, number[]>();
    coverage.forEach((entry, u) => {
      for (const g of entry.needs) unitsOfNeed.set(g, [...(unitsOfNeed.get(g) ?? []), u]);
    });
    const shortBy = Float64Array.from(coverage, (entry) => entry.required);
    let shortUnits = shortBy.filter((gap) => gap > 1e-9).length;
    served = (g, q) => {
      for (const u of unitsOfNeed.get(g) ?? []) {
        const before = shortBy[u] as number;
        shortBy[u] = before - q;
        if (before > 1e-9 && before - q <= 1e-9) shortUnits -= 1;
      }
    };
    run(
      (p) =>
        (unitsOfNeed.get(pairNeed[p] as number) ?? []).some((u) => (shortBy[u] as number) > 1e-9),
      true,
      () => shortUnits === 0,
    );
    const coverageMet = shortUnits === 0;
    served = () => undefined;
    run(
      () => true,
      false,
      () => false,
    );
    return { participants, coverageMet };
  }
  run(
    () => true,
    false,
    () => false,
  );
  return { participants, coverageMet: true };
}

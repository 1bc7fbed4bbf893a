import type { PlanProblem } from './planProblem.js';

/**
 * A certified upper bound on the best objective of the planning model, found without a solver:
 * Lagrangian relaxation of the budget and of each intervention's seat capacity (Fisher 1981,
 * "The Lagrangian relaxation method for solving integer programming problems", *Management
 * Science* 27(1)).
 *
 * Proof. Take any feasible plan (x, y). A run of j seats at most `seats_j` people, so
 * fixed_j × y_j ≥ fixed_j × (seats used in j) / seats_j, and the budget row gives
 * Σ_p c̃_p x_p ≤ B with c̃ the pathway's amortised cost Σ (perParticipant + fixed / seats);
 * and the seats used in j are at most cap_j = seats_j × maxRuns_j. For any λ ≥ 0 and μ ≥ 0,
 *   Σ v_p x_p ≤ Σ v_p x_p + λ (B − Σ c̃_p x_p) + Σ_j μ_j (cap_j − Σ_{p through j} x_p)
 *            = λB + Σ_j μ_j cap_j + Σ_g Σ_{p∈g} (v_p − λ c̃_p − Σ_{j on p's pathway} μ_j) x_p
 *            ≤ λB + Σ_j μ_j cap_j + Σ_g people_g × max(0, max_{p∈g} (v_p − λ c̃_p − Σ μ_j)) =: U,
 * since Σ_{p∈g} x_p ≤ people_g and x ≥ 0. Whole numbers and minimum coverage are dropped,
 * which can only raise the maximum. So U at **any** multipliers is a valid bound; the search
 * below (bisection on λ, then projected subgradient steps on μ with Polyak's step towards
 * `lowerBound`, in rounds) only makes it tighter, and the least U met is returned.
 *
 * The least U is returned raised by 1e-11 relative, more than floating-point rounding of its sums.
 *
 * @param lowerBound the objective of a known plan (the greedy's), to size the steps
 */
export function lagrangianBound(problem: PlanProblem, lowerBound = 0): number {
  const { needs, constraints, interventions } = problem.input;
  const budget = constraints.budget;
  const { needPairStart, pairValue, pairIntervention, amortisedCost, path, maxRuns } = problem;
  const I = interventions.length;
  const capacity = Float64Array.from(interventions, (it, j) => it.seats * (maxRuns[j] as number));
  const mu = new Float64Array(I);
  const seatUse = new Float64Array(I);
  const pathMu = new Float64Array(I);
  let spend = 0;
  const evaluate = (lambda: number, withSeats: boolean): number => {
    for (let i = 0; i < I; i += 1) {
      let sum = 0;
      for (const j of path[i] as number[]) sum += mu[j] as number;
      pathMu[i] = sum;
    }
    if (withSeats) seatUse.fill(0);
    let bound = lambda * budget;
    for (let j = 0; j < I; j += 1) bound += (mu[j] as number) * (capacity[j] as number);
    spend = 0;
    for (let g = 0; g < needs.length; g += 1) {
      let best = 0;
      let bestIntervention = -1;
      for (let p = needPairStart[g] as number; p < (needPairStart[g + 1] as number); p += 1) {
        const i = pairIntervention[p] as number;
        const reduced =
          (pairValue[p] as number) - lambda * (amortisedCost[i] as number) - (pathMu[i] as number);
        if (reduced > best) {
          best = reduced;
          bestIntervention = i;
        }
      }
      if (bestIntervention < 0) continue;
      const people = needs[g]?.people as number;
      bound += people * best;
      spend += people * (amortisedCost[bestIntervention] as number);
      if (withSeats) {
        for (const j of path[bestIntervention] as number[])
          seatUse[j] = (seatUse[j] as number) + people;
      }
    }
    return bound;
  };
  let best = Infinity;
  let lambda = 0;
  let ceiling = 0;
  for (let p = 0; p < pairValue.length; p += 1) {
    const c = amortisedCost[pairIntervention[p] as number] as number;
    if (c > 0) ceiling = Math.max(ceiling, (pairValue[p] as number) / c);
  }
  // λ by bisection on its subgradient B − spend, for the current μ: over all of [0, ceiling]
  // first, then near the last λ (any λ is valid; a bracket only saves evaluations).
  const bisect = (first: boolean) => {
    let low = first ? 0 : lambda / 2;
    let high = first ? ceiling : Math.min(ceiling, 2 * lambda);
    if (first) {
      best = Math.min(best, evaluate(0, false));
      if (spend <= budget) {
        lambda = 0;
        return;
      }
    }
    for (let step = 0; step < (first ? 32 : 14) && high - low > 1e-9 * high; step += 1) {
      const middle = (low + high) / 2;
      best = Math.min(best, evaluate(middle, false));
      if (spend > budget) low = middle;
      else high = middle;
    }
    lambda = high;
  };
  bisect(true);
  for (let round = 0; round < 4; round += 1) {
    let theta = 1;
    let stalls = 0;
    for (let step = 0; step < 25; step += 1) {
      const bound = evaluate(lambda, true);
      if (bound < best - 1e-12 * Math.abs(best)) {
        best = bound;
        stalls = 0;
      } else if ((stalls += 1) >= 4) {
        theta /= 2;
        stalls = 0;
      }
      let norm = 0;
      for (let j = 0; j < I; j += 1) {
        const s = (capacity[j] as number) - (seatUse[j] as number);
        // A multiplier at 0 with slack to spare stays at 0 (projection).
        if (!((mu[j] as number) === 0 && s > 0)) norm += s * s;
      }
      if (norm === 0 || best - lowerBound <= 1e-9 * Math.abs(best)) break;
      const t = (theta * (bound - lowerBound)) / norm;
      for (let j = 0; j < I; j += 1) {
        const s = (capacity[j] as number) - (seatUse[j] as number);
        mu[j] = Math.max(0, (mu[j] as number) - t * s);
      }
    }
    bisect(false);
  }
  // Computed in floating point: raised by far more than the rounding of these sums (about
  // 1e-16 relative per term), so that it stays a bound.
  return best * (1 + 1e-11) + 1e-12;
}

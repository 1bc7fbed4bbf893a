import type { PlanProblem } from './planProblem.js';

/**
 * A certified upper bound on the best objective of the planning model, found without a solver:
 * Lagrangian relaxation of the budget (Fisher 1981, "The Lagrangian relaxation method for
 * solving integer programming problems", *Management Science* 27(1)).
 *
 * Proof. Take any feasible plan (x, y). A run of j seats at most `seats_j` people, so
 * fixed_j × y_j ≥ fixed_j × (seats used in j) / seats_j, and the budget row gives
 * Σ_p c̃_p x_p ≤ B with c̃ the pathway's amortised cost Σ (perParticipant + fixed / seats).
 * For any λ ≥ 0 the objective is then
 *   Σ v_p x_p ≤ Σ v_p x_p + λ (B − Σ c̃_p x_p) = λB + Σ_g Σ_{p∈g} (v_p − λ c̃_p) x_p
 *            ≤ λB + Σ_g people_g × max(0, max_{p∈g} (v_p − λ c̃_p)) =: U(λ),
 * since Σ_{p∈g} x_p ≤ people_g and x ≥ 0. Seat limits, whole numbers and minimum coverage are
 * dropped, which can only raise the maximum. So every U(λ) is a valid bound; the smallest is
 * sought by bisection on U's subgradient B − Σ_g people_g c̃ (of each group's best pair), and
 * the least U met is returned. U is convex, so its minimum equals the bound of the linear
 * relaxation with the same rows dropped.
 */
export function lagrangianBound(problem: PlanProblem): number {
  const { needs, constraints } = problem.input;
  const budget = constraints.budget;
  const { needPairStart, pairValue, pairIntervention, amortisedCost } = problem;
  const evaluate = (lambda: number): { bound: number; spend: number } => {
    let bound = lambda * budget;
    let spend = 0;
    for (let g = 0; g < needs.length; g += 1) {
      let best = 0;
      let bestCost = 0;
      for (let p = needPairStart[g] as number; p < (needPairStart[g + 1] as number); p += 1) {
        const c = amortisedCost[pairIntervention[p] as number] as number;
        const reduced = (pairValue[p] as number) - lambda * c;
        if (reduced > best) {
          best = reduced;
          bestCost = c;
        }
      }
      const people = needs[g]?.people as number;
      bound += people * best;
      spend += people * bestCost;
    }
    return { bound, spend };
  };
  let high = 0;
  for (let p = 0; p < pairValue.length; p += 1) {
    const c = amortisedCost[pairIntervention[p] as number] as number;
    if (c > 0) high = Math.max(high, (pairValue[p] as number) / c);
  }
  let low = 0;
  let best = evaluate(0);
  if (best.spend <= budget) return best.bound;
  const atHigh = evaluate(high);
  if (atHigh.bound < best.bound) best = atHigh;
  for (let step = 0; step < 60 && high - low > 1e-15 * high; step += 1) {
    const middle = (low + high) / 2;
    const at = evaluate(middle);
    if (at.bound < best.bound) best = at;
    if (at.spend > budget) low = middle;
    else high = middle;
  }
  return best.bound;
}

import type { PlanIntervention } from './planInput.js';
import type { PlanProblem } from './planProblem.js';

// Numbers in full (shortest round-trip) precision; the LP reader takes exponents as `1e-07`.
function num(value: number): string {
  return String(value);
}

/** Appends `+ c name` terms, a few per line (CPLEX LP lines should stay short). */
function terms(out: string[], entries: readonly (readonly [number, string])[]): void {
  let line = '';
  let count = 0;
  for (const [coefficient, name] of entries) {
    if (coefficient === 0) continue;
    line += coefficient < 0 ? ` - ${num(-coefficient)} ${name}` : ` + ${num(coefficient)} ${name}`;
    count += 1;
    if (count % 8 === 0) {
      out.push(line);
      line = '';
    }
  }
  if (line !== '' || count === 0) out.push(count === 0 ? ' 0 x0' : line);
}

/**
 * The planning model (see `PlanProblem`) as CPLEX LP text for HiGHS:
 *
 *   maximise Σ_p v_p x_p                                    (weighted gap points closed)
 *   budget:   Σ_j fixed_j y_j + Σ_p pathCost_p x_p ≤ B
 *   seats_j:  Σ_{p through j} x_p − seats_j y_j ≤ 0          (one row per intervention used)
 *   need_g:   Σ_{p of g} x_p ≤ people_g                      (one pathway per person per need)
 *   cover_u:  Σ_{p of u's needs} x_p ≥ share_u × people_u
 *   open_p_j: x_p − people_g y_j ≤ 0, for j on p's pathway with people_g < seats_j
 *   0 ≤ x_p ≤ people_g, 0 ≤ y_j ≤ maxRuns_j, all whole numbers.
 *
 * The `open` rows are implied by the others in whole numbers (x_p ≤ people_g, and x_p > 0 needs
 * y_j ≥ 1) but not in the linear relaxation, where a group of 3 could open 3/20 of a run of 20:
 * they are the classic variable-upper-bound strengthening of fixed-charge models, and let
 * HiGHS prove optimality several times sooner.
 *
 * Every name in the text is generated (`x12`, `y3`, `seats3`): no id from the input reaches
 * it, so no id can change the model.
 */
export function planLpText(problem: PlanProblem): string {
  const { input, pairNeed, pairIntervention, pairValue, pathCost, pairsThrough, needPairStart } =
    problem;
  const interventions: readonly PlanIntervention[] = input.interventions;
  const pairs = pairNeed.length;
  const out: string[] = ['Maximize', ' obj:'];
  terms(
    out,
    Array.from({ length: pairs }, (_, p) => [pairValue[p] as number, `x${p}`] as const),
  );
  out.push('Subject To', ' budget:');
  const usedInterventions = interventions.flatMap((_, j) =>
    (pairsThrough[j] as number[]).length > 0 ? [j] : [],
  );
  terms(out, [
    ...usedInterventions.map((j) => [interventions[j]?.cost.fixed as number, `y${j}`] as const),
    ...Array.from(
      { length: pairs },
      (_, p) => [pathCost[pairIntervention[p] as number] as number, `x${p}`] as const,
    ),
  ]);
  out.push(` <= ${num(input.constraints.budget)}`);
  for (const j of usedInterventions) {
    out.push(` seats${j}:`);
    terms(out, [
      ...(pairsThrough[j] as number[]).map((p) => [1, `x${p}`] as const),
      [-(interventions[j]?.seats as number), `y${j}`],
    ]);
    out.push(' <= 0');
  }
  input.needs.forEach((need, g) => {
    const first = needPairStart[g] as number;
    const end = needPairStart[g + 1] as number;
    if (end - first < 2) return;
    out.push(` need${g}:`);
    terms(
      out,
      Array.from({ length: end - first }, (_, k) => [1, `x${first + k}`] as const),
    );
    out.push(` <= ${num(need.people)}`);
  });
  for (let p = 0; p < pairs; p += 1) {
    const people = input.needs[pairNeed[p] as number]?.people as number;
    for (const j of problem.path[pairIntervention[p] as number] as number[]) {
      if (people < (interventions[j]?.seats as number))
        out.push(` open${p}_${j}: + 1 x${p} - ${num(people)} y${j} <= 0`);
    }
  }
  problem.coverage.forEach((entry, u) => {
    if (entry.required <= 0) return;
    const members: (readonly [number, string])[] = [];
    for (const g of entry.needs) {
      for (let p = needPairStart[g] as number; p < (needPairStart[g + 1] as number); p += 1)
        members.push([1, `x${p}`]);
    }
    out.push(` cover${u}:`);
    terms(out, members);
    out.push(` >= ${num(entry.required)}`);
  });
  out.push('Bounds');
  for (let p = 0; p < pairs; p += 1)
    out.push(` 0 <= x${p} <= ${num(input.needs[pairNeed[p] as number]?.people as number)}`);
  for (const j of usedInterventions)
    out.push(` 0 <= y${j} <= ${num(problem.maxRuns[j] as number)}`);
  out.push('General');
  const names = [
    ...Array.from({ length: pairs }, (_, p) => `x${p}`),
    ...usedInterventions.map((j) => `y${j}`),
  ];
  for (let start = 0; start < names.length; start += 16)
    out.push(` ${names.slice(start, start + 16).join(' ')}`);
  out.push('End', '');
  return out.join('\n');
}

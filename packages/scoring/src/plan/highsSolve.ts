import type { Highs } from 'highs';
import type { PlanProblem } from './planProblem.js';
import { planLpText } from './planLpText.js';
import { seatsUsed } from './planResult.js';

/** What the planner needs of a loaded HiGHS runtime (the default export of `highs` resolves to one). */
export type HighsRuntime = Pick<Highs, 'createModel' | 'constants'>;

/** Where the browser finds `highs.wasm`: Emscripten's `locateFile`. */
export type LocateFile = (file: string) => string;

let shared: Promise<HighsRuntime> | undefined;

/**
 * Loads HiGHS (WebAssembly, MIT) on first use with a dynamic `import('highs')`, so no entry
 * point pays for the solver until a plan is solved exactly. In Node the loader finds its
 * `highs.wasm` beside itself; in a browser, pass `locateFile` (returning the URL where your
 * bundler put `highs.wasm`), or give `recommendPlan` a `loadSolver` of your own. The runtime
 * loaded without `locateFile` is shared by later calls.
 */
export function loadHighs(locateFile?: LocateFile): Promise<HighsRuntime> {
  const load = async (): Promise<HighsRuntime> => {
    const module: unknown = await import('highs');
    // ESM gives { default: loader }; some CommonJS interop gives the loader itself.
    const loader = (
      typeof module === 'function' ? module : (module as { default: unknown }).default
    ) as (options?: { locateFile?: LocateFile }) => Promise<HighsRuntime>;
    return loader(locateFile === undefined ? {} : { locateFile });
  };
  if (locateFile !== undefined) return load();
  shared ??= load().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** @internal What HiGHS found. */
export interface HighsOutcome {
  readonly status: 'optimal' | 'feasible' | 'infeasible';
  readonly participants: Float64Array;
  readonly bound: number;
  readonly solverGap: number;
}

/** @internal Options passed to HiGHS. */
export interface HighsSolveOptions {
  readonly timeLimitSeconds: number;
  readonly mipRelativeGap: number;
}

/**
 * Solves the planning model exactly with HiGHS's branch and cut. Whole participant counts are
 * read back rounded to the nearest integer (HiGHS holds them to 1e-6) and, should rounding push
 * the cost over the budget, the participants with least value per cost are taken out until it
 * fits. Returns `null` when HiGHS stops without any plan (a time limit hit before the first).
 */
export function highsSolve(
  problem: PlanProblem,
  highs: HighsRuntime,
  options: HighsSolveOptions,
  start?: Float64Array,
): HighsOutcome | null {
  const pairs = problem.pairNeed.length;
  const model = highs.createModel();
  try {
    model.readModel({ format: 'lp', data: planLpText(problem) });
    model.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds,
      mip_rel_gap: options.mipRelativeGap,
    });
    const columns = Array.from({ length: model.getDimensions().numCols }, (_, c) =>
      model.getColName(c),
    );
    if (start !== undefined) {
      // The greedy's plan as HiGHS's first incumbent: the exact plan is never worse than it.
      const used = seatsUsed(problem, start);
      const interventions = problem.input.interventions;
      model.setSolution({
        colValue: Float64Array.from(columns, (name) => {
          const index = Number(name.slice(1));
          return name.startsWith('x')
            ? (start[index] as number)
            : Math.ceil((used[index] as number) / (interventions[index]?.seats as number));
        }),
      });
    }
    model.run();
    const status = model.getModelStatus();
    const codes = highs.constants.modelStatus;
    if (status === codes.infeasible) {
      return {
        status: 'infeasible',
        participants: new Float64Array(pairs),
        bound: 0,
        solverGap: 0,
      };
    }
    // 2 = kSolutionStatusFeasible: a primal solution exists.
    if (Number(model.info.get('primal_solution_status')) !== 2) return null;
    const values = model.getSolution().colValue;
    const participants = new Float64Array(pairs);
    for (let c = 0; c < values.length; c += 1) {
      const name = columns[c] as string;
      if (name.startsWith('x')) {
        const p = Number(name.slice(1));
        const people = problem.input.needs[problem.pairNeed[p] as number]?.people as number;
        participants[p] = Math.min(people, Math.max(0, Math.round(values[c] as number)));
      }
    }
    fitBudget(problem, participants);
    return {
      status: status === codes.optimal ? 'optimal' : 'feasible',
      participants,
      bound: Number(model.info.get('mip_dual_bound')),
      solverGap: Number(model.info.get('mip_gap')),
    };
  } finally {
    model.dispose();
  }
}

function planCost(problem: PlanProblem, participants: Float64Array): number {
  const used = seatsUsed(problem, participants);
  return problem.input.interventions.reduce(
    (sum, it, j) =>
      sum +
      Math.ceil((used[j] as number) / it.seats) * it.cost.fixed +
      (used[j] as number) * it.cost.perParticipant,
    0,
  );
}

function fitBudget(problem: PlanProblem, participants: Float64Array): void {
  const budget = problem.input.constraints.budget;
  if (planCost(problem, participants) <= budget) return;
  const order = Array.from(participants.keys())
    .filter((p) => (participants[p] as number) > 0)
    .sort(
      (a, b) =>
        (problem.pairValue[a] as number) /
          ((problem.pathCost[problem.pairIntervention[a] as number] as number) || 1) -
        (problem.pairValue[b] as number) /
          ((problem.pathCost[problem.pairIntervention[b] as number] as number) || 1),
    );
  for (const p of order) {
    while ((participants[p] as number) > 0 && planCost(problem, participants) > budget)
      participants[p] = (participants[p] as number) - 1;
    if (planCost(problem, participants) <= budget) return;
  }
}

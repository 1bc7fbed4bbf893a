import { z } from 'zod';
import { CapkitScoringError } from '../scoringError.js';
import { greedyPlan } from './greedyPlan.js';
import { highsSolve, loadHighs, type HighsRuntime, type LocateFile } from './highsSolve.js';
import { lagrangianBound } from './lagrangianBound.js';
import { zodIssueError } from '../zodIssue.js';
import { parsePlanInput, type PlanInput } from './planInput.js';
import { compilePlanProblem, type PlanProblem } from './planProblem.js';
import { buildPlan, relativeGap, type FallbackReason, type RecommendedPlan } from './planResult.js';

/** Options of {@link recommendPlan}. */
export interface RecommendPlanOptions {
  /**
   * `'exact'`: HiGHS's branch and cut (falls back to the greedy, saying why, when HiGHS cannot
   * be loaded or finds no plan in time); `'greedy'`: the greedy with its certified bound.
   * @default 'exact'
   */
  readonly method?: 'exact' | 'greedy' | undefined;
  /**
   * Seconds HiGHS may take; it then returns its best plan with its gap.
   * @default 30
   */
  readonly timeLimitSeconds?: number | undefined;
  /**
   * Relative gap at which HiGHS stops as optimal (HiGHS's `mip_rel_gap`): 0.1 % by default,
   * well inside what grouped needs and expected gains can tell apart; 0 asks for a proof.
   * @default 1e-3
   */
  readonly mipRelativeGap?: number | undefined;
  /** Where a browser finds `highs.wasm` (see `loadHighs`). */
  readonly locateFile?: LocateFile | undefined;
  /** Loads the HiGHS runtime yourself (a worker's, a preloaded one). */
  readonly loadSolver?: (() => Promise<HighsRuntime>) | undefined;
}

const isFunction = (value: unknown) => typeof value === 'function';
const optionsSchema = z.strictObject({
  method: z.enum(['exact', 'greedy']).optional(),
  timeLimitSeconds: z.number().positive().max(86_400).optional(),
  mipRelativeGap: z.number().min(0).max(1).optional(),
  locateFile: z.custom<LocateFile>(isFunction, 'must be a function').optional(),
  loadSolver: z.custom<() => Promise<HighsRuntime>>(isFunction, 'must be a function').optional(),
});

const now = () => performance.now();

function greedyOutcome(
  problem: PlanProblem,
  started: number,
  fallback?: { reason: FallbackReason; detail: string },
): RecommendedPlan {
  const { participants, coverageMet } = greedyPlan(problem);
  let objective = 0;
  participants.forEach((q, p) => {
    objective += q * (problem.pairValue[p] as number);
  });
  const bound = lagrangianBound(problem, objective);
  const plan = buildPlan(problem, participants, {
    method: 'greedy',
    status: coverageMet ? 'feasible' : 'coverageNotMet',
    bound,
    boundMethod: 'budgetLagrangian',
    ...(fallback === undefined ? {} : { fallback }),
    seconds: (now() - started) / 1000,
  });
  return coverageMet && relativeGap(plan.objective, plan.bound) === 0
    ? { ...plan, status: 'optimal' }
    : plan;
}

/**
 * Recommends the plan that closes the most importance-weighted gap within the budget: which
 * interventions to run, how often, and how many people of each need group to send on each.
 *
 * The model (one variable per need group × available intervention and per intervention; all
 * whole numbers, since people and runs come whole and a fractional plan would have to be
 * rounded by hand, losing its guarantee):
 * - objective: Σ weight × gap points closed; a participant closes min(gap, expected gain of
 *   the pathway in the need's competency), the pathway being the intervention and all its
 *   prerequisites, taken within the plan (each pays, seats and spends the days of all of them);
 * - budget: fixed cost per run + per-participant cost per seat ≤ budget;
 * - seats: people seated in an intervention (its own and those taking it as a prerequisite)
 *   ≤ seats × runs, runs ≤ maxRuns;
 * - each person of a need group takes at most one pathway for that need — so the group-level
 *   plan always has a person-level one, prerequisites included (give the places to distinct
 *   people of the group);
 * - days per person: a pathway longer than `maxDaysPerPerson` is not offered. One person can be
 *   in need groups of several competencies, and grouped (published) needs do not say who, so
 *   the limit holds per need, not across a person's needs;
 * - the date window: an intervention (or a prerequisite) not available in it is not offered;
 * - minimum coverage: people served in a unit's need groups ≥ share × their people.
 *
 * Grouping: a group's people are taken to share its (mean) gap. Since min(gap, gain) is concave
 * in the gap, the gap points closed by the real people are at most the model's figure (Jensen).
 *
 * Exact: HiGHS (MIT, WebAssembly) solves the model, loaded on first use (see `loadHighs`). The
 * plan states HiGHS's dual bound and gap. Greedy (see `greedyPlan`): its bound is the budget
 * Lagrangian (see `lagrangianBound`), a proven upper bound on the optimum, and its gap says how
 * far from optimal it can be.
 *
 * @throws {CapkitScoringError} for an invalid input or options (located).
 */
export async function recommendPlan(
  input: PlanInput,
  options: RecommendPlanOptions = {},
): Promise<RecommendedPlan> {
  const started = now();
  const parsedOptions = optionsSchema.safeParse(options);
  if (!parsedOptions.success) throw zodIssueError('options', parsedOptions.error.issues);
  const settings = parsedOptions.data;
  const problem = compilePlanProblem(parsePlanInput(input));
  if (settings.method === 'greedy') return greedyOutcome(problem, started, undefined);
  if (problem.pairNeed.length === 0 && problem.coverage.every((entry) => entry.required <= 0)) {
    return buildPlan(problem, new Float64Array(0), {
      method: 'highs',
      status: 'optimal',
      bound: 0,
      boundMethod: 'highsDualBound',
      seconds: (now() - started) / 1000,
    });
  }
  let highs: HighsRuntime;
  try {
    highs = await (settings.loadSolver ?? (() => loadHighs(settings.locateFile)))();
  } catch (error) {
    return greedyOutcome(problem, started, {
      reason: 'solverUnavailable',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  // The greedy's plan starts HiGHS off, so the exact plan is never worse than it, even when
  // HiGHS stops at its time limit.
  const greedy = greedyPlan(problem);
  let outcome;
  try {
    outcome = highsSolve(
      problem,
      highs,
      {
        timeLimitSeconds: settings.timeLimitSeconds ?? 30,
        mipRelativeGap: settings.mipRelativeGap ?? 1e-3,
      },
      greedy.coverageMet ? greedy.participants : undefined,
    );
  } catch (error) {
    if (error instanceof CapkitScoringError) throw error;
    return greedyOutcome(problem, started, {
      reason: 'solverFailed',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  if (outcome === null) {
    return greedyOutcome(problem, started, {
      reason: 'noSolution',
      detail: 'HiGHS found no plan within the time limit',
    });
  }
  if (outcome.status === 'feasible') {
    // Stopped early: HiGHS's dual bound may still be weak; the Lagrangian bound is valid too.
    let objective = 0;
    outcome.participants.forEach((q, p) => {
      objective += q * (problem.pairValue[p] as number);
    });
    const lagrangian = lagrangianBound(problem, objective);
    if (lagrangian < outcome.bound) {
      return buildPlan(problem, outcome.participants, {
        method: 'highs',
        status: 'feasible',
        bound: lagrangian,
        boundMethod: 'budgetLagrangian',
        solverGap: outcome.solverGap,
        seconds: (now() - started) / 1000,
      });
    }
  }
  return buildPlan(problem, outcome.participants, {
    method: 'highs',
    status: outcome.status,
    bound: outcome.bound,
    boundMethod: 'highsDualBound',
    solverGap: outcome.solverGap,
    seconds: (now() - started) / 1000,
  });
}

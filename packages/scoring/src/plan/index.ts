// Step 4 of the cycle: needs → a budget-optimal plan, and why it is what it is.
// Recommending and explaining a plan (the solver, HiGHS, is loaded lazily on the first exact solve).
export {
  explainPlan,
  type InterventionExplanation,
  type PlanExplanation,
  type UnfundedReason,
  type UnservedReason,
} from './explainPlan.js';
export { loadHighs, type HighsRuntime, type LocateFile } from './highsSolve.js';
export {
  needsFromAnalysis,
  type AnalysisForPlanning,
  type LeftOutReason,
  type NeedScope,
  type NeedsFromAnalysis,
  type NeedsFromAnalysisOptions,
} from './needsFromAnalysis.js';
export {
  parsePlanInput,
  planConstraintsSchema,
  planInputSchema,
  planInterventionSchema,
  planLimits,
  planNeedSchema,
  type PlanConstraints,
  type PlanInput,
  type PlanIntervention,
  type PlanNeed,
} from './planInput.js';
export { planInputFromModel } from './planInputFromModel.js';
export type { UnavailableReason } from './planProblem.js';
export type {
  FallbackReason,
  NeedOutcome,
  PlanAssignment,
  PlanMethod,
  PlannedIntervention,
  RecommendedPlan,
} from './planResult.js';
export { recommendPlan, type RecommendPlanOptions } from './recommendPlan.js';

// Step 4 of the cycle: needs → an optimal plan: filled in by the planning work of issue 10.
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
// Following the plan: where each intervention and milestone stands, and the budget burn-down.
export {
  budgetBurnDown,
  budgetBurnDownOptionsSchema,
  type BudgetBurnDown,
  type BudgetBurnDownOptions,
  type BurnDownPeriodRow,
  type CostPerGapPoint,
  type InterventionMoney,
} from './budgetBurnDown.js';
export {
  planSchedule,
  planScheduleOptionsSchema,
  scheduleStatuses,
  type AtRiskReason,
  type InterventionProgress,
  type PlanSchedule,
  type PlanScheduleOptions,
  type PrerequisiteViolation,
  type ScheduleItem,
  type ScheduleStatus,
} from './schedule.js';
export type { BurnDownPeriod } from './scheduleDates.js';
export { scheduleLimits, type ScheduledIntervention, type ScheduledPlan } from './scheduleInput.js';

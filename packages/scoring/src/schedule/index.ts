// Following the plan (step 4, run): where each intervention and milestone stands on a day, and
// the budget burn-down. Apart from /plan so that a timeline or budget view does not carry the planner.
export {
  budgetBurnDown,
  budgetBurnDownOptionsSchema,
  type BudgetBurnDownOptions,
} from './budgetBurnDown.js';
export type {
  BudgetBurnDown,
  BurnDownPeriodRow,
  CostPerGapPoint,
  InterventionMoney,
} from './budgetBurnDownResult.js';
export { planSchedule, planScheduleOptionsSchema, type PlanScheduleOptions } from './schedule.js';
export {
  scheduleStatuses,
  type AtRiskReason,
  type InterventionProgress,
  type PlanSchedule,
  type PrerequisiteViolation,
  type ScheduleItem,
  type ScheduleStatus,
} from './scheduleResult.js';
export type { BurnDownPeriod } from './scheduleDates.js';
export { scheduleLimits, type ScheduledIntervention, type ScheduledPlan } from './scheduleInput.js';

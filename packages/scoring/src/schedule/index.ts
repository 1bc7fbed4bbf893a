// Following the plan (step 4, run): where each intervention and milestone stands on a day, and
// the budget burn-down. Apart from /plan so that a timeline or budget view does not carry the planner.
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

export { PlanExplanation, type PlanExplanationProps } from './PlanExplanation.js';
export {
  defaultPlanExplanationMessages,
  type PlanExplanationMessages,
  type PlanExplanationMethodText,
  type PlanExplanationSummaryText,
} from './messages.js';
export {
  costPerGapPoint,
  type PlanExplanationNames,
  type PlanFundedRow,
  type PlanGapLeft,
  type PlanServedGroup,
  type PlanSort,
  type PlanSortKey,
  type PlanUnfundedRow,
} from './planRows.js';
export type {
  ChartView,
  HeadingLevel,
  HeadingProps,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  ViewProps,
} from '../shared/widgetProps.js';

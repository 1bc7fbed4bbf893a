export { BudgetSummary, type BudgetSummaryProps } from './BudgetSummary.js';
export { gapPointsClosedFor, type BudgetMoneyState } from './budgetRows.js';
export {
  defaultBudgetSummaryMessages,
  type BudgetSummaryMessages,
  type BudgetSummaryText,
} from './messages.js';
export type {
  ChartView,
  HeadingLevel,
  HeadingProps,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  ViewProps,
} from '../shared/widgetProps.js';

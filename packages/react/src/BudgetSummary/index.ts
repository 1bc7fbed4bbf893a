export { BudgetSummary, type BudgetSummaryProps } from './BudgetSummary.js';
export {
  budgetFacts,
  burnDownSeries,
  gapPointsClosedFor,
  gapPointTable,
  interventionRows,
  type BudgetFacts,
  type BudgetInterventionRow,
  type BudgetMoneyState,
  type BurnDownPoint,
  type BurnDownSeries,
  type GapPointRow,
  type GapPointTable,
} from './budgetRows.js';
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

export {
  PriorityMatrix,
  type PriorityMatrixLabel,
  type PriorityMatrixProps,
} from './PriorityMatrix.js';
export {
  defaultPriorityMatrixMessages,
  type PriorityMatrixConcentrateText,
  type PriorityMatrixMessages,
  type PriorityMatrixPointText,
  type PriorityMatrixSummaryText,
} from './messages.js';
export type { LocalizedCount } from '../shared/localeFormat.js';
export type {
  ChartView,
  LoadStateMessages,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  SelectionProps,
  ViewProps,
  ViewSwitchMessages,
} from '../shared/widgetProps.js';

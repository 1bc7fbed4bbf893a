export { PriorityList, type PriorityListLabel, type PriorityListProps } from './PriorityList.js';
export {
  defaultPriorityListMessages,
  type PriorityListEstimateText,
  type PriorityListGroupText,
  type PriorityListMessages,
  type PriorityListMethodText,
  type PriorityListStabilityText,
  type PriorityListSummaryText,
  type PriorityListUnitKind,
} from './messages.js';
export type {
  ChartView,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  ViewProps,
} from '../shared/widgetProps.js';

export { StakeholderGrid, type StakeholderGridProps } from './StakeholderGrid.js';
export {
  defaultStakeholderGridMessages,
  type StakeholderGridMessages,
  type StakeholderPositionText,
  type StakeholderSummaryCounts,
} from './messages.js';
export {
  engagementPlan,
  moveStakeholder,
  placeStakeholders,
  quadrantOf,
  stakeholderFindings,
  type ActivityStatus,
  type GridStep,
  type PlanActivity,
  type StakeholderFindings,
} from './stakeholderPlacement.js';
export type {
  ChartView,
  HeadingLevel,
  HeadingProps,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  SelectionProps,
  ViewProps,
} from '../shared/widgetProps.js';

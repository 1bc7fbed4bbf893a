export { PlanTimeline, type PlanTimelineProps } from './PlanTimeline.js';
export {
  countStates,
  defaultRiskDays,
  interventionState,
  interventionStates,
  milestoneState,
  nextMilestone,
  type InterventionState,
  type MilestoneState,
  type TimedIntervention,
} from './planStates.js';
export {
  timeAxis,
  timelineZooms,
  type AxisTick,
  type TimeAxis,
  type TimelineZoom,
} from './timeAxis.js';
export {
  defaultPlanTimelineMessages,
  type PlanTimelineMessages,
  type PlanTimelineSummaryText,
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

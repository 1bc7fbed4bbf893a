export {
  CapacityAssessmentView,
  type CapacityAssessmentViewProps,
} from './CapacityAssessmentView.js';
export {
  capacityFindings,
  capacityGapSeverity,
  capacityQuestionGap,
  crossSectionDetail,
  crossSectionViews,
  defaultCapacityGapBands,
  type CapacityFindings,
  type CapacityGapBands,
  type CapacityGapSeverity,
  type CrossSectionDetailView,
  type CrossSectionView,
  type FunctionalCapacityView,
} from './capacityGaps.js';
export {
  defaultCapacityAssessmentViewMessages,
  type CapacityAssessmentViewMessages,
  type CapacityGapText,
  type CapacitySummaryText,
  type CrossSectionNameParts,
} from './messages.js';
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

export {
  CapacityAssessmentView,
  type CapacityAssessmentViewProps,
} from './CapacityAssessmentView.js';
export {
  capacityFindings,
  coreIssues,
  crossSectionDetail,
  crossSectionViews,
  defaultGapBands,
  functionalCapacities,
  gapSeverity,
  pointsOfEntry,
  questionGap,
  shareOfRange,
  type CapacityFindings,
  type CrossSectionDetailView,
  type CrossSectionView,
  type FunctionalCapacityView,
  type GapBands,
  type GapSeverity,
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

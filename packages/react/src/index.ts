// Every widget from one import. The list is explicit (no `export *`), so that what is public is
// decided here and a widget's internals never leak out by being exported for its own parts.
// Each widget also has its own entry point (`@capkit/react/<Widget>`), which loads only it.
export {
  CapkitProvider,
  useCapkitSettings,
  useMessages,
  type CapkitMessages,
  type CapkitProviderProps,
  type CapkitSettings,
  type CapkitWidgetName,
  type MessagesOf,
} from './CapkitProvider/index.js';
export { ChartFigure, type ChartFigureProps } from './ChartFigure/index.js';
export type { LocalizedCount } from './shared/localeFormat.js';
export type {
  ChartView,
  HeadingLevel,
  HeadingProps,
  LoadStateMessages,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  SelectionProps,
  ViewProps,
  ViewSwitchMessages,
} from './shared/widgetProps.js';
export {
  AssessmentForm,
  DraftStorageError,
  defaultAssessmentFormMessages,
  indexedDbDraftStorage,
  memoryDraftStorage,
  type AssessmentFormMessages,
  type AssessmentFormProps,
  type AssessmentFormSubmission,
  type DraftStorage,
  type FormAnswers,
  type FormDraft,
  type LevelDescriptor,
} from './AssessmentForm/index.js';
export {
  // Deprecated in favour of CompetencyProfile with defaultForm="bars"; kept until its removal.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  CompetencyBarChart,
  defaultCompetencyBarChartMessages,
  type CompetencyBarChartMessages,
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  type CompetencyBarChartProps,
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  type CompetencyBarDatum,
} from './CompetencyBarChart/index.js';
export {
  CompetencyProfile,
  defaultCompetencyProfileMessages,
  type CompetencyProfileDatum,
  type CompetencyProfileForm,
  type CompetencyProfileMessages,
  type CompetencyProfileProps,
  type CompetencyProfileStatus,
} from './CompetencyProfile/index.js';
export {
  FrameworkBrowser,
  defaultFrameworkBrowserMessages,
  type FrameworkBrowserMessages,
  type FrameworkBrowserProps,
} from './FrameworkBrowser/index.js';
export {
  GapHeatmap,
  defaultGapHeatmapMessages,
  type GapHeatmapLargestText,
  type GapHeatmapMessages,
  type GapHeatmapProps,
  type GapHeatmapSort,
  type GapMeasure,
} from './GapHeatmap/index.js';
export {
  GroupSummaryTable,
  csvField,
  defaultGroupSummaryTableMessages,
  groupMeasures,
  groupSummaryCsv,
  toCsv,
  type CsvOptions,
  type CsvValue,
  type GroupMeasure,
  type GroupSummaryContent,
  type GroupSummaryFurthestText,
  type GroupSummaryTableMessages,
  type GroupSummaryTableProps,
  type GroupSummaryTableSort,
  type GroupSummaryWithheldText,
} from './GroupSummaryTable/index.js';
export {
  PriorityList,
  defaultPriorityListMessages,
  type PriorityListEstimateText,
  type PriorityListGroupText,
  type PriorityListLabel,
  type PriorityListMessages,
  type PriorityListMethodText,
  type PriorityListProps,
  type PriorityListStabilityText,
  type PriorityListSummaryText,
  type PriorityListUnitKind,
} from './PriorityList/index.js';
export {
  PriorityMatrix,
  defaultPriorityMatrixMessages,
  type PriorityMatrixConcentrateText,
  type PriorityMatrixLabel,
  type PriorityMatrixMessages,
  type PriorityMatrixPointText,
  type PriorityMatrixProps,
  type PriorityMatrixSummaryText,
} from './PriorityMatrix/index.js';
export {
  ProficiencyBadge,
  defaultProficiencyBadgeMessages,
  type ProficiencyBadgeMessages,
  type ProficiencyBadgeProps,
} from './ProficiencyBadge/index.js';
export {
  ScaleLegend,
  defaultScaleLegendMessages,
  type ScaleLegendMessages,
  type ScaleLegendProps,
} from './ScaleLegend/index.js';
export {
  StakeholderGrid,
  defaultStakeholderGridMessages,
  type ActivityStatus,
  type GridStep,
  type PlanActivity,
  type StakeholderFindings,
  type StakeholderGridMessages,
  type StakeholderGridProps,
  type StakeholderPositionText,
  type StakeholderSummaryCounts,
} from './StakeholderGrid/index.js';
export {
  EvaluationSummary,
  changeRowsFromGroups,
  changeSize,
  changeWords,
  cohen1988,
  defaultEvaluationSummaryMessages,
  intervalHoldsZero,
  readFigures,
  roiWords,
  type ChangeFigures,
  type ChangeReading,
  type ChangeSize,
  type ChangeWords,
  type EvaluationChangeKind,
  type EvaluationChangeRow,
  type EvaluationChangeText,
  type EvaluationRoiText,
  type EvaluationSummaryMessages,
  type EvaluationSummaryProps,
  type EvaluationSummaryText,
  type RoiOutcome,
  type RoiWords,
} from './EvaluationSummary/index.js';
export {
  PlanExplanation,
  costPerGapPoint,
  defaultPlanExplanationMessages,
  type PlanExplanationMessages,
  type PlanExplanationMethodText,
  type PlanExplanationNames,
  type PlanExplanationProps,
  type PlanExplanationSummaryText,
  type PlanFundedRow,
  type PlanGapLeft,
  type PlanServedGroup,
  type PlanSort,
  type PlanSortKey,
  type PlanUnfundedRow,
} from './PlanExplanation/index.js';
export {
  OrganisationBrowser,
  defaultOrganisationBrowserMessages,
  type OrganisationBrowserMessages,
  type OrganisationBrowserProps,
  type OrganisationSummaryCounts,
} from './OrganisationBrowser/index.js';
export {
  PlanTimeline,
  countStates,
  defaultPlanTimelineMessages,
  defaultRiskDays,
  interventionState,
  interventionStates,
  milestoneState,
  nextMilestone,
  timeAxis,
  timelineZooms,
  type AxisTick,
  type InterventionState,
  type MilestoneState,
  type PlanTimelineMessages,
  type PlanTimelineProps,
  type PlanTimelineSummaryText,
  type TimeAxis,
  type TimedIntervention,
  type TimelineZoom,
} from './PlanTimeline/index.js';
export {
  KnowledgeCycleBoard,
  defaultKnowledgeCycleBoardMessages,
  filterItems,
  groupByStage,
  knowledgeFindings,
  moveItem,
  type KnowledgeCycleBoardMessages,
  type KnowledgeCycleBoardProps,
  type KnowledgeFilter,
  type KnowledgeFindings,
  type KnowledgeMove,
  type KnowledgeMoveText,
  type KnowledgeSummaryCounts,
} from './KnowledgeCycleBoard/index.js';

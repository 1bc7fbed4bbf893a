// Types only: the provider must not load any widget's code, and no widget's messages module
// imports the provider, so this adds no cycle and no bytes.
import type { AssessmentFormMessages } from '../AssessmentForm/messages.js';
import type { CompetencyBarChartMessages } from '../CompetencyBarChart/messages.js';
import type { CompetencyProfileMessages } from '../CompetencyProfile/messages.js';
import type { FrameworkBrowserMessages } from '../FrameworkBrowser/messages.js';
import type { GapHeatmapMessages } from '../GapHeatmap/messages.js';
import type { GroupSummaryTableMessages } from '../GroupSummaryTable/messages.js';
import type { PriorityListMessages } from '../PriorityList/messages.js';
import type { PriorityMatrixMessages } from '../PriorityMatrix/messages.js';
import type { ProficiencyBadgeMessages } from '../ProficiencyBadge/messages.js';
import type { ScaleLegendMessages } from '../ScaleLegend/messages.js';
import type { StakeholderGridMessages } from '../StakeholderGrid/messages.js';
import type { EvaluationSummaryMessages } from '../EvaluationSummary/messages.js';
import type { PlanExplanationMessages } from '../PlanExplanation/messages.js';
import type { OrganisationBrowserMessages } from '../OrganisationBrowser/messages.js';
import type { PlanTimelineMessages } from '../PlanTimeline/messages.js';
import type { KnowledgeCycleBoardMessages } from '../KnowledgeCycleBoard/messages.js';
import type { CommunityDirectoryMessages } from '../CommunityDirectory/messages.js';
import type { MaturityIndexChartMessages } from '../MaturityIndexChart/messages.js';
import type { AssetsInventoryMessages } from '../AssetsInventory/messages.js';
import type { RoundComparisonMessages } from '../RoundComparison/messages.js';
import type { BudgetSummaryMessages } from '../BudgetSummary/messages.js';
import type { CycleOverviewMessages } from '../CycleOverview/messages.js';
import type { CapacityAssessmentViewMessages } from '../CapacityAssessmentView/messages.js';
import type { DataImportMessages } from '../DataImport/messages.js';

/**
 * Translated strings for every widget, keyed by widget name with that widget's own message
 * type, so that a misspelt widget or key fails to compile. Any key left out falls back to
 * English.
 */
export interface CapkitMessages {
  readonly AssessmentForm?: Partial<AssessmentFormMessages> | undefined;
  readonly CompetencyBarChart?: Partial<CompetencyBarChartMessages> | undefined;
  readonly CompetencyProfile?: Partial<CompetencyProfileMessages> | undefined;
  readonly FrameworkBrowser?: Partial<FrameworkBrowserMessages> | undefined;
  readonly GapHeatmap?: Partial<GapHeatmapMessages> | undefined;
  readonly GroupSummaryTable?: Partial<GroupSummaryTableMessages> | undefined;
  readonly PriorityList?: Partial<PriorityListMessages> | undefined;
  readonly PriorityMatrix?: Partial<PriorityMatrixMessages> | undefined;
  readonly ProficiencyBadge?: Partial<ProficiencyBadgeMessages> | undefined;
  readonly ScaleLegend?: Partial<ScaleLegendMessages> | undefined;
  readonly StakeholderGrid?: Partial<StakeholderGridMessages> | undefined;
  readonly EvaluationSummary?: Partial<EvaluationSummaryMessages> | undefined;
  readonly PlanExplanation?: Partial<PlanExplanationMessages> | undefined;
  readonly OrganisationBrowser?: Partial<OrganisationBrowserMessages> | undefined;
  readonly PlanTimeline?: Partial<PlanTimelineMessages> | undefined;
  readonly KnowledgeCycleBoard?: Partial<KnowledgeCycleBoardMessages> | undefined;
  readonly CommunityDirectory?: Partial<CommunityDirectoryMessages> | undefined;
  readonly MaturityIndexChart?: Partial<MaturityIndexChartMessages> | undefined;
  readonly AssetsInventory?: Partial<AssetsInventoryMessages> | undefined;
  readonly RoundComparison?: Partial<RoundComparisonMessages> | undefined;
  readonly BudgetSummary?: Partial<BudgetSummaryMessages> | undefined;
  readonly CycleOverview?: Partial<CycleOverviewMessages> | undefined;
  readonly CapacityAssessmentView?: Partial<CapacityAssessmentViewMessages> | undefined;
  readonly DataImport?: Partial<DataImportMessages> | undefined;
}

/** A widget that takes translated strings through {@link CapkitMessages}. */
export type CapkitWidgetName = keyof CapkitMessages;

/** The message type of one widget. */
export type MessagesOf<W extends CapkitWidgetName> =
  NonNullable<CapkitMessages[W]> extends Partial<infer M> ? M : never;

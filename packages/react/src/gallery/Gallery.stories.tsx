import { composeStories, type Meta, type StoryObj } from '@storybook/react-vite';
import { createElement, type ComponentType } from 'react';
import { expect } from 'storybook/test';
import { samplePlan, type PlanFixture } from '../../test/fixtures/PlanExplanation.fixtures.js';
import { matchScreenshot } from '../../test/stories/matchScreenshot.js';
import * as AssessmentForm from '../AssessmentForm/AssessmentForm.stories.js';
import * as AssetsInventory from '../AssetsInventory/AssetsInventory.stories.js';
import * as BudgetSummary from '../BudgetSummary/BudgetSummary.stories.js';
import * as CapacityAssessmentView from '../CapacityAssessmentView/CapacityAssessmentView.stories.js';
import * as CommunityDirectory from '../CommunityDirectory/CommunityDirectory.stories.js';
import * as CompetencyBarChart from '../CompetencyBarChart/CompetencyBarChart.stories.js';
import * as CompetencyProfile from '../CompetencyProfile/CompetencyProfile.stories.js';
import * as CycleOverview from '../CycleOverview/CycleOverview.stories.js';
import * as DataImport from '../DataImport/DataImport.stories.js';
import * as EvaluationSummary from '../EvaluationSummary/EvaluationSummary.stories.js';
import * as FrameworkBrowser from '../FrameworkBrowser/FrameworkBrowser.stories.js';
import * as GapHeatmap from '../GapHeatmap/GapHeatmap.stories.js';
import * as GroupSummaryTable from '../GroupSummaryTable/GroupSummaryTable.stories.js';
import * as KnowledgeCycleBoard from '../KnowledgeCycleBoard/KnowledgeCycleBoard.stories.js';
import * as MaturityIndexChart from '../MaturityIndexChart/MaturityIndexChart.stories.js';
import * as OrganisationBrowser from '../OrganisationBrowser/OrganisationBrowser.stories.js';
import * as PlanExplanation from '../PlanExplanation/PlanExplanation.stories.js';
import * as PlanTimeline from '../PlanTimeline/PlanTimeline.stories.js';
import * as PriorityList from '../PriorityList/PriorityList.stories.js';
import * as PriorityMatrix from '../PriorityMatrix/PriorityMatrix.stories.js';
import * as ProficiencyBadge from '../ProficiencyBadge/ProficiencyBadge.stories.js';
import * as RoundComparison from '../RoundComparison/RoundComparison.stories.js';
import * as ScaleLegend from '../ScaleLegend/ScaleLegend.stories.js';
import * as StakeholderGrid from '../StakeholderGrid/StakeholderGrid.stories.js';

/**
 * One picture of every widget for the README (docs/widgets/), taken from each widget's own
 * Default story so that the picture is what the stories test. Each picture is compared with its
 * committed baseline, so a widget whose rendering changes fails here until the baseline and the
 * README's copy are updated deliberately (`node scripts/readme-screenshots.mjs`).
 */
interface ShotOptions {
  /** Window width, CSS px. */
  readonly width?: number;
  /** A taller widget is cut here: the README shows how it opens. */
  readonly maxHeight?: number;
  /** What the widget's own story loads first (composed stories do not run their loaders). */
  readonly load?: () => Promise<Record<string, unknown>>;
}

const meta = {
  title: 'Gallery/Every widget',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

function shot(
  name: string,
  Widget: ComponentType<Record<string, unknown>>,
  { width = 1024, maxHeight = 1600, load }: ShotOptions = {},
): Story {
  return {
    name,
    ...(load === undefined ? {} : { loaders: [load] }),
    render: (_args, { loaded }) => (
      <div
        id={`shot-${name}`}
        data-shot={name}
        style={{ padding: '1rem', background: '#fff', maxHeight, overflow: 'hidden' }}
      >
        <Widget {...loaded} />
      </div>
    ),
    play: async ({ canvasElement }) => {
      const root = canvasElement.querySelector<HTMLElement>(`[data-shot="${name}"]`);
      if (root === null) throw new Error(`${name} did not render`);
      await expect(root.textContent).not.toBe('');
      (document.activeElement as HTMLElement | null)?.blur();
      await document.fonts.ready;
      await matchScreenshot(root, `widget-${name}`, width);
    },
  };
}

const { Default: assessmentForm } = composeStories(AssessmentForm);
const { Default: assetsInventory } = composeStories(AssetsInventory);
const { Default: budgetSummary } = composeStories(BudgetSummary);
const { Default: capacityAssessmentView } = composeStories(CapacityAssessmentView);
const { Default: communityDirectory } = composeStories(CommunityDirectory);
const { Default: competencyBarChart } = composeStories(CompetencyBarChart);
const { Default: competencyProfile } = composeStories(CompetencyProfile);
const { Default: cycleOverview } = composeStories(CycleOverview);
const { Default: dataImport } = composeStories(DataImport);
const { Default: evaluationSummary } = composeStories(EvaluationSummary);
const { Default: frameworkBrowser } = composeStories(FrameworkBrowser);
const { Default: gapHeatmap } = composeStories(GapHeatmap);
const { Default: groupSummaryTable } = composeStories(GroupSummaryTable);
const { Default: knowledgeCycleBoard } = composeStories(KnowledgeCycleBoard);
const { Default: maturityIndexChart } = composeStories(MaturityIndexChart);
const { Default: organisationBrowser } = composeStories(OrganisationBrowser);
const { Default: planExplanation } = composeStories(PlanExplanation);
const { Default: planTimeline } = composeStories(PlanTimeline);
const { Default: priorityList } = composeStories(PriorityList);
const { Default: priorityMatrix } = composeStories(PriorityMatrix);
const { Default: proficiencyBadge } = composeStories(ProficiencyBadge);
const { Default: roundComparison } = composeStories(RoundComparison);
const { Default: scaleLegend } = composeStories(ScaleLegend);
const { Default: stakeholderGrid } = composeStories(StakeholderGrid);

export const AssessmentFormShot = shot('AssessmentForm', assessmentForm);
export const AssetsInventoryShot = shot('AssetsInventory', assetsInventory);
export const BudgetSummaryShot = shot('BudgetSummary', budgetSummary);
export const CapacityAssessmentViewShot = shot('CapacityAssessmentView', capacityAssessmentView);
export const CommunityDirectoryShot = shot('CommunityDirectory', communityDirectory);
export const CompetencyBarChartShot = shot('CompetencyBarChart', competencyBarChart);
export const CompetencyProfileShot = shot('CompetencyProfile', competencyProfile);
export const CycleOverviewShot = shot('CycleOverview', cycleOverview);
export const DataImportShot = shot('DataImport', dataImport);
export const EvaluationSummaryShot = shot('EvaluationSummary', evaluationSummary);
export const FrameworkBrowserShot = shot('FrameworkBrowser', frameworkBrowser);
export const GapHeatmapShot = shot('GapHeatmap', gapHeatmap);
export const GroupSummaryTableShot = shot('GroupSummaryTable', groupSummaryTable);
export const KnowledgeCycleBoardShot = shot('KnowledgeCycleBoard', knowledgeCycleBoard, {
  width: 1280,
});
export const MaturityIndexChartShot = shot('MaturityIndexChart', maturityIndexChart);
export const OrganisationBrowserShot = shot('OrganisationBrowser', organisationBrowser);
export const PlanExplanationShot = shot(
  'PlanExplanation',
  // A composed story takes its args as props: here the plan its own loader would solve.
  ({ fixture }) =>
    createElement(planExplanation as ComponentType<PlanFixture>, fixture as PlanFixture),
  { load: async () => ({ fixture: await samplePlan() }) },
);
export const PlanTimelineShot = shot('PlanTimeline', planTimeline, { width: 1280 });
export const PriorityListShot = shot('PriorityList', priorityList);
export const PriorityMatrixShot = shot('PriorityMatrix', priorityMatrix);
export const ProficiencyBadgeShot = shot('ProficiencyBadge', proficiencyBadge, { width: 480 });
export const RoundComparisonShot = shot('RoundComparison', roundComparison);
export const ScaleLegendShot = shot('ScaleLegend', scaleLegend, { width: 640 });
export const StakeholderGridShot = shot('StakeholderGrid', stakeholderGrid);

import type { Workspace } from '@capkit/model';
import { digitalGovernmentFramework, digitalGovernmentScale } from '@capkit/model/reference';
import { generateSampleWorkspace } from '@capkit/model/sample';
import {
  AssessmentForm,
  AssetsInventory,
  BudgetSummary,
  CapacityAssessmentView,
  CapkitProvider,
  CommunityDirectory,
  CompetencyBarChart,
  CompetencyProfile,
  CycleOverview,
  DataImport,
  EvaluationSummary,
  FrameworkBrowser,
  GapHeatmap,
  GroupSummaryTable,
  KnowledgeCycleBoard,
  MaturityIndexChart,
  OrganisationBrowser,
  PlanExplanation,
  PlanTimeline,
  PriorityList,
  PriorityMatrix,
  ProficiencyBadge,
  RoundComparison,
  ScaleLegend,
  StakeholderGrid,
  gapPointsClosedFor,
  type ImportMappingShape,
} from '@capkit/react';
import { pairedChange, pairedChangeByGroup } from '@capkit/scoring/evaluation';
import { analyseUncertainty, buildIndex, maturityInputFromModel } from '@capkit/scoring/maturity';
import {
  explainPlan,
  needsFromAnalysis,
  planInputFromModel,
  recommendPlan,
} from '@capkit/scoring/plan';
import { budgetBurnDown } from '@capkit/scoring/schedule';
import { analyseTrainingNeeds } from '@capkit/scoring/tna';
import { undpRollUp } from '@capkit/scoring/undp';
import { version, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

const workspace: Workspace = generateSampleWorkspace({ people: 120, seed: 18 });
const instrument = workspace.instruments[0];
if (instrument === undefined) throw new Error('the sample has an instrument');
const analysis = analyseTrainingNeeds(workspace, {
  campaignId: workspace.campaigns[0]?.id ?? '',
  perspective: 'self',
  bootstrap: { replicates: 50, seed: 1 },
});
const summary = analysis.groups.units;
if (summary === undefined) throw new Error('the unit table is published by default');
const units = { ids: analysis.groups.unitIds };
const competencyNames = analysis.groups.competencyIds;
const labels = (names: readonly string[]) =>
  names.map((name, index) => ({ id: `${index}`, label: name }));
const scores = [
  { id: 'a', label: 'User research', score: 2.25, requiredLevel: 3 },
  { id: 'b', label: 'Data analysis', score: null, requiredLevel: 2 },
  { id: 'c', label: 'Agile delivery', score: 3.5 },
];

const plan = await recommendPlan(
  planInputFromModel(
    workspace,
    needsFromAnalysis(analysis, { units: workspace.units, unitDepth: 1 }).needs,
  ),
  { method: 'greedy' },
);
// Eight people's levels before and after training: a clear gain of 0.75 levels.
const change = pairedChange(
  [2, 2, 3, 2, 3, 2, 3, 2].map((before, i) => ({
    personId: `p-${String(i)}`,
    round1: before,
    round2: [3, 3, 3, 3, 4, 2, 4, 3][i] ?? null,
  })),
);

const maturityIndex = workspace.maturityIndexes[0];
const maturityInput = maturityIndex && maturityInputFromModel(maturityIndex);
const maturityOptions = {
  imputation: 'columnMedian',
  normalisation: { method: 'minMax', low: 1, high: 100 },
} as const;
// The sample has no round 2 yet: two units of four pairs, the whole published, each unit withheld.
const roundChange = pairedChangeByGroup(
  [2, 2, 3, 2, 3, 2, 3, 2].map((before, i) => ({
    personId: `p-${String(i)}`,
    round1: before,
    round2: [3, 3, 3, 3, 4, 2, 4, 3][i] ?? null,
    groupId: i < 4 ? 'finance' : 'health',
  })),
);

const widgets: Record<string, ReactElement> = {
  AssessmentForm: <AssessmentForm instrument={instrument} />,
  AssetsInventory: (
    <AssetsInventory
      title="Capacity assets"
      assets={workspace.assets}
      plan={workspace.plans[0]}
      communities={workspace.communities}
      personalData={workspace.personalData}
      locale="en-GB"
    />
  ),
  BudgetSummary: (
    <BudgetSummary
      title="Budget"
      plan={workspace.plans[0]}
      burnDown={
        workspace.plans[0] === undefined
          ? undefined
          : budgetBurnDown(workspace.plans[0], {
              today: '2026-09-15',
              by: 'month',
              gapPointsClosed: gapPointsClosedFor(workspace.plans[0], explainPlan(plan)),
            })
      }
      explanation={explainPlan(plan)}
      asOf="2026-09-15"
    />
  ),
  CapacityAssessmentView: (
    <CapacityAssessmentView
      title="Capacity assessment"
      assessment={workspace.capacityAssessments[0]}
      rollUp={workspace.capacityAssessments[0] && undpRollUp(workspace.capacityAssessments[0])}
    />
  ),
  CommunityDirectory: (
    <CommunityDirectory
      title="Communities"
      communities={workspace.communities}
      assets={workspace.assets}
      frameworks={workspace.frameworks}
      personalData={workspace.personalData}
      neededCompetencyIds={['dg-digital-procurement']}
      asOf="2026-12-01"
    />
  ),
  CompetencyBarChart: (
    // Deprecated, yet published until the next major: it must still hydrate under React 18.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    <CompetencyBarChart title="Scores" scale={digitalGovernmentScale} data={scores} />
  ),
  CompetencyProfile: (
    <CompetencyProfile title="Profile" scale={digitalGovernmentScale} data={scores} />
  ),
  CycleOverview: (
    <CycleOverview
      title="Cycle"
      workspace={workspace}
      asOf="2026-10-01"
      hrefFor={(step) => `/steps/${step}`}
    />
  ),
  DataImport: (
    <DataImport
      title="Import memberships"
      targets={[
        { to: { kind: 'field', field: 'personId' }, label: 'Staff ID', required: true },
        { to: { kind: 'field', field: 'unitId' }, label: 'Unit', required: true },
      ]}
      readFile={() => ({ headers: ['staff_id', 'unit'], rows: [['P-0001', 'u-digital']] })}
      suggestMapping={(headers): ImportMappingShape => ({
        columns: headers.map((header) => ({ header, to: { kind: 'ignore' } })),
      })}
      importWith={() => ({ success: false, issues: [], rowsRead: 0 })}
      onConfirm={() => undefined}
    />
  ),
  EvaluationSummary: (
    <EvaluationSummary
      title="Evaluation"
      changes={[{ id: 'data', label: 'Data literacy', change }]}
    />
  ),
  FrameworkBrowser: <FrameworkBrowser framework={digitalGovernmentFramework} />,
  GapHeatmap: (
    <GapHeatmap title="Gaps" summary={summary} units={units.ids} competencies={competencyNames} />
  ),
  GroupSummaryTable: (
    <GroupSummaryTable
      title="Units"
      summary={summary}
      groups={units.ids}
      competencies={competencyNames}
      competency={0}
    />
  ),
  KnowledgeCycleBoard: (
    <KnowledgeCycleBoard
      title="Knowledge"
      items={workspace.knowledgeItems}
      communities={workspace.communities}
      asOf="2026-12-01T09:00:00Z"
    />
  ),
  MaturityIndexChart: (
    <MaturityIndexChart
      title="Digital maturity"
      index={maturityIndex}
      result={maturityInput && buildIndex(maturityInput, maturityOptions)}
      uncertainty={
        maturityInput &&
        analyseUncertainty(maturityInput, maturityOptions, {
          samples: 50,
          seed: 1,
          weightNoise: 0.25,
        })
      }
      defaultSelectedId={maturityIndex?.entities[0]?.id}
    />
  ),
  OrganisationBrowser: (
    <OrganisationBrowser
      units={workspace.units}
      roles={workspace.roles}
      people={workspace.people}
      memberships={workspace.memberships}
      frameworks={workspace.frameworks}
      asOf="2026-12-01"
    />
  ),
  PlanExplanation: <PlanExplanation title="Plan" plan={plan} explanation={explainPlan(plan)} />,
  PlanTimeline: (
    <PlanTimeline
      title="Timeline"
      interventions={workspace.plans[0]?.interventions ?? []}
      asOf="2026-12-01"
    />
  ),
  PriorityList: (
    <PriorityList
      title="Priorities"
      result={analysis.priorities}
      labels={labels(analysis.needCompetencyIds)}
    />
  ),
  PriorityMatrix: (
    <PriorityMatrix
      title="Matrix"
      result={analysis.importancePerformance.items}
      labels={labels(analysis.itemIds)}
    />
  ),
  ProficiencyBadge: <ProficiencyBadge scale={digitalGovernmentScale} level={3} />,
  ScaleLegend: <ScaleLegend scale={digitalGovernmentScale} />,
  RoundComparison: (
    <RoundComparison
      title="Rounds"
      competencies={[{ id: 'data', label: 'Data literacy', change: roundChange }]}
      unitNames={{ finance: 'Finance', health: 'Health' }}
    />
  ),
  StakeholderGrid: (
    <StakeholderGrid title="Stakeholders" stakeholders={workspace.stakeholders} asOf="2026-12-01" />
  ),
};

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('@capkit/react under React 18', () => {
  it('runs on React 18', () => {
    expect(version).toMatch(/^18\./);
  });

  it.each(Object.entries(widgets))(
    '%s renders on the server and hydrates without errors',
    async (_name, widget) => {
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const recoverable: unknown[] = [];
      const element = <CapkitProvider locale="en">{widget}</CapkitProvider>;
      const html = renderToString(element);
      expect(html.length).toBeGreaterThan(100);
      const container = document.createElement('div');
      container.innerHTML = html;
      document.body.append(container);
      const root = hydrateRoot(container, element, {
        onRecoverableError: (error) => recoverable.push(error),
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(recoverable).toEqual([]);
      expect(errors.mock.calls).toEqual([]);
      root.unmount();
    },
  );
});

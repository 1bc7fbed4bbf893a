import type { Workspace } from '@capkit/model';
import { digitalGovernmentFramework, digitalGovernmentScale } from '@capkit/model/reference';
import { generateSampleWorkspace } from '@capkit/model/sample';
import {
  AssessmentForm,
  CapkitProvider,
  CommunityDirectory,
  CompetencyBarChart,
  CompetencyProfile,
  EvaluationSummary,
  FrameworkBrowser,
  GapHeatmap,
  GroupSummaryTable,
  KnowledgeCycleBoard,
  OrganisationBrowser,
  PlanExplanation,
  PlanTimeline,
  PriorityList,
  PriorityMatrix,
  ProficiencyBadge,
  ScaleLegend,
  StakeholderGrid,
} from '@capkit/react';
import { pairedChange } from '@capkit/scoring/evaluation';
import {
  explainPlan,
  needsFromAnalysis,
  planInputFromModel,
  recommendPlan,
} from '@capkit/scoring/plan';
import { analyseTrainingNeeds } from '@capkit/scoring/tna';
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

const widgets: Record<string, ReactElement> = {
  AssessmentForm: <AssessmentForm instrument={instrument} />,
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

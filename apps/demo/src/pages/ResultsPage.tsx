import { GapHeatmap, GroupSummaryTable, PriorityList, PriorityMatrix } from '@capkit/react';
import { useMemo } from 'react';
import { sampleWorkspace } from '../sampleWorkspace.js';
import { trainingNeeds } from '../trainingNeeds.js';

const locale = 'en';

const withIds = (labels: readonly string[], prefix: string) =>
  labels.map((label, index) => ({ id: `${prefix}-${index}`, label }));

/** The training-needs analysis of the sample ministry's self-assessments. */
export function ResultsPage() {
  const needs = useMemo(() => trainingNeeds(sampleWorkspace(), locale), []);
  // The unit table follows the competency ranked first.
  const topPriority = needs.priorities.units.find((unit) => unit.rank === 1);
  const topLabel = needs.priorityLabels[topPriority?.unit ?? 0] ?? '';
  const topCompetency = Math.max(0, needs.competencyLabels.indexOf(topLabel));
  return (
    <>
      <h1 tabIndex={-1}>Training needs</h1>
      <p>
        This draws on the self-assessments of {needs.people ?? `fewer than ${needs.k}`} people in
        the Ministry of Digital Services. Each rated how important each skill is to their job and
        how well they perform it today, on a scale from 1 to 5. No figure on this page rests on
        fewer than {needs.k} people: smaller groups are withheld, and so is anything that would let
        them be worked out from the other figures, across all the tables together.
      </p>
      <h2>Priorities</h2>
      <PriorityList
        title="Competencies ranked by training need"
        description="Borich's mean weighted discrepancy: the gap between importance and performance, weighted by importance. Higher means a more urgent need."
        result={needs.priorities}
        labels={withIds(needs.priorityLabels, 'competency')}
        locale={locale}
      />
      <h2>Importance and performance</h2>
      <PriorityMatrix
        title="Importance against performance, per question"
        description="Questions in the top left quadrant matter most and are done least well: concentrate training there."
        result={needs.matrix}
        labels={withIds(needs.itemLabels, 'item')}
        domain="data"
        locale={locale}
      />
      <h2>Gaps by unit</h2>
      <GapHeatmap
        title="Share of staff below their role's required level"
        description="Each unit includes its teams. Groups of fewer than five people are withheld, and so is any group that would let them be worked out."
        summary={needs.units}
        units={needs.unitLabels}
        competencies={needs.competencyLabels}
        measure="shareBelowRequired"
        locale={locale}
      />
      <h2>Unit results for {topLabel}</h2>
      <GroupSummaryTable
        title={`${topLabel}: scores and gaps by unit`}
        description="Self-assessed performance on a scale from 1 to 5, against the level each person's role requires."
        summary={needs.units}
        groups={needs.unitLabels}
        competencies={needs.competencyLabels}
        competency={topCompetency}
        csvFileName="unit-results.csv"
        locale={locale}
      />
      <h2>Role results for {topLabel}</h2>
      <GroupSummaryTable
        title={`${topLabel}: scores and gaps by role`}
        description="The same people as the unit table, grouped by role; both tables are protected together."
        summary={needs.roles}
        groups={needs.roleLabels}
        competencies={needs.competencyLabels}
        competency={topCompetency}
        groupHeading="Role"
        csvFileName="role-results.csv"
        locale={locale}
      />
    </>
  );
}

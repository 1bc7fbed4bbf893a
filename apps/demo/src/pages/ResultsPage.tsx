import { PriorityList, PriorityMatrix } from '@capkit/react';
import { useMemo } from 'react';
import { sampleWorkspace } from '../sampleWorkspace.js';
import { trainingNeeds } from '../trainingNeeds.js';

const locale = 'en';

const withIds = (labels: readonly string[], prefix: string) =>
  labels.map((label, index) => ({ id: `${prefix}-${index}`, label }));

/** The training-needs analysis of the sample ministry's self-assessments. */
export function ResultsPage() {
  const needs = useMemo(() => trainingNeeds(sampleWorkspace(), locale), []);
  return (
    <>
      <h1 tabIndex={-1}>Training needs</h1>
      <p>
        What the Ministry of Digital Services&rsquo; {needs.priorities.respondents} self-assessments
        say about where to train first. Each respondent rated how important each skill is to their
        job and how well they perform it today, on a scale from 1 to 5.
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
    </>
  );
}

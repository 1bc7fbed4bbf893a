import { GapHeatmap } from '@capkit/react/GapHeatmap';
import { GroupSummaryTable } from '@capkit/react/GroupSummaryTable';
import { PriorityList } from '@capkit/react/PriorityList';
import { PriorityMatrix } from '@capkit/react/PriorityMatrix';
import { Link } from '../../app/router.js';
import { useQuery } from '../../data/useWorkspace.js';
import type { QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { QueryView } from '../../shared/QueryView.js';
import { DeferredView } from './DeferredView.js';
import { resultsMessages } from './resultsMessages.js';
import { groupTableMessages, priorityListMessages } from './widgetMessages.js';
import './trainingNeeds.css';

type Results = QueryResult<'trainingNeeds.results'>;

const withIds = (labels: readonly string[], prefix: string) =>
  labels.map((label, index) => ({ id: `${prefix}-${index}`, label }));

/** The training-needs analysis of the round-1 self-assessments, worked out in the worker. */
export function ResultsPage() {
  const { locale } = useLocale();
  const text = useTranslations(resultsMessages);
  const state = useQuery('trainingNeeds.results', { locale });
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={state} label={text.working}>
        {(data) => (
          <DeferredView data={data} label={text.working}>
            {(shown) => (
              <div className="demo-trainingNeeds-widgets">
                <Findings data={shown} />
              </div>
            )}
          </DeferredView>
        )}
      </QueryView>
    </>
  );
}

function Findings({ data }: { readonly data: Results }) {
  const text = useTranslations(resultsMessages);
  const format = useFormat();
  const tableText = useTranslations(groupTableMessages);
  const priorityText = useTranslations(priorityListMessages);
  const k = format.integer(data.k);
  const people = data.people === null ? text.fewer(k) : format.integer(data.people);
  const { top } = data;
  const topLabel = top?.label ?? data.competencyLabels[0] ?? '';
  const column = Math.max(0, top?.column ?? 0);
  return (
    <>
      <p className="demo-lead" data-testid="tna-headline">
        {top === null
          ? text.noHeadline
          : text.headline(
              top.label,
              top.worst?.name ?? null,
              top.worst === null ? null : format.percent(top.worst.share),
              top.rankHoldsProbability === null
                ? null
                : format.integer(Math.round(top.rankHoldsProbability * data.priorities.replicates)),
              people,
            )}
      </p>
      <p data-testid="tna-people" data-people={data.people ?? ''}>
        {text.basis(people, k)}
      </p>
      <h2>{text.prioritiesHeading}</h2>
      <PriorityList
        title={text.prioritiesTitle}
        description={text.prioritiesDescription}
        result={data.priorities}
        labels={withIds(data.priorityLabels, 'competency')}
        messages={priorityText}
      />
      <h2>{text.matrixHeading}</h2>
      <PriorityMatrix
        title={text.matrixTitle}
        description={text.matrixDescription}
        result={data.matrix}
        labels={withIds(data.itemLabels, 'item')}
        domain="data"
      />
      <h2>{text.heatmapHeading}</h2>
      <GapHeatmap
        title={text.heatmapTitle}
        description={text.heatmapDescription(k)}
        summary={data.departmentUnits}
        units={data.departments.map((department) => department.name)}
        competencies={data.competencyLabels}
        measure="shareBelowRequired"
      />
      <p>{text.drillLead}</p>
      <ul className="demo-trainingNeeds-links">
        {data.departments.map((department) => (
          <li key={department.id}>
            <Link to={`/training-needs/units/${encodeURIComponent(department.id)}`}>
              {department.name}
            </Link>
          </li>
        ))}
      </ul>
      <h2>{text.unitsHeading(topLabel)}</h2>
      <GroupSummaryTable
        title={text.unitsTitle(topLabel)}
        description={text.tableDescription}
        summary={data.departmentUnits}
        groups={data.departments.map((department) => department.name)}
        competencies={data.competencyLabels}
        competency={column}
        groupHeading={text.department}
        csvFileName="department-results.csv"
        messages={tableText}
      />
      <h2>{text.rolesHeading(topLabel)}</h2>
      <GroupSummaryTable
        title={text.rolesTitle(topLabel)}
        description={text.rolesDescription}
        summary={data.roles}
        groups={data.roleLabels}
        competencies={data.competencyLabels}
        competency={column}
        groupHeading={text.role}
        csvFileName="role-results.csv"
        messages={tableText}
      />
    </>
  );
}

import { GapHeatmap } from '@capkit/react/GapHeatmap';
import type { PageProps } from '../../app/pageTypes.js';
import { Link, navigate, usePath, useSearchParams } from '../../app/router.js';
import { useQuery } from '../../data/useWorkspace.js';
import type { QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { QueryView } from '../../shared/QueryView.js';
import { DeferredView } from './DeferredView.js';
import { resultsMessages } from './resultsMessages.js';
import './trainingNeeds.css';

type Unit = Extract<QueryResult<'trainingNeeds.unit'>, { found: true }>;

/** One unit's training needs (covering its teams), with a `?role=` filter on the skills shown. */
export function UnitPage({ params }: PageProps) {
  const { locale } = useLocale();
  const text = useTranslations(resultsMessages);
  const roleId = useSearchParams().get('role') ?? undefined;
  const unitId = params['unitId'] ?? '';
  const state = useQuery('trainingNeeds.unit', {
    locale,
    unitId,
    ...(roleId === undefined || roleId === '' ? {} : { roleId }),
  });
  return (
    <>
      <h1>{state.status === 'ready' && state.data.found ? state.data.name : text.unitTitle}</h1>
      <QueryView state={state} label={text.working}>
        {(data) =>
          data.found ? (
            <DeferredView data={data} label={text.working}>
              {(shown) => (
                <div className="demo-trainingNeeds-widgets">
                  <UnitFindings data={shown} />
                </div>
              )}
            </DeferredView>
          ) : (
            <p className="demo-lead" role="alert">
              {text.noSuchUnit}
            </p>
          )
        }
      </QueryView>
      <p>
        <Link to="/training-needs/results">{text.backToResults}</Link>
      </p>
    </>
  );
}

function UnitFindings({ data }: { readonly data: Unit }) {
  const text = useTranslations(resultsMessages);
  const format = useFormat();
  const path = usePath();
  const competencies = data.competencyIds.length;
  // The unit's own row is the first of the summary.
  const own = data.summary.cells.slice(0, competencies);
  let largest: { column: number; share: number } | null = null;
  own.forEach((cell, column) => {
    if (cell.status !== 'published' || cell.shareBelowRequired === null) return;
    if (largest === null || cell.shareBelowRequired > largest.share)
      largest = { column, share: cell.shareBelowRequired };
  });
  const found = largest as { column: number; share: number } | null;
  const pct = (value: number | null | undefined) =>
    value === null || value === undefined ? text.withheld : format.percent(value);
  return (
    <>
      <p className="demo-lead" data-testid="tna-unit-lead">
        {text.unitLead(
          data.name,
          found === null ? null : (data.competencyLabels[found.column] ?? null),
          found === null ? null : format.percent(found.share),
        )}
      </p>
      {data.parents.length > 0 && (
        <p>
          {text.unitWithin}{' '}
          {data.parents.map((parent, index) => (
            <span key={parent.id}>
              {index > 0 && ' › '}
              <Link to={`/training-needs/units/${encodeURIComponent(parent.id)}`}>
                {parent.name}
              </Link>
            </span>
          ))}
        </p>
      )}
      <div className="demo-trainingNeeds-field">
        <label htmlFor="demo-trainingNeeds-role">{text.roleFilter}</label>
        <select
          id="demo-trainingNeeds-role"
          value={data.role?.id ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            navigate(value === '' ? path : `${path}?role=${encodeURIComponent(value)}`, {
              replace: true,
            });
          }}
        >
          <option value="">{text.allRoles}</option>
          {data.roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.title}
            </option>
          ))}
        </select>
      </div>
      {data.roleNotFound && <p role="status">{text.roleNotFound}</p>}
      {data.role !== null && (
        <section aria-labelledby="demo-trainingNeeds-role-heading">
          <h2 id="demo-trainingNeeds-role-heading">{text.roleHeading(data.role.title)}</h2>
          <p>{text.roleLead(data.role.title, format.integer(data.role.required.length))}</p>
          <div
            className="demo-trainingNeeds-table-wrap"
            tabIndex={0}
            role="region"
            aria-labelledby="demo-trainingNeeds-role-heading"
          >
            <table className="demo-trainingNeeds-table">
              <thead>
                <tr>
                  <th scope="col">{text.competency}</th>
                  <th scope="col">{text.requiredLevel}</th>
                  <th scope="col">{text.unitMean}</th>
                  <th scope="col">{text.unitBelow}</th>
                  <th scope="col">{text.roleBelow}</th>
                </tr>
              </thead>
              <tbody>
                {data.role.required.map((requirement) => {
                  const column = data.competencyIds.indexOf(requirement.competencyId);
                  const cell = own[column];
                  const roleCell = data.role?.summary?.cells[column];
                  return (
                    <tr key={requirement.competencyId}>
                      <th scope="row">
                        {data.competencyLabels[column] ?? requirement.competencyId}
                      </th>
                      <td>{format.integer(requirement.level)}</td>
                      <td>
                        {cell?.status === 'published' ? format.decimal(cell.mean) : text.withheld}
                      </td>
                      <td>
                        {cell?.status === 'published'
                          ? pct(cell.shareBelowRequired)
                          : text.withheld}
                      </td>
                      <td>
                        {roleCell?.status === 'published'
                          ? pct(roleCell.shareBelowRequired)
                          : text.withheld}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p>{text.roleCaveat(format.integer(data.summary.k))}</p>
        </section>
      )}
      <h2>{text.subUnitsHeading}</h2>
      <GapHeatmap
        title={text.unitHeatmapTitle(data.name)}
        description={text.heatmapDescription(format.integer(data.summary.k))}
        summary={data.summary}
        units={data.groups.map((group) => group.name)}
        competencies={data.competencyLabels}
        measure="shareBelowRequired"
      />
      {data.groups.length > 1 && (
        <ul className="demo-trainingNeeds-links">
          {data.groups.slice(1).map((group) => (
            <li key={group.id}>
              <Link to={`/training-needs/units/${encodeURIComponent(group.id)}`}>{group.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

import { Link } from '../../app/router.js';
import { useMutation, useQuery } from '../../data/useWorkspace.js';
import type { QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { IssueList } from '../../shared/IssueList.js';
import { QueryView } from '../../shared/QueryView.js';
import { overviewMessages } from './overviewMessages.js';
import './trainingNeeds.css';

type Overview = QueryResult<'trainingNeeds.overview'>;

/** The round-1 campaign: where it stands, its response rates, and closing it. */
export function OverviewPage() {
  const { locale } = useLocale();
  const text = useTranslations(overviewMessages);
  const state = useQuery('trainingNeeds.overview', { locale });
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={state} label={text.working}>
        {(data) => <Campaign data={data} />}
      </QueryView>
      <h2>{text.nextHeading}</h2>
      <ul className="demo-trainingNeeds-links">
        <li>
          <Link to="/training-needs/results">{text.resultsLink}</Link>
        </li>
        <li>
          <Link to="/training-needs/questionnaire">{text.questionnaireLink}</Link>
        </li>
      </ul>
    </>
  );
}

function Campaign({ data }: { readonly data: Overview }) {
  const text = useTranslations(overviewMessages);
  const format = useFormat();
  const [close, closeState] = useMutation('trainingNeeds.closeCampaign');
  const rate = (responded: number, people: number) =>
    format.percent(people === 0 ? 0 : responded / people);
  const shown = data.departments.filter((department) => !department.withheld);
  const lowest = shown.reduce<(typeof shown)[number] | null>(
    (worst, department) =>
      worst === null || department.responded / department.people < worst.responded / worst.people
        ? department
        : worst,
    null,
  );
  const { campaign } = data;
  const opens = format.date(campaign.opensAt);
  const closes = format.date(campaign.closesAt);
  const k = format.integer(data.k);
  return (
    <>
      <p className="demo-lead" data-testid="tna-overview-lead">
        {data.ministryWithheld
          ? text.ministrySmall(k)
          : text.lead(
              format.integer(data.responded),
              format.integer(data.people),
              rate(data.responded, data.people),
              lowest?.name ?? null,
              lowest === null ? null : rate(lowest.responded, lowest.people),
            )}
      </p>
      <p data-testid="tna-campaign-status" data-status={campaign.status}>
        {campaign.status === 'open'
          ? text.open(campaign.title, opens, closes)
          : campaign.status === 'closed'
            ? text.closed(campaign.title, opens, closes)
            : text.other(campaign.title, campaign.status)}
      </p>
      {campaign.status === 'open' && (
        <>
          <p id="demo-trainingNeeds-close-hint">{text.closeHint}</p>
          <button
            type="button"
            aria-describedby="demo-trainingNeeds-close-hint"
            disabled={closeState.status === 'running'}
            onClick={() => void close({ campaignId: campaign.id })}
          >
            {closeState.status === 'running' ? text.closing : text.close}
          </button>
        </>
      )}
      <div role="status">
        {closeState.status === 'done' && (
          <p>{text.closedNow(format.date(closeState.result.closesAt))}</p>
        )}
      </div>
      {closeState.status === 'error' && (
        <div role="alert" className="demo-error">
          <p>
            {text.failed} {closeState.error.message}
          </p>
          <IssueList issues={closeState.error.issues} />
        </div>
      )}
      <h2 id="demo-trainingNeeds-departments">{text.departmentsHeading}</h2>
      <p>{text.withheldNote(k)}</p>
      <div
        className="demo-trainingNeeds-table-wrap"
        role="region"
        tabIndex={0}
        aria-labelledby="demo-trainingNeeds-departments"
      >
        <table className="demo-trainingNeeds-table">
          <thead>
            <tr>
              <th scope="col">{text.department}</th>
              <th scope="col">{text.staff}</th>
              <th scope="col">{text.answered}</th>
              <th scope="col">{text.rate}</th>
            </tr>
          </thead>
          <tbody>
            {data.departments.map((department) => (
              <tr key={department.id}>
                <th scope="row">{department.name}</th>
                {department.withheld ? (
                  <td colSpan={3}>
                    {department.reason === 'small' ? text.withheld(k) : text.withheldComplement(k)}
                  </td>
                ) : (
                  <>
                    <td>{format.integer(department.people)}</td>
                    <td>{format.integer(department.responded)}</td>
                    <td>{rate(department.responded, department.people)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{text.ministry}</th>
              {data.ministryWithheld ? (
                <td colSpan={3}>{text.withheld(k)}</td>
              ) : (
                <>
                  <td>{format.integer(data.people)}</td>
                  <td>{format.integer(data.responded)}</td>
                  <td>{rate(data.responded, data.people)}</td>
                </>
              )}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

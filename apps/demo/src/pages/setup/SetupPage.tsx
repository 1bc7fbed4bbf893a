import { Link } from '../../app/router.js';
import { useMutation, useQuery } from '../../data/useWorkspace.js';
import type { QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { IssueList } from '../../shared/IssueList.js';
import { QueryView } from '../../shared/QueryView.js';
import { frameworkPath } from './frameworkPath.js';
import { setupMessages } from './setupMessages.js';
import './setup.css';

type Overview = QueryResult<'setup.overview'>;

/** The set-up step: the organisation in numbers, the frameworks and who uses each, and the way in to import one. */
export function SetupPage() {
  const { locale } = useLocale();
  const text = useTranslations(setupMessages);
  const state = useQuery('setup.overview', { locale });
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={state} label={text.working}>
        {(data) => <SetupOverview data={data} />}
      </QueryView>
    </>
  );
}

function SetupOverview({ data }: { readonly data: Overview }) {
  const text = useTranslations(setupMessages);
  const format = useFormat();
  const [addReference, adding] = useMutation('setup.addReferenceFramework');
  // The framework the roles are measured against: the one most roles name.
  const inUse = [...data.frameworks].sort((a, b) => b.roles - a.roles)[0];
  return (
    <>
      <p className="demo-lead demo-setup-lead">
        {text.lead(
          format.integer(data.people),
          format.integer(data.units),
          format.integer(data.roles),
        )}
        {inUse === undefined
          ? text.noFramework
          : text.frameworkLead(
              inUse.title,
              format.integer(inUse.competencies),
              format.integer(inUse.areas),
            )}
      </p>
      <h2>{text.frameworksHeading}</h2>
      <div className="demo-setup-table-wrap">
        <table className="demo-setup-table">
          <caption className="demo-setup-visually-hidden">{text.frameworksCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.frameworkColumn}</th>
              <th scope="col">{text.versionColumn}</th>
              <th scope="col" className="demo-setup-numeric">
                {text.competenciesColumn}
              </th>
              <th scope="col" className="demo-setup-numeric">
                {text.areasColumn}
              </th>
              <th scope="col">{text.usedByColumn}</th>
            </tr>
          </thead>
          <tbody>
            {data.frameworks.map((framework) => (
              <tr key={`${framework.id}@${framework.version}`}>
                <th scope="row">
                  <Link to={frameworkPath(framework.id, framework.version)}>
                    <span className="demo-setup-visually-hidden">{text.browse('')}</span>
                    {framework.title}
                  </Link>
                  {framework.reference && (
                    <span className="demo-setup-tag"> {text.referenceTag}</span>
                  )}
                </th>
                <td dir="ltr">{framework.version}</td>
                <td className="demo-setup-numeric">{format.integer(framework.competencies)}</td>
                <td className="demo-setup-numeric">{format.integer(framework.areas)}</td>
                <td>{text.usedBy(framework.roles, framework.instruments, format.integer)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="demo-setup-text">{text.whatChanges}</p>
      {!data.referenceInWorkspace && (
        <div className="demo-setup-panel">
          <p>{text.referenceMissing}</p>
          <button
            type="button"
            className="demo-setup-button"
            disabled={adding.status === 'running'}
            onClick={() => void addReference({})}
          >
            {adding.status === 'running' ? text.addingReference : text.addReference}
          </button>
          {adding.status === 'error' && (
            <div className="demo-error" role="alert">
              <p>{adding.error.message}</p>
              <IssueList issues={adding.error.issues} />
            </div>
          )}
        </div>
      )}
      <h2>{text.importHeading}</h2>
      <p className="demo-setup-text">{text.importBody}</p>
      <p>
        <Link to="/setup/import">{text.importLink}</Link>
      </p>
      <h2>{text.organisationHeading}</h2>
      <p>
        <Link to="/setup/organisation">{text.organisationLink}</Link>
      </p>
    </>
  );
}

import { resolveLocalizedText } from '@capkit/model/text';
import { StakeholderGrid } from '@capkit/react/StakeholderGrid';
import { Link } from '../../app/router.js';
import { useMutation, useQuery } from '../../data/useWorkspace.js';
import type { QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { IssueList } from '../../shared/IssueList.js';
import { QueryView } from '../../shared/QueryView.js';
import { today } from '../setup/today.js';
import { stakeholderTerms } from './stakeholderTerms.js';
import { stakeholdersMessages } from './stakeholdersMessages.js';
import './stakeholders.css';

type Register = QueryResult<'stakeholders.register'>;

/** The stakeholder register: the power–interest grid, the engagement plans, and the way to change each entry. */
export function StakeholdersPage() {
  const text = useTranslations(stakeholdersMessages);
  const state = useQuery('stakeholders.register', {});
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={state} label={text.working}>
        {(data) => <RegisterView data={data} />}
      </QueryView>
    </>
  );
}

function RegisterView({ data }: { readonly data: Register }) {
  const text = useTranslations(stakeholdersMessages);
  const terms = useTranslations(stakeholderTerms);
  const format = useFormat();
  const { locale } = useLocale();
  const [place, placing] = useMutation('stakeholders.place');
  const asOf = today();
  const { stakeholders } = data;
  const closely = stakeholders.filter((entry) => entry.power >= 3 && entry.interest >= 3).length;
  const upcoming = stakeholders.flatMap((entry) =>
    entry.activities.filter((activity) => activity.date >= asOf),
  ).length;
  return (
    <>
      <p className="demo-lead demo-stakeholders-lead">
        {text.lead(format.integer(stakeholders.length), format.integer(closely))}{' '}
        {upcoming === 0 ? text.noneNext : text.next(format.integer(upcoming))}
      </p>
      <p>
        <Link to="/stakeholders/new" className="demo-stakeholders-button">
          {text.add}
        </Link>
      </p>
      {placing.status === 'error' && (
        <div className="demo-error" role="alert">
          <p>
            {text.moveFailed} {placing.error.message}
          </p>
          <IssueList issues={placing.error.issues} />
        </div>
      )}
      <StakeholderGrid
        title={text.gridTitle}
        description={text.gridDescription}
        stakeholders={stakeholders}
        people={data.people}
        asOf={asOf}
        onStakeholderChange={(moved) =>
          void place({
            id: moved.id,
            power: moved.power,
            interest: moved.interest,
            strategy: moved.strategy,
          })
        }
      />
      <h2>{text.registerHeading}</h2>
      <div className="demo-stakeholders-table-wrap">
        <table className="demo-stakeholders-table">
          <caption className="demo-stakeholders-visually-hidden">{text.registerCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.nameColumn}</th>
              <th scope="col">{text.categoryColumn}</th>
              <th scope="col" className="demo-stakeholders-numeric">
                {text.powerColumn}
              </th>
              <th scope="col" className="demo-stakeholders-numeric">
                {text.interestColumn}
              </th>
              <th scope="col">{text.strategyColumn}</th>
              <th scope="col">
                <span className="demo-stakeholders-visually-hidden">{text.changeColumn}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {stakeholders.map((entry) => {
              const name = resolveLocalizedText(entry.name, [locale]);
              return (
                <tr key={entry.id}>
                  <th scope="row" lang={name.lang}>
                    {name.text}
                  </th>
                  <td>{terms.category[entry.category]}</td>
                  <td className="demo-stakeholders-numeric">{format.integer(entry.power)}</td>
                  <td className="demo-stakeholders-numeric">{format.integer(entry.interest)}</td>
                  <td>{terms.strategy[entry.strategy]}</td>
                  <td>
                    <Link to={`/stakeholders/${encodeURIComponent(entry.id)}`}>
                      {text.change}
                      <span className="demo-stakeholders-visually-hidden" lang={name.lang}>
                        {' '}
                        {name.text}
                      </span>
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

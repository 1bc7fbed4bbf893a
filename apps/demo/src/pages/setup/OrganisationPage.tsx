import { OrganisationBrowser } from '@capkit/react/OrganisationBrowser';
import { Link } from '../../app/router.js';
import { useQuery } from '../../data/useWorkspace.js';
import { useFormat, useTranslations } from '../../i18n/LocaleContext.js';
import { QueryView } from '../../shared/QueryView.js';
import { organisationMessages } from './organisationMessages.js';
import './setup.css';
import { today } from './today.js';

/**
 * The organisation in OrganisationBrowser. The worker narrows it to today's memberships and the
 * names of those people; the widget shows only the selected unit's people, so no main-thread
 * task lays out all 4,000.
 */
export function OrganisationPage() {
  const text = useTranslations(organisationMessages);
  const format = useFormat();
  const asOf = today();
  const state = useQuery('setup.organisation', { asOf });
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={state} label={text.working}>
        {(data) => (
          <>
            <p className="demo-lead demo-setup-lead">
              {text.lead(
                format.integer(data.people),
                format.integer(data.units.length),
                format.integer(data.roles.length),
                format.integer(data.current),
              )}
            </p>
            <p className="demo-setup-text">{text.how}</p>
            <OrganisationBrowser
              units={data.units}
              roles={data.roles}
              memberships={data.memberships}
              personalData={data.personalData}
              frameworks={data.frameworks}
              asOf={asOf}
            />
          </>
        )}
      </QueryView>
      <p>
        <Link to="/setup">{text.back}</Link>
      </p>
    </>
  );
}

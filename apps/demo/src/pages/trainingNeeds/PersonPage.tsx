import { CompetencyProfile } from '@capkit/react/CompetencyProfile';
import type { PageProps } from '../../app/pageTypes.js';
import { Link } from '../../app/router.js';
import { useQuery } from '../../data/useWorkspace.js';
import type { QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { QueryView } from '../../shared/QueryView.js';
import { personMessages } from './personMessages.js';
import './trainingNeeds.css';

type Person = Extract<QueryResult<'trainingNeeds.person'>, { found: true }>;

/** One person's own profile: self-assessed scores against their role's required levels. */
export function PersonPage({ params }: PageProps) {
  const { locale } = useLocale();
  const text = useTranslations(personMessages);
  const state = useQuery('trainingNeeds.person', { locale, personId: params['personId'] ?? '' });
  return (
    <>
      <h1>
        {state.status === 'ready' && state.data.found
          ? `${text.title}: ${state.data.name}`
          : text.title}
      </h1>
      <QueryView state={state} label={text.working}>
        {(data) =>
          data.found ? (
            <div className="demo-trainingNeeds-widgets">
              <Profile data={data} />
            </div>
          ) : (
            <>
              <p className="demo-lead" role="alert">
                {text.noSuchPerson}
              </p>
              <p>
                <Link to="/training-needs/questionnaire">{text.questionnaireLink}</Link>
              </p>
            </>
          )
        }
      </QueryView>
    </>
  );
}

function Profile({ data }: { readonly data: Person }) {
  const text = useTranslations(personMessages);
  const format = useFormat();
  const compared = data.data.filter(
    (datum) => datum.score !== null && datum.requiredLevel !== undefined,
  );
  const gaps = compared
    .map((datum) => ({ datum, gap: (datum.requiredLevel ?? 0) - (datum.score ?? 0) }))
    .filter(({ gap }) => gap > 0)
    .sort((a, b) => b.gap - a.gap);
  const scored = format.integer(compared.length);
  return (
    <>
      {data.submittedAt === null ? (
        <p className="demo-lead" data-testid="tna-person-lead">
          {text.notAnswered(data.name)}
        </p>
      ) : (
        <p className="demo-lead" data-testid="tna-person-lead">
          {gaps.length === 0
            ? text.allMet(data.name, scored)
            : text.lead(
                data.name,
                format.integer(gaps.length),
                scored,
                gaps[0]?.datum.label ?? null,
              )}
        </p>
      )}
      {data.role !== null && data.unit !== null && <p>{text.post(data.role, data.unit.name)}</p>}
      {data.submittedAt !== null && (
        <>
          <p>{text.submitted(format.date(data.submittedAt))}</p>
          <CompetencyProfile
            title={text.profileTitle(data.name)}
            description={text.profileDescription(
              format.integer(data.ratingRange.min),
              format.integer(data.ratingRange.max),
            )}
            scale={data.scale}
            data={data.data}
          />
        </>
      )}
      {data.unit !== null && (
        <p>
          <Link to={`/training-needs/units/${encodeURIComponent(data.unit.id)}`}>
            {text.unitLink(data.unit.name)}
          </Link>
        </p>
      )}
    </>
  );
}

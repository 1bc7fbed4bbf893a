import { useEffect, useId, useRef } from 'react';
import { Link } from '../../app/router.js';
import { useMutation, useQuery } from '../../data/useWorkspace.js';
import type { QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { IssueList } from '../../shared/IssueList.js';
import { QueryView } from '../../shared/QueryView.js';
import { nextRoundMessages } from './nextRoundMessages.js';
import { MutationProgress } from './Round2Panel.js';
import './evaluation.css';

type Overview = QueryResult<'evaluation.overview'>;

/** Starting the next round: a new round in the programme and its scheduled campaign. */
export function NextRoundPage() {
  const { locale } = useLocale();
  const text = useTranslations(nextRoundMessages);
  const overview = useQuery('evaluation.overview', { locale });
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={overview}>{(data) => <NextRound data={data} />}</QueryView>
    </>
  );
}

function NextRound({ data }: { readonly data: Overview }) {
  const text = useTranslations(nextRoundMessages);
  const format = useFormat();
  const [start, state] = useMutation('evaluation.startNextRound');
  const hintId = useId();
  const lead = useRef<HTMLParagraphElement>(null);
  // The button goes once the round is started: focus moves to the sentence that says so.
  useEffect(() => {
    if (state.status === 'done') lead.current?.focus();
  }, [state.status]);
  const last = data.rounds[data.rounds.length - 1];
  const lastCampaign = last?.campaign ?? null;
  const next = format.integer(data.next.number);
  const scheduled =
    last !== undefined && last.number >= 3 && lastCampaign?.status === 'scheduled'
      ? lastCampaign
      : null;
  let sentence: string;
  if (scheduled !== null && last !== undefined)
    sentence = text.scheduled(
      format.integer(last.number),
      format.date(scheduled.opensAt),
      format.date(scheduled.closesAt),
    );
  else if (data.next.ready)
    sentence = text.ready(
      format.integer(data.next.lastRound),
      format.integer(lastCampaign?.selfAssessments ?? 0),
      next,
    );
  else sentence = text.notYet(format.integer(data.next.lastRound));
  return (
    <>
      <p className="demo-lead" ref={lead} tabIndex={-1} data-testid="evaluation-next-lead">
        {sentence}
      </p>
      {data.next.ready && (
        <>
          <p id={hintId}>{text.startHint(next)}</p>
          <button
            type="button"
            className="demo-button"
            aria-describedby={hintId}
            disabled={state.status === 'running'}
            onClick={() => void start({})}
          >
            {state.status === 'running' ? text.starting : text.start(next)}
          </button>
          <MutationProgress state={state} label={text.progress} />
        </>
      )}
      {state.status === 'error' && (
        <div role="alert" className="demo-error">
          <p>
            {text.failed} {state.error.message}
          </p>
          <IssueList issues={state.error.issues} />
        </div>
      )}
      {scheduled !== null && (
        <>
          <h2>{text.nextHeading}</h2>
          <p>{text.whatNext}</p>
          <p>
            <Link to="/training-needs">{text.toTrainingNeeds}</Link>
          </p>
        </>
      )}
      <h2>{text.roundsHeading}</h2>
      <ol className="demo-evaluation-rounds">
        {data.rounds.map((round) => (
          <li key={round.number}>
            {text.round(
              format.integer(round.number),
              round.title,
              format.date(round.startsOn),
              round.endsOn === null ? null : format.date(round.endsOn),
            )}
            {round.campaign !== null && (
              <>
                {' '}
                {text.campaign(
                  round.campaign.title,
                  text.status(round.campaign.status),
                  format.integer(round.campaign.selfAssessments),
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      <p>
        <Link to="/evaluation">{text.toEvaluation}</Link>
      </p>
    </>
  );
}

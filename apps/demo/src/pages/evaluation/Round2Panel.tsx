import { useEffect, useId, useRef } from 'react';
import { useMutation, type MutationState } from '../../data/useWorkspace.js';
import type { QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useTranslations } from '../../i18n/LocaleContext.js';
import { IssueList } from '../../shared/IssueList.js';
import { round2Messages } from './round2Messages.js';

type Overview = QueryResult<'evaluation.overview'>;

/** A mutation's progress bar, marked `demo-working` like the query views' own. */
export function MutationProgress<R>({
  state,
  label,
}: {
  readonly state: MutationState<R>;
  readonly label: string;
}) {
  const id = useId();
  const format = useFormat();
  if (state.status !== 'running') return null;
  const { progress } = state;
  const share =
    progress === undefined || progress.total === 0 ? undefined : progress.done / progress.total;
  return (
    <div className="demo-working" role="status">
      <p id={id}>{label}</p>
      <progress aria-labelledby={id} max={1} value={share} />
      {share !== undefined && <p className="demo-working__share">{format.percent(share)}</p>}
    </div>
  );
}

/**
 * Round 2's state and, until it is in, the action that collects it (a worker mutation: open the
 * campaign, record the simulated self-assessments and due follow-ups, close it).
 */
export function Round2Panel({
  overview,
  headingLevel = 2,
}: {
  readonly overview: Overview;
  readonly headingLevel?: 2 | 3;
}) {
  const text = useTranslations(round2Messages);
  const format = useFormat();
  const [collect, state] = useMutation('evaluation.collectSecondRound');
  const outcome = useRef<HTMLParagraphElement>(null);
  const hintId = useId();
  // The button goes once round 2 is in: focus moves to what happened rather than to the page top.
  useEffect(() => {
    if (state.status === 'done') outcome.current?.focus();
  }, [state.status]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const campaign = overview.round2Campaign;
  const round2 = overview.rounds.find((round) => round.number === 2)?.campaign ?? null;
  return (
    <section className="demo-evaluation-panel" aria-labelledby={`${hintId}-heading`}>
      <Heading id={`${hintId}-heading`}>{text.heading}</Heading>
      {state.status === 'done' ? (
        <p ref={outcome} tabIndex={-1} role="status" data-testid="evaluation-round2-done">
          {text.done(
            format.integer(state.result.responses),
            format.integer(state.result.followUps),
          )}
        </p>
      ) : overview.round2 === 'collected' && round2 !== null ? (
        <p data-testid="evaluation-round2-state" data-state="collected">
          {text.collected(
            format.integer(round2.selfAssessments),
            format.integer(overview.followUps),
            format.date(round2.closesAt),
          )}
        </p>
      ) : overview.round2 === 'ready' && campaign !== null ? (
        <>
          <p id={hintId} data-testid="evaluation-round2-state" data-state="notCollected">
            {text.notCollected(format.date(campaign.opensAt), format.date(campaign.closesAt))}
          </p>
          <button
            type="button"
            className="demo-button"
            aria-describedby={hintId}
            disabled={state.status === 'running'}
            onClick={() => void collect({})}
          >
            {state.status === 'running' ? text.collecting : text.collect}
          </button>
          <MutationProgress state={state} label={text.progress} />
        </>
      ) : (
        <p>{text.cannot}</p>
      )}
      <p className="demo-evaluation-note">{text.simulated}</p>
      {state.status === 'error' && (
        <div role="alert" className="demo-error">
          <p>
            {text.failed} {state.error.message}
          </p>
          <IssueList issues={state.error.issues} />
        </div>
      )}
    </section>
  );
}

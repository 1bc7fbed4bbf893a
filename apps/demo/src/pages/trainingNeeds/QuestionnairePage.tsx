import type { Answer } from '@capkit/model';
import {
  AssessmentForm,
  indexedDbDraftStorage,
  type AssessmentFormSubmission,
} from '@capkit/react/AssessmentForm';
import { resolveLocalizedText } from '@capkit/model/text';
import { useState } from 'react';
import { Link } from '../../app/router.js';
import { useMutation, useQuery } from '../../data/useWorkspace.js';
import type { MutationResult, QueryResult, WorkspaceError } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { IssueList } from '../../shared/IssueList.js';
import { QueryView } from '../../shared/QueryView.js';
import { formMessages, questionnaireMessages } from './questionnaireMessages.js';
import './trainingNeeds.css';

type Respondent = QueryResult<'trainingNeeds.respondent'>;
type Submitted = MutationResult<'trainingNeeds.submit'> & { readonly name: string };

// Drafts survive a reload: kept in the browser's IndexedDB, apart from the workspace.
const storage = indexedDbDraftStorage('capkit-demo-drafts');

/** Answered means a value given: a skipped (blank) question is not an answer. */
export function tally(answers: readonly Answer[]) {
  let answered = 0;
  let notApplicable = 0;
  for (const answer of answers) {
    if (answer.kind === 'notApplicable') notApplicable += 1;
    else if (
      answer.kind === 'rating'
        ? answer.value !== null
        : answer.importance !== null && answer.performance !== null
    )
      answered += 1;
  }
  return { answered, notApplicable, total: answers.length };
}

/** The round-1 questionnaire, answered as one named member of staff who has not answered yet. */
export function QuestionnairePage() {
  const { locale } = useLocale();
  const text = useTranslations(questionnaireMessages);
  const state = useQuery('trainingNeeds.respondent', { locale });
  const [done, setDone] = useState<Submitted | null>(null);
  return (
    <>
      <h1>{text.title}</h1>
      {done === null ? (
        <QueryView state={state} label={text.loading}>
          {(data) => <Questionnaire data={data} onDone={setDone} />}
        </QueryView>
      ) : (
        <Confirmation done={done} />
      )}
    </>
  );
}

function Questionnaire({
  data,
  onDone,
}: {
  readonly data: Respondent;
  readonly onDone: (done: Submitted) => void;
}) {
  const text = useTranslations(questionnaireMessages);
  const format = useFormat();
  const formText = useTranslations(formMessages);
  const [review, setReview] = useState<AssessmentFormSubmission | null>(null);
  const [submit, submitState] = useMutation('trainingNeeds.submit');
  const { person, campaign } = data;
  if (campaign.status !== 'open') return <p className="demo-lead">{text.closed(campaign.title)}</p>;
  if (person === null) return <p className="demo-lead">{text.nobody}</p>;
  const draftKey = `${campaign.id}:${person.id}`;
  return (
    <>
      <p className="demo-lead">
        {text.lead(person.name, person.role, person.unit, campaign.title)}
      </p>
      <p data-testid="tna-counted" data-count={data.selfAssessments}>
        {text.counted(format.integer(data.selfAssessments))}
      </p>
      {review === null ? (
        <AssessmentForm
          instrument={data.instrument}
          storage={storage}
          draftKey={draftKey}
          messages={formText}
          onSubmit={(submission) => {
            // The form stays busy while the check-your-answers step shows instead of it; the
            // draft stays stored until the answers are.
            setReview(submission);
            return new Promise<void>(() => undefined);
          }}
        />
      ) : (
        <CheckAnswers
          data={data}
          submission={review}
          busy={submitState.status === 'running'}
          error={submitState.status === 'error' ? submitState.error : null}
          onChange={() => setReview(null)}
          onSend={async () => {
            const result = await submit({
              campaignId: campaign.id,
              respondentId: person.id,
              startedAt: review.startedAt,
              answers: review.answers,
            });
            if (result === undefined) return;
            await storage.clear(draftKey).catch(() => undefined);
            onDone({ ...result, name: person.name });
          }}
        />
      )}
    </>
  );
}

function CheckAnswers({
  data,
  submission,
  busy,
  error,
  onChange,
  onSend,
}: {
  readonly data: Respondent;
  readonly submission: AssessmentFormSubmission;
  readonly busy: boolean;
  readonly error: WorkspaceError | null;
  readonly onChange: () => void;
  readonly onSend: () => Promise<void>;
}) {
  const text = useTranslations(questionnaireMessages);
  const format = useFormat();
  const { locale } = useLocale();
  const counts = tally(submission.answers);
  const prompts = new Map(
    data.instrument.items.map((item) => [
      item.id,
      resolveLocalizedText(item.prompt, [locale]).text,
    ]),
  );
  const value = (v: number | null) => (v === null ? text.notAnswered : format.integer(v));
  return (
    <section aria-labelledby="demo-trainingNeeds-check" className="demo-trainingNeeds-check">
      <h2 id="demo-trainingNeeds-check" tabIndex={-1} ref={(node) => node?.focus()}>
        {text.checkHeading}
      </h2>
      <p data-testid="tna-check-lead">
        {text.checkLead(
          format.integer(counts.answered),
          format.integer(counts.total),
          format.integer(counts.notApplicable),
        )}
      </p>
      <dl className="demo-trainingNeeds-answers">
        {submission.answers.map((answer, index) => (
          <div key={answer.itemId}>
            <dt>
              {format.integer(index + 1)}. {prompts.get(answer.itemId) ?? answer.itemId}
            </dt>
            <dd>
              {answer.kind === 'notApplicable'
                ? text.notApplicable
                : answer.kind === 'rating'
                  ? value(answer.value)
                  : answer.importance === null && answer.performance === null
                    ? text.notAnswered
                    : `${text.importance}: ${value(answer.importance)} · ${text.performance}: ${value(answer.performance)}`}
            </dd>
          </div>
        ))}
      </dl>
      {error !== null && (
        <div role="alert" className="demo-error">
          <p>
            {text.failed} {error.message}
          </p>
          <IssueList issues={error.issues} />
        </div>
      )}
      <div className="demo-trainingNeeds-actions">
        <button type="button" onClick={onChange} disabled={busy}>
          {text.change}
        </button>
        <button type="button" onClick={() => void onSend()} disabled={busy}>
          {busy ? text.sending : text.send}
        </button>
      </div>
    </section>
  );
}

function Confirmation({ done }: { readonly done: Submitted }) {
  const text = useTranslations(questionnaireMessages);
  const format = useFormat();
  return (
    <section aria-labelledby="demo-trainingNeeds-done" data-testid="tna-confirmation">
      <h2 id="demo-trainingNeeds-done" tabIndex={-1} ref={(node) => node?.focus()}>
        {text.doneHeading}
      </h2>
      <p className="demo-lead">
        {text.answeredOf(format.integer(done.answered), format.integer(done.total))}
        {done.notApplicable > 0 &&
          ` ${text.notApplicableCount(format.integer(done.notApplicable))}`}
      </p>
      <p data-testid="tna-now-count" data-count={done.selfAssessments}>
        {text.nowCount(format.integer(done.selfAssessments))}
      </p>
      <ul className="demo-trainingNeeds-links">
        <li>
          <Link to={`/training-needs/people/${encodeURIComponent(done.personId)}`}>
            {text.profileLink(done.name)}
          </Link>
        </li>
        <li>
          <Link to="/training-needs/results">{text.resultsLink}</Link>
        </li>
      </ul>
    </section>
  );
}

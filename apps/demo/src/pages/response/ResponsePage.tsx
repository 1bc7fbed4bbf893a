import { BudgetSummary } from '@capkit/react/BudgetSummary';
import { PlanExplanation } from '@capkit/react/PlanExplanation';
import { PlanTimeline } from '@capkit/react/PlanTimeline';
import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useMutation, useQuery } from '../../data/useWorkspace.js';
import type { QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { IssueList } from '../../shared/IssueList.js';
import { QueryView } from '../../shared/QueryView.js';
import { responseMessages, type LeftOutReasonKey } from './responseMessages.js';
import {
  budgetSummaryMessages,
  planExplanationMessages,
  planTimelineMessages,
} from './responseWidgetMessages.js';
import './response.css';

type Defaults = QueryResult<'response.defaults'>;
type Plan = QueryResult<'response.plan'>;
type Choice = 'planner' | 'keep' | 'leave';

interface Settings {
  readonly budget: number;
  readonly choices: Readonly<Record<string, Choice>>;
}

const keptIn = (settings: Settings) =>
  Object.keys(settings.choices).filter((id) => settings.choices[id] === 'keep');
const leftOut = (settings: Settings) =>
  Object.keys(settings.choices).filter((id) => settings.choices[id] === 'leave');

// Eastern Arabic and Persian digits typed on an Arabic keyboard read as the same figures.
const westernDigits = (text: string) =>
  text.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (digit) =>
    String((digit.codePointAt(0) as number) % 16),
  );

/** The budget typed, as a whole amount, or why it is not one. */
export function parseBudget(
  typed: string,
  most: number,
): { ok: true; value: number } | { ok: false; error: 'missing' | 'notWhole' | 'tooLarge' } {
  // Group separators of the three locales (comma, point, spaces, the Arabic thousands sign).
  const compact = westernDigits(typed).replace(/[\s,.'’\u00a0\u202f\u066c]/gu, '');
  if (compact === '') return { ok: false, error: 'missing' };
  if (!/^\d+$/u.test(compact)) return { ok: false, error: 'notWhole' };
  const value = Number(compact);
  if (value > most) return { ok: false, error: 'tooLarge' };
  return { ok: true, value };
}

/** Step 4 of the cycle: a capacity-development plan within a budget, explained, adjusted and saved. */
export function ResponsePage() {
  const { locale } = useLocale();
  const text = useTranslations(responseMessages);
  const defaults = useQuery('response.defaults', { locale });
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={defaults} label={text.preparing}>
        {(data) => <Planner defaults={data} />}
      </QueryView>
      <SavedPlans />
    </>
  );
}

function Planner({ defaults }: { readonly defaults: Defaults }) {
  const { locale } = useLocale();
  const text = useTranslations(responseMessages);
  const format = useFormat();
  const [settings, setSettings] = useState<Settings>({ budget: defaults.budget, choices: {} });
  const [typed, setTyped] = useState(String(defaults.budget));
  const [draftChoices, setDraftChoices] = useState<Record<string, Choice>>({});
  const [error, setError] = useState<string | null>(null);
  const budgetRef = useRef<HTMLInputElement>(null);
  const ids = useId();
  const args = {
    budget: settings.budget,
    keptIn: keptIn(settings),
    leftOut: leftOut(settings),
    locale,
  };
  const plan = useQuery('response.plan', args);
  const [save, saving] = useMutation('response.savePlan');

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseBudget(typed, defaults.maxBudget);
    if (!parsed.ok) {
      setError(
        parsed.error === 'missing'
          ? text.budgetMissing
          : parsed.error === 'notWhole'
            ? text.budgetNotWhole
            : text.budgetTooLarge(format.integer(defaults.maxBudget)),
      );
      budgetRef.current?.focus();
      return;
    }
    setError(null);
    setSettings({ budget: parsed.value, choices: { ...draftChoices } });
  };

  const hintId = `${ids}-hint`;
  const errorId = `${ids}-error`;
  return (
    <>
      <QueryView state={plan} label={text.planning}>
        {(data, refreshing) => <PlanLead data={data} refreshing={refreshing} />}
      </QueryView>
      <form className="demo-response-form" onSubmit={submit} noValidate>
        <h2>{text.formHeading}</h2>
        <div
          className={`demo-response-field${error === null ? '' : ' demo-response-field--error'}`}
        >
          <label htmlFor={`${ids}-budget`}>{text.budgetLabel(defaults.currency)}</label>
          <p id={hintId} className="demo-response-hint">
            {text.budgetHint(
              defaults.referenceTitle,
              format.money(defaults.budget, defaults.currency),
            )}
          </p>
          {error !== null && (
            <p id={errorId} className="demo-response-error">
              <span className="demo-response-visually-hidden">{text.errorPrefix} </span>
              {error}
            </p>
          )}
          <input
            ref={budgetRef}
            id={`${ids}-budget`}
            name="budget"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            dir="ltr"
            value={typed}
            aria-describedby={error === null ? hintId : `${hintId} ${errorId}`}
            aria-invalid={error === null ? undefined : true}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <fieldset className="demo-response-choices">
          <legend>{text.choicesLegend}</legend>
          <p className="demo-response-hint">{text.choicesHint}</p>
          <ul>
            {defaults.catalogue.map((offering) => (
              <li key={offering.id}>
                <label htmlFor={`${ids}-${offering.id}`}>{offering.name}</label>
                <select
                  id={`${ids}-${offering.id}`}
                  data-intervention={offering.id}
                  value={draftChoices[offering.id] ?? 'planner'}
                  onChange={(event) =>
                    setDraftChoices((previous) => ({
                      ...previous,
                      [offering.id]: event.target.value as Choice,
                    }))
                  }
                >
                  <option value="planner">{text.choice.planner}</option>
                  <option value="keep">{text.choice.keep}</option>
                  <option value="leave">{text.choice.leave}</option>
                </select>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="demo-button">
          {text.replan}
        </button>
      </form>
      {/* One progress bar per query: the details appear with the sentence above. */}
      {plan.status === 'ready' && <PlanDetails data={plan.data} />}
      <section className="demo-response-save" aria-labelledby={`${ids}-save`}>
        <h2 id={`${ids}-save`}>{text.saveHeading}</h2>
        <p>{text.saveHint}</p>
        <button
          type="button"
          className="demo-button"
          disabled={saving.status === 'running' || plan.status !== 'ready'}
          onClick={() => void save(args)}
        >
          {text.save}
        </button>
        <div role="status" className="demo-response-status">
          {saving.status === 'running' && <p>{text.saving}</p>}
          {saving.status === 'done' && <p>{text.saved(saving.result.title)}</p>}
        </div>
        {saving.status === 'error' && (
          <div role="alert" className="demo-error">
            <p>
              {text.saveFailed} {saving.error.message}
            </p>
            <IssueList issues={saving.error.issues} />
          </div>
        )}
      </section>
    </>
  );
}

/** The sentence a programme director acts on, from the plan's own figures. */
function PlanLead({ data, refreshing }: { readonly data: Plan; readonly refreshing: boolean }) {
  const text = useTranslations(responseMessages);
  const format = useFormat();
  const share =
    data.totals.gapPoints === 0 ? 0 : data.totals.gapPointsClosed / data.totals.gapPoints;
  // The two worth telling first (the worker sorts them: the visitor's own choices, then money);
  // "no one needs it" only when nothing else is left out.
  const telling = data.leftOut.filter((entry) => entry.reason !== 'noNeed');
  const shown = (telling.length > 0 ? telling : data.leftOut).slice(0, 2);
  const name = (id: string) => data.names.interventions[id] ?? id;
  const reason = (key: string) => text.reasons[key as LeftOutReasonKey];
  const [a, b] = shown;
  return (
    <p className="demo-lead demo-response-lead" aria-busy={refreshing}>
      {text.lead(
        format.money(data.budget, data.currency),
        format.integer(data.totals.places),
        format.integer(data.totals.interventions),
        format.percent(share),
      )}{' '}
      {a === undefined
        ? text.nothingLeftOut
        : b === undefined
          ? text.leftOutOne(name(a.interventionId), reason(a.reason))
          : text.leftOutTwo(
              name(a.interventionId),
              reason(a.reason),
              name(b.interventionId),
              reason(b.reason),
            )}
    </p>
  );
}

function PlanDetails({ data }: { readonly data: Plan }) {
  const text = useTranslations(responseMessages);
  const explanationMessages = useTranslations(planExplanationMessages);
  const timelineMessages = useTranslations(planTimelineMessages);
  const budgetMessages = useTranslations(budgetSummaryMessages);
  const format = useFormat();
  const name = (id: string) => data.names.interventions[id] ?? id;
  const gap = Number.isFinite(data.plan.gap) ? format.percent(data.plan.gap) : '—';
  return (
    <>
      <p>{text.method(data.plan.method === 'highs' ? text.exact : text.greedy, gap)}</p>
      {(data.keptIn.length > 0 || data.keptInNotRun.length > 0) && (
        <section aria-labelledby="demo-response-kept">
          <h2 id="demo-response-kept">{text.keptInHeading}</h2>
          <p>{text.keptInIntro}</p>
          {data.keptIn.length > 0 && (
            <div className="demo-response-table">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{text.keptInColumns.name}</th>
                    <th scope="col">{text.keptInColumns.runs}</th>
                    <th scope="col">{text.keptInColumns.places}</th>
                    <th scope="col">{text.keptInColumns.cost}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.keptIn.map((entry) => (
                    <tr key={entry.interventionId}>
                      <th scope="row">{name(entry.interventionId)}</th>
                      <td>{format.integer(entry.runs)}</td>
                      <td>{format.integer(entry.places)}</td>
                      <td>{format.money(entry.cost, data.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.keptInNotRun.map((entry) => (
            <p key={entry.interventionId}>
              {text.keptInNotRun(name(entry.interventionId), text.reasons[entry.reason])}
            </p>
          ))}
        </section>
      )}
      <PlanExplanation
        title={text.explanationTitle}
        description={text.explanationDescription(
          format.integer(data.needGroups),
          data.campaignTitle,
        )}
        plan={data.plan}
        explanation={data.explanation}
        names={data.names}
        currency={data.currency}
        messages={explanationMessages}
      />
      <section aria-labelledby="demo-response-left-out">
        <h2 id="demo-response-left-out">{text.leftOutHeading}</h2>
        <ul className="demo-response-left-out">
          {data.leftOut.map((entry) => (
            <li key={entry.interventionId} data-reason={entry.reason}>
              <strong>{name(entry.interventionId)}</strong>: {text.reasons[entry.reason]}
            </li>
          ))}
        </ul>
      </section>
      <PlanTimeline
        title={text.timelineTitle}
        interventions={data.proposal.interventions}
        asOf={data.asOf}
        messages={timelineMessages}
      />
      <BudgetSummary
        title={text.budgetTitle}
        description={text.budgetDescription}
        burnDown={data.burnDown}
        plan={data.proposal}
        explanation={data.explanation}
        asOf={data.asOf}
        messages={budgetMessages}
      />
    </>
  );
}

function SavedPlans() {
  const { locale } = useLocale();
  const text = useTranslations(responseMessages);
  const format = useFormat();
  const plans = useQuery('response.savedPlans', { locale });
  return (
    <section aria-labelledby="demo-response-saved">
      <h2 id="demo-response-saved">{text.savedHeading}</h2>
      {plans.status === 'error' && (
        <p className="demo-error" role="alert">
          {plans.error.message}
        </p>
      )}
      {plans.status === 'ready' && (
        <ul className="demo-response-saved">
          {plans.data.map((plan) => (
            <li key={plan.id} data-plan={plan.id}>
              <strong>{plan.title}</strong>:{' '}
              {text.savedLine(
                format.integer(plan.interventions),
                format.money(plan.cost, plan.currency),
                format.money(plan.budget, plan.currency),
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import type { Stakeholder } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import { useState, type SyntheticEvent } from 'react';
import { useMutation } from '../../data/useWorkspace.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { ErrorSummary, workerProblems, type FormProblem } from './ErrorSummary.js';
import { stakeholderFormMessages } from './stakeholderFormMessages.js';
import { activityKinds, stakeholderTerms } from './stakeholderTerms.js';

type ActivityKind = (typeof activityKinds)[number];

const field = {
  kind: 'demo-activity-kind',
  date: 'demo-activity-date',
  summary: 'demo-activity-summary',
} as const;

/** A real calendar day written `YYYY-MM-DD` (not 2026-02-30). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/**
 * A stakeholder's engagement plan, as the model holds it: dated activities of a kind, each with
 * a summary. Listed by date, each removable; a form adds one.
 */
export function EngagementPlan({ stakeholder }: { readonly stakeholder: Stakeholder }) {
  const text = useTranslations(stakeholderFormMessages);
  const terms = useTranslations(stakeholderTerms);
  const format = useFormat();
  const { locale } = useLocale();
  const [removeActivity, removing] = useMutation('stakeholders.removeActivity');
  const name = resolveLocalizedText(stakeholder.name, [locale]).text;
  return (
    <section className="demo-stakeholders-plan" aria-labelledby="demo-stakeholder-plan">
      <h2 id="demo-stakeholder-plan">{text.planHeading}</h2>
      {stakeholder.activities.length === 0 ? (
        <p>{text.planEmpty}</p>
      ) : (
        <div className="demo-stakeholders-table-wrap">
          <table className="demo-stakeholders-table">
            <caption className="demo-stakeholders-visually-hidden">
              {text.planCaption(name)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{text.dateColumn}</th>
                <th scope="col">{text.kindColumn}</th>
                <th scope="col">{text.summaryColumn}</th>
                <th scope="col">
                  <span className="demo-stakeholders-visually-hidden">{text.cancel}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {stakeholder.activities.map((activity) => {
                const summary = resolveLocalizedText(activity.summary, [locale]);
                return (
                  <tr key={activity.id}>
                    <td>
                      <time dateTime={activity.date}>{format.date(activity.date)}</time>
                    </td>
                    <td>{terms.activityKind[activity.kind]}</td>
                    <td lang={summary.lang}>{summary.text}</td>
                    <td>
                      <button
                        type="button"
                        className="demo-stakeholders-link-button"
                        disabled={removing.status === 'running'}
                        onClick={() =>
                          void removeActivity({
                            stakeholderId: stakeholder.id,
                            activityId: activity.id,
                          })
                        }
                      >
                        {text.removeActivity(summary.text)}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {removing.status === 'error' && (
        <p className="demo-stakeholders-error" role="alert">
          {removing.error.message}
        </p>
      )}
      <AddActivity stakeholderId={stakeholder.id} />
    </section>
  );
}

function AddActivity({ stakeholderId }: { readonly stakeholderId: string }) {
  const text = useTranslations(stakeholderFormMessages);
  const terms = useTranslations(stakeholderTerms);
  const { locale } = useLocale();
  const [kind, setKind] = useState<ActivityKind>('meeting');
  const [date, setDate] = useState('');
  const [summary, setSummary] = useState('');
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [add, adding] = useMutation('stakeholders.addActivity');
  const errorOf = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    setAttempt((value) => value + 1);
    const found: FormProblem[] = [];
    if (!isCalendarDay(date.trim())) found.push({ fieldId: field.date, message: text.dateInvalid });
    if (summary.trim() === '') found.push({ fieldId: field.summary, message: text.summaryMissing });
    setProblems(found);
    if (found.length > 0) return;
    const done = await add({
      stakeholderId,
      kind,
      date: date.trim(),
      summary: summary.trim(),
      locale,
    });
    if (done !== undefined) {
      setDate('');
      setSummary('');
    }
  }

  const shown =
    adding.status === 'error' ? [...problems, ...workerProblems(adding.error, field)] : problems;
  const input = (id: (typeof field)['date' | 'summary'], label: string, hint?: string) => {
    const error = errorOf(id);
    const value = id === field.date ? date : summary;
    const describedBy = [
      hint === undefined ? '' : `${id}-hint`,
      error === undefined ? '' : `${id}-error`,
    ]
      .filter(Boolean)
      .join(' ');
    return (
      <div
        className={`demo-stakeholders-field${error === undefined ? '' : ' demo-stakeholders-field--error'}`}
      >
        <label className="demo-stakeholders-label" htmlFor={id}>
          {label}
        </label>
        {hint !== undefined && (
          <p className="demo-stakeholders-hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {error !== undefined && (
          <p className="demo-stakeholders-error" id={`${id}-error`}>
            {error}
          </p>
        )}
        <input
          id={id}
          type="text"
          className={`demo-stakeholders-input${id === field.date ? ' demo-stakeholders-input--date' : ''}`}
          inputMode={id === field.date ? 'numeric' : undefined}
          dir={id === field.date ? 'ltr' : undefined}
          value={value}
          aria-invalid={error === undefined ? undefined : true}
          aria-describedby={describedBy === '' ? undefined : describedBy}
          onChange={(event) =>
            id === field.date
              ? setDate(event.currentTarget.value)
              : setSummary(event.currentTarget.value)
          }
        />
      </div>
    );
  };

  return (
    <form className="demo-stakeholders-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <h3>{text.addActivityHeading}</h3>
      <ErrorSummary title={text.problemTitle} problems={shown} focusKey={attempt} />
      <div className="demo-stakeholders-field">
        <label className="demo-stakeholders-label" htmlFor={field.kind}>
          {text.kindLabel}
        </label>
        <select
          id={field.kind}
          className="demo-stakeholders-select"
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as ActivityKind)}
        >
          {activityKinds.map((value) => (
            <option key={value} value={value}>
              {terms.activityKind[value]}
            </option>
          ))}
        </select>
      </div>
      {input(field.date, text.dateLabel, text.dateHint)}
      {input(field.summary, text.summaryLabel)}
      <button
        type="submit"
        className="demo-stakeholders-button demo-stakeholders-button--secondary"
        disabled={adding.status === 'running'}
      >
        {adding.status === 'running' ? text.saving : text.addActivity}
      </button>
    </form>
  );
}

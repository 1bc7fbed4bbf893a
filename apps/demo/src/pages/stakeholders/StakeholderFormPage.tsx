import type { Stakeholder } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import { useState, type SyntheticEvent } from 'react';
import type { PageProps } from '../../app/pageTypes.js';
import { Link, navigate } from '../../app/router.js';
import { useMutation, useQuery } from '../../data/useWorkspace.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { QueryView } from '../../shared/QueryView.js';
import { ErrorSummary, workerProblems, type FormProblem } from './ErrorSummary.js';
import { EngagementPlan } from './EngagementPlan.js';
import { stakeholderFormMessages } from './stakeholderFormMessages.js';
import { attitudes, categories, stakeholderTerms, strategies } from './stakeholderTerms.js';
import './stakeholders.css';

type Category = (typeof categories)[number];
type Attitude = (typeof attitudes)[number];
type Strategy = (typeof strategies)[number];

// Mendelow's grid as the model's `suggestedEngagementStrategy` reads it (3 counts as high); kept
// here so that the form's chunk does not load the model's schemas for four lines.
function suggestedStrategy(power: number, interest: number): Strategy {
  if (power >= 3) return interest >= 3 ? 'manageClosely' : 'keepSatisfied';
  return interest >= 3 ? 'keepInformed' : 'monitor';
}

interface Draft {
  readonly name: string;
  readonly category: Category;
  readonly power: number | null;
  readonly interest: number | null;
  readonly attitude: Attitude;
  /** `''`: the grid's suggestion. */
  readonly strategy: Strategy | '';
}

const field = {
  name: 'demo-stakeholder-name',
  category: 'demo-stakeholder-category',
  power: 'demo-stakeholder-power-1',
  interest: 'demo-stakeholder-interest-1',
  attitude: 'demo-stakeholder-attitude',
  strategy: 'demo-stakeholder-strategy',
} as const;

/** Adds a stakeholder (`/stakeholders/new`) or changes one and its engagement plan (`/stakeholders/:id`). */
export function StakeholderFormPage({ params }: PageProps) {
  const text = useTranslations(stakeholderFormMessages);
  const id = params['id'];
  if (id === undefined) {
    return (
      <>
        <h1>{text.addTitle}</h1>
        <p className="demo-lead demo-stakeholders-lead">{text.addLead}</p>
        <StakeholderForm stakeholder={undefined} />
        <p>
          <Link to="/stakeholders">{text.back}</Link>
        </p>
      </>
    );
  }
  return <EditStakeholder id={id} />;
}

function EditStakeholder({ id }: { readonly id: string }) {
  const text = useTranslations(stakeholderFormMessages);
  const terms = useTranslations(stakeholderTerms);
  const format = useFormat();
  const { locale } = useLocale();
  const state = useQuery('stakeholders.stakeholder', { id });
  return (
    <>
      <h1>{text.editTitle}</h1>
      <QueryView state={state} label={text.working}>
        {(stakeholder) => (
          <>
            <p className="demo-lead demo-stakeholders-lead">
              {text.editLead(
                resolveLocalizedText(stakeholder.name, [locale]).text,
                format.integer(stakeholder.activities.length),
                terms.strategy[stakeholder.strategy] ?? stakeholder.strategy,
              )}
            </p>
            <StakeholderForm key={stakeholder.id} stakeholder={stakeholder} />
            <EngagementPlan stakeholder={stakeholder} />
            <RemoveStakeholder stakeholder={stakeholder} />
          </>
        )}
      </QueryView>
      <p>
        <Link to="/stakeholders">{text.back}</Link>
      </p>
    </>
  );
}

function StakeholderForm({ stakeholder }: { readonly stakeholder: Stakeholder | undefined }) {
  const text = useTranslations(stakeholderFormMessages);
  const terms = useTranslations(stakeholderTerms);
  const { locale } = useLocale();
  const format = useFormat();
  const [draft, setDraft] = useState<Draft>(() => ({
    name: stakeholder === undefined ? '' : resolveLocalizedText(stakeholder.name, [locale]).text,
    category: stakeholder?.category ?? 'government',
    power: stakeholder?.power ?? null,
    interest: stakeholder?.interest ?? null,
    attitude: stakeholder?.attitude ?? 'neutral',
    strategy:
      stakeholder === undefined ||
      stakeholder.strategy === suggestedStrategy(stakeholder.power, stakeholder.interest)
        ? ''
        : stakeholder.strategy,
  }));
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [add, adding] = useMutation('stakeholders.add');
  const [update, updating] = useMutation('stakeholders.update');
  const running = adding.status === 'running' || updating.status === 'running';
  const set = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));
  const errorOf = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    setAttempt((value) => value + 1);
    const name = draft.name.trim();
    const found: FormProblem[] = [];
    if (name === '') found.push({ fieldId: field.name, message: text.nameMissing });
    else if (name.length > 200) found.push({ fieldId: field.name, message: text.nameTooLong });
    if (draft.power === null) found.push({ fieldId: field.power, message: text.powerMissing });
    if (draft.interest === null)
      found.push({ fieldId: field.interest, message: text.interestMissing });
    setProblems(found);
    if (found.length > 0 || draft.power === null || draft.interest === null) return;
    const args = {
      name,
      category: draft.category,
      power: draft.power,
      interest: draft.interest,
      attitude: draft.attitude,
      locale,
      ...(draft.strategy === '' ? {} : { strategy: draft.strategy }),
    };
    const saved =
      stakeholder === undefined ? await add(args) : await update({ id: stakeholder.id, ...args });
    if (saved !== undefined) navigate('/stakeholders');
  }

  const failed =
    adding.status === 'error'
      ? adding.error
      : updating.status === 'error'
        ? updating.error
        : undefined;
  const shown = failed === undefined ? problems : [...problems, ...workerProblems(failed, field)];
  const suggestion =
    draft.power === null || draft.interest === null
      ? undefined
      : suggestedStrategy(draft.power, draft.interest);

  const rating = (which: 'power' | 'interest') => {
    const error = errorOf(field[which]);
    const legendId = `demo-stakeholder-${which}-legend`;
    return (
      <div
        className={`demo-stakeholders-field${error === undefined ? '' : ' demo-stakeholders-field--error'}`}
      >
        <fieldset
          className="demo-stakeholders-fieldset"
          aria-describedby={`demo-stakeholder-${which}-hint${error === undefined ? '' : ` demo-stakeholder-${which}-error`}`}
        >
          <legend id={legendId} className="demo-stakeholders-label">
            {which === 'power' ? text.powerLegend : text.interestLegend}
          </legend>
          <p className="demo-stakeholders-hint" id={`demo-stakeholder-${which}-hint`}>
            {text.ratingHint}
          </p>
          {error !== undefined && (
            <p className="demo-stakeholders-error" id={`demo-stakeholder-${which}-error`}>
              {error}
            </p>
          )}
          <div className="demo-stakeholders-ratings">
            {[1, 2, 3, 4, 5].map((value) => (
              <div key={value} className="demo-stakeholders-rating">
                <input
                  id={`demo-stakeholder-${which}-${value}`}
                  type="radio"
                  name={`demo-stakeholder-${which}`}
                  value={value}
                  checked={draft[which] === value}
                  onChange={() => set({ [which]: value })}
                />
                <label htmlFor={`demo-stakeholder-${which}-${value}`}>
                  {format.integer(value)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    );
  };

  const nameError = errorOf(field.name);
  return (
    <form className="demo-stakeholders-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary title={text.problemTitle} problems={shown} focusKey={attempt} />
      <div
        className={`demo-stakeholders-field${nameError === undefined ? '' : ' demo-stakeholders-field--error'}`}
      >
        <label className="demo-stakeholders-label" htmlFor={field.name}>
          {text.nameLabel}
        </label>
        <p className="demo-stakeholders-hint" id={`${field.name}-hint`}>
          {text.nameHint}
        </p>
        {nameError !== undefined && (
          <p className="demo-stakeholders-error" id={`${field.name}-error`}>
            {nameError}
          </p>
        )}
        <input
          id={field.name}
          className="demo-stakeholders-input"
          type="text"
          autoComplete="organization"
          value={draft.name}
          aria-invalid={nameError === undefined ? undefined : true}
          aria-describedby={`${field.name}-hint${nameError === undefined ? '' : ` ${field.name}-error`}`}
          onChange={(event) => set({ name: event.currentTarget.value })}
        />
      </div>
      <div className="demo-stakeholders-field">
        <label className="demo-stakeholders-label" htmlFor={field.category}>
          {text.categoryLabel}
        </label>
        <select
          id={field.category}
          className="demo-stakeholders-select"
          value={draft.category}
          onChange={(event) => set({ category: event.currentTarget.value as Category })}
        >
          {categories.map((value) => (
            <option key={value} value={value}>
              {terms.category[value]}
            </option>
          ))}
        </select>
      </div>
      {rating('power')}
      {rating('interest')}
      <div className="demo-stakeholders-field">
        <label className="demo-stakeholders-label" htmlFor={field.attitude}>
          {text.attitudeLabel}
        </label>
        <select
          id={field.attitude}
          className="demo-stakeholders-select"
          value={draft.attitude}
          onChange={(event) => set({ attitude: event.currentTarget.value as Attitude })}
        >
          {attitudes.map((value) => (
            <option key={value} value={value}>
              {terms.attitude[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="demo-stakeholders-field">
        <label className="demo-stakeholders-label" htmlFor={field.strategy}>
          {text.strategyLabel}
        </label>
        <p className="demo-stakeholders-hint" id={`${field.strategy}-hint`}>
          {text.strategyHint}
        </p>
        <select
          id={field.strategy}
          className="demo-stakeholders-select"
          aria-describedby={`${field.strategy}-hint`}
          value={draft.strategy}
          onChange={(event) => set({ strategy: event.currentTarget.value as Strategy | '' })}
        >
          <option value="">
            {text.suggested(suggestion === undefined ? '…' : (terms.strategy[suggestion] ?? ''))}
          </option>
          {strategies.map((value) => (
            <option key={value} value={value}>
              {terms.strategy[value]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="demo-stakeholders-button" disabled={running}>
        {running ? text.saving : stakeholder === undefined ? text.saveNew : text.saveChanges}
      </button>
    </form>
  );
}

function RemoveStakeholder({ stakeholder }: { readonly stakeholder: Stakeholder }) {
  const text = useTranslations(stakeholderFormMessages);
  const { locale } = useLocale();
  const [asking, setAsking] = useState(false);
  const [remove, removing] = useMutation('stakeholders.remove');
  const name = resolveLocalizedText(stakeholder.name, [locale]).text;
  return (
    <section className="demo-stakeholders-remove" aria-labelledby="demo-stakeholder-remove">
      <h2 id="demo-stakeholder-remove">{text.removeHeading}</h2>
      <p>{text.removeBody}</p>
      {asking ? (
        <div className="demo-stakeholders-warning">
          <p id="demo-stakeholder-confirm">{text.confirmRemove(name)}</p>
          <button
            type="button"
            className="demo-stakeholders-button demo-stakeholders-button--warning"
            aria-describedby="demo-stakeholder-confirm"
            disabled={removing.status === 'running'}
            autoFocus
            onClick={() =>
              void remove({ id: stakeholder.id }).then((done) => {
                if (done !== undefined) navigate('/stakeholders');
              })
            }
          >
            {text.confirmRemoveButton}
          </button>{' '}
          <button
            type="button"
            className="demo-stakeholders-button demo-stakeholders-button--secondary"
            onClick={() => setAsking(false)}
          >
            {text.cancel}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="demo-stakeholders-button demo-stakeholders-button--warning"
          onClick={() => setAsking(true)}
        >
          {text.remove}
        </button>
      )}
      {removing.status === 'error' && (
        <p className="demo-stakeholders-error" role="alert">
          {removing.error.message}
        </p>
      )}
    </section>
  );
}

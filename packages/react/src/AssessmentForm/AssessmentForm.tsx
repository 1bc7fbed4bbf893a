import {
  resolveLocalizedText,
  type Answer,
  type Instrument,
  type InstrumentItem,
  type LocalizedText,
} from '@capkit/model';
import {
  useCallback,
  useEffect,
  useId,
  useInsertionEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type SubmitEvent as ReactSubmitEvent,
} from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import {
  applyAnswerChange,
  buildPages,
  formReducer,
  initialFormState,
  isAnswered,
  pageIndexOf,
  parseFormDraft,
  shownItemIds,
  shownPages,
  submittedAnswers,
  validateItems,
  type AnswerChange,
  type FormAnswers,
  type ValidationIssue,
} from './draftState.js';
import type { DraftStorage } from './draftStorage.js';
import { ErrorSummary, type ErrorSummaryEntry } from './ErrorSummary.js';
import { defaultAssessmentFormMessages, type AssessmentFormMessages } from './messages.js';
import { ProgressIndicator } from './ProgressIndicator.js';
import { Question } from './Question.js';
import { issueMessage, issueTargetId } from './questionParts.js';
import type { ScalePoint } from './ScaleRadios.js';
import { useDraftAutosave, type UnsavedDraft } from './useDraftAutosave.js';

/** What the form hands to `onSubmit`: enough, with who and which campaign, to build an `AssessmentResponse`. */
export interface AssessmentFormSubmission {
  /** The instrument answered. */
  readonly instrumentId: string;
  /**
   * One answer per shown item, in instrument order, in the model's shape: `rating`,
   * `importancePerformance` (`null` for a skipped question), or `notApplicable`. Items hidden by
   * display rules have none.
   */
  readonly answers: Answer[];
  /** When the respondent first answered or changed page (ISO 8601); the submission time if never. */
  readonly startedAt: string;
  /** When the respondent pressed Submit (ISO 8601). */
  readonly submittedAt: string;
}

/** A level descriptor for one point of the rating scale; a `ProficiencyScale`'s `levels` fit as they are. */
export interface LevelDescriptor {
  /** The scale point it describes. */
  readonly value: number;
  /** What a person at this level can do; shown as the option's hint. */
  readonly descriptor?: LocalizedText;
}

/** Props of {@link AssessmentForm}. */
export interface AssessmentFormProps {
  /** The instrument to ask; absent while it loads. */
  readonly instrument?: Instrument | undefined;
  /**
   * Whether the instrument is ready; `loading` and `error` show only a message.
   * @default 'ready'
   */
  readonly status?: 'ready' | 'loading' | 'error';
  /**
   * The message for `status="loading"` or `status="error"`.
   * @default messages.loading or messages.loadError
   */
  readonly statusMessage?: string;
  /** Controlled answers, keyed by item id; pair with `onAnswersChange`. */
  readonly answers?: FormAnswers;
  /**
   * Initial answers when uncontrolled.
   * @default {}
   */
  readonly defaultAnswers?: FormAnswers;
  /** Called with all the answers after every change, and after a draft is restored. */
  readonly onAnswersChange?: (answers: FormAnswers) => void;
  /**
   * Called on Submit once every page is valid. Return a promise to keep the form busy until it
   * settles: when it rejects the form says so and keeps the draft; when it resolves the draft is
   * cleared and the form confirms.
   */
  readonly onSubmit?: (submission: AssessmentFormSubmission) => void | Promise<void>;
  /**
   * Whether every shown question must be answered or marked not applicable before going on.
   * Importance–performance pairs must be whole or skipped whatever this says.
   * @default false
   */
  readonly requireAnswers?: boolean;
  /**
   * Questions per page when the instrument has no `sections` (with sections, one page each).
   * @default 10
   */
  readonly itemsPerPage?: number;
  /** Where to autosave drafts; with `draftKey`, the form restores the draft on mount and resumes on its page. */
  readonly storage?: DraftStorage;
  /** Key of this respondent's draft in `storage`, e.g. `${campaignId}:${respondentId}`. */
  readonly draftKey?: string;
  /**
   * Quiet time after an answer before the draft is saved, in milliseconds. Page changes, focus
   * leaving the form and the page being hidden save at once.
   * @default 300
   */
  readonly autosaveDelay?: number;
  /** Told of any failed draft load, save or clear (a `DraftStorageError` from the adapters). */
  readonly onStorageError?: (error: unknown) => void;
  /**
   * Descriptors of the scale points, shown as hints under each option; a `ProficiencyScale`'s
   * `levels` fit as they are.
   */
  readonly levelDescriptors?: readonly LevelDescriptor[];
  /**
   * Level of the instrument's title heading; page headings are one level below.
   * @default 2
   */
  readonly headingLevel?: 1 | 2 | 3 | 4 | 5;
  /**
   * BCP 47 locale: picks the language of prompts and labels, and writes numbers.
   * @default the nearest CapkitProvider's, else 'en'
   */
  readonly locale?: string;
  /**
   * Text direction.
   * @default the locale's direction
   */
  readonly dir?: 'ltr' | 'rtl';
  /**
   * Replacement strings, e.g. a translation; missing keys fall back to the provider's, then
   * English. Keep the object stable (a constant or `useMemo`): a new one re-renders every question.
   */
  readonly messages?: Partial<AssessmentFormMessages>;
  /** Extra class name on the root element. */
  readonly className?: string;
}

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

function joinClassNames(...names: readonly (string | undefined)[]): string {
  return names.filter((name) => name !== undefined && name !== '').join(' ');
}

function isoNow(): string {
  return new Date().toISOString();
}

/**
 * An instrument as an accessible, paged questionnaire in the GOV.UK manner: a fieldset per
 * question, radios for the rating scale, importance and performance asked together, display rules
 * respected, an error summary on Next or Submit, drafts autosaved and resumed. State shows as
 * `data-state` (`loading`, `error`, `empty`, `restoring`, `editing`, `invalid`, `submitting`,
 * `submitted`), `data-page` (the page number) and `data-draft` (`idle`, `saving`, `saved`,
 * `failed`: whether the latest answers are stored) on the root.
 */
export function AssessmentForm({
  instrument,
  status = 'ready',
  statusMessage,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
  ...rest
}: AssessmentFormProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('AssessmentForm', defaultAssessmentFormMessages, messageOverrides);
  const rootClassName = joinClassNames('ck-assessment-form', className);

  if (status === 'error') {
    return (
      <div className={rootClassName} dir={dir} data-state="error">
        <p className="ck-assessment-form__load-error" role="alert">
          {statusMessage ?? messages.loadError}
        </p>
      </div>
    );
  }
  if (status === 'loading' || instrument === undefined) {
    return (
      <div className={rootClassName} dir={dir} data-state="loading" aria-busy="true">
        <p className="ck-assessment-form__status" role="status">
          {statusMessage ?? messages.loading}
        </p>
      </div>
    );
  }
  return (
    <QuestionnaireForm
      // Another instrument is another questionnaire: start again, and read its own draft.
      key={instrument.id}
      {...rest}
      instrument={instrument}
      locale={locale}
      dir={dir}
      messages={messages}
      className={rootClassName}
    />
  );
}

interface QuestionnaireFormProps extends Omit<
  AssessmentFormProps,
  'instrument' | 'status' | 'statusMessage' | 'messages'
> {
  readonly instrument: Instrument;
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  readonly messages: AssessmentFormMessages;
  readonly className: string;
}

function QuestionnaireForm({
  instrument,
  answers: controlledAnswers,
  defaultAnswers,
  onAnswersChange,
  onSubmit,
  requireAnswers = false,
  itemsPerPage = 10,
  storage,
  draftKey,
  autosaveDelay = 300,
  onStorageError,
  levelDescriptors,
  headingLevel = 2,
  locale,
  dir,
  messages,
  className,
}: QuestionnaireFormProps) {
  const formId = useId();
  const titleId = `${formId}-title`;
  const summaryTitleId = `${formId}-error-summary-title`;
  const restoresDraft = storage !== undefined && draftKey !== undefined;
  const [state, dispatch] = useReducer(formReducer, restoresDraft, initialFormState);
  const [ownAnswers, setOwnAnswers] = useState<FormAnswers>(() => defaultAnswers ?? {});
  const controlled = controlledAnswers !== undefined;
  const answers = controlledAnswers ?? ownAnswers;

  // Event handlers read the latest props through this, so they can stay stable for memoised questions.
  const latest = useRef({
    answers,
    controlled,
    onAnswersChange,
    onStorageError,
    instrument,
    storage,
  });
  useInsertionEffect(() => {
    latest.current = { answers, controlled, onAnswersChange, onStorageError, instrument, storage };
  });

  const onAnswer = useCallback((item: InstrumentItem, change: AnswerChange) => {
    const current = latest.current;
    const next = applyAnswerChange(current.answers, item, change);
    if (next === current.answers) return;
    // A second change before the next render must build on this one.
    latest.current = { ...current, answers: next };
    if (!current.controlled) setOwnAnswers(next);
    current.onAnswersChange?.(next);
    dispatch({ type: 'answered', at: isoNow() });
  }, []);

  // Read the draft once per key. A new storage object with the same key (say, one created inline on
  // every render) must not read it again: that would drop answers not yet saved.
  const hasStorage = storage !== undefined;
  useEffect(() => {
    const store = latest.current.storage;
    if (store === undefined || draftKey === undefined) return;
    let cancelled = false;
    store.load(draftKey).then(
      (stored) => {
        if (cancelled) return;
        const draft = parseFormDraft(stored, latest.current.instrument);
        if (draft === undefined) {
          dispatch({ type: 'restored' });
          return;
        }
        latest.current = { ...latest.current, answers: draft.answers };
        if (!latest.current.controlled) setOwnAnswers(draft.answers);
        latest.current.onAnswersChange?.(draft.answers);
        dispatch({ type: 'restored', pageId: draft.pageId, startedAt: draft.startedAt });
      },
      (error: unknown) => {
        if (cancelled) return;
        latest.current.onStorageError?.(error);
        dispatch({ type: 'restored' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [draftKey, hasStorage]);

  const pages = useMemo(() => buildPages(instrument, itemsPerPage), [instrument, itemsPerPage]);
  const shown = useMemo(() => shownItemIds(instrument, answers), [instrument, answers]);
  const visiblePages = useMemo(() => shownPages(pages, shown), [pages, shown]);
  const numbers = useMemo(() => {
    const byItem = new Map<string, number>();
    for (const item of instrument.items)
      if (shown.has(item.id)) byItem.set(item.id, byItem.size + 1);
    return byItem;
  }, [instrument, shown]);
  const pageIndex = pageIndexOf(pages, visiblePages, state.pageId);
  const page = visiblePages[pageIndex];
  const pageItems = useMemo(
    () => (page === undefined ? [] : page.items.filter((item) => shown.has(item.id))),
    [page, shown],
  );

  const points = useMemo((): readonly ScalePoint[] => {
    const { min, max, labels } = instrument.ratingScale;
    const format = new Intl.NumberFormat(locale);
    const result: ScalePoint[] = [];
    for (let value = min; value <= max; value += 1) {
      const label = labels?.find((point) => point.value === value)?.label;
      const descriptor = levelDescriptors?.find((level) => level.value === value)?.descriptor;
      result.push({
        value,
        valueText: format.format(value),
        ...(label !== undefined && { label: resolveLocalizedText(label, [locale]) }),
        ...(descriptor !== undefined && {
          descriptor: resolveLocalizedText(descriptor, [locale]),
        }),
      });
    }
    return result;
  }, [instrument.ratingScale, levelDescriptors, locale]);
  const allowNotApplicable = instrument.ratingScale.allowNotApplicable;

  const issuesByItem = useMemo(
    () => new Map(state.issues.map((issue) => [issue.itemId, issue])),
    [state.issues],
  );

  const draft = useMemo((): UnsavedDraft | undefined => {
    if (state.phase !== 'editing' || page === undefined) return undefined;
    return {
      version: 1,
      instrumentId: instrument.id,
      answers,
      pageId: page.id,
      startedAt: state.startedAt,
    };
  }, [state.phase, state.startedAt, instrument.id, answers, page]);
  const autosave = useDraftAutosave({
    storage,
    draftKey,
    draft,
    delay: autosaveDelay,
    onError: onStorageError,
  });

  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const confirmationRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.focus === undefined) return;
    const targets = {
      heading: headingRef,
      errorSummary: summaryRef,
      confirmation: confirmationRef,
    } as const;
    targets[state.focus.target].current?.focus();
  }, [state.focus]);

  const Title = `h${headingLevel}` as const;
  const PageHeading = `h${(headingLevel + 1) as HeadingLevel}` as const;
  const title = resolveLocalizedText(instrument.title, [locale]);
  const description =
    instrument.description === undefined
      ? undefined
      : resolveLocalizedText(instrument.description, [locale]);
  const header = (
    <>
      <Title id={titleId} className="ck-assessment-form__title" lang={title.lang}>
        {title.text}
      </Title>
      {description !== undefined && (
        <p className="ck-assessment-form__description" lang={description.lang}>
          {description.text}
        </p>
      )}
    </>
  );

  if (state.phase === 'submitted') {
    return (
      <div className={className} dir={dir} data-state="submitted">
        <div
          ref={confirmationRef}
          className="ck-assessment-form__confirmation"
          role="status"
          tabIndex={-1}
        >
          <p className="ck-assessment-form__confirmation-text">{messages.submitted}</p>
        </div>
      </div>
    );
  }

  if (page === undefined) {
    return (
      <div className={className} dir={dir} data-state="empty">
        <section aria-labelledby={titleId}>
          {header}
          <p className="ck-assessment-form__empty">{messages.empty}</p>
        </section>
      </div>
    );
  }

  const isLastPage = pageIndex === visiblePages.length - 1;
  const submitting = state.phase === 'submitting';

  function issuesOfPages(): { pageId: string; issues: ValidationIssue[] } | undefined {
    for (const candidate of visiblePages) {
      const items = candidate.items.filter((item) => shown.has(item.id));
      const issues = validateItems(items, answers, { requireAnswers });
      if (issues.length > 0) return { pageId: candidate.id, issues };
    }
    return undefined;
  }

  async function submit() {
    const invalid = issuesOfPages();
    if (invalid !== undefined) {
      dispatch({ type: 'invalid', ...invalid });
      return;
    }
    // Store the latest answers first: should submitting fail, the draft has them all.
    autosave.flush();
    dispatch({ type: 'submitting' });
    const submittedAt = isoNow();
    try {
      await onSubmit?.({
        instrumentId: instrument.id,
        answers: submittedAnswers(instrument, answers),
        startedAt: state.startedAt ?? submittedAt,
        submittedAt,
      });
    } catch {
      dispatch({ type: 'submitFailed' });
      return;
    }
    await autosave.clear().catch(() => undefined);
    dispatch({ type: 'submitted' });
  }

  function goToPage(index: number) {
    const target = visiblePages[index];
    if (target !== undefined) dispatch({ type: 'navigated', pageId: target.id, at: isoNow() });
  }

  function onFormSubmit(event: ReactSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting || page === undefined) return;
    if (isLastPage) {
      void submit();
      return;
    }
    const issues = validateItems(pageItems, answers, { requireAnswers });
    if (issues.length > 0) dispatch({ type: 'invalid', pageId: page.id, issues });
    else goToPage(pageIndex + 1);
  }

  const firstValue = points[0]?.value ?? instrument.ratingScale.min;
  const summaryEntries: ErrorSummaryEntry[] = state.issues.map((issue) => ({
    key: issue.itemId,
    message: issueMessage(issue, numbers.get(issue.itemId) ?? 0, allowNotApplicable, messages),
    targetId: issueTargetId(formId, issue, firstValue),
  }));
  const pageTitle =
    page.title === undefined
      ? {
          text: messages.pageTitle(
            numbers.get(pageItems[0]?.id ?? '') ?? 0,
            numbers.get(pageItems[pageItems.length - 1]?.id ?? '') ?? 0,
          ),
          lang: undefined,
        }
      : resolveLocalizedText(page.title, [locale]);
  const answeredCount = [...shown].filter((itemId) => isAnswered(answers[itemId])).length;
  const liveStatus = submitting
    ? messages.submitting
    : autosave.status === 'saved'
      ? messages.draftSaved
      : autosave.status === 'failed'
        ? messages.draftSaveFailed
        : '';

  return (
    <div
      className={className}
      dir={dir}
      data-state={
        state.phase === 'restoring'
          ? 'restoring'
          : submitting
            ? 'submitting'
            : state.issues.length > 0
              ? 'invalid'
              : 'editing'
      }
      data-page={state.phase === 'restoring' ? undefined : pageIndex + 1}
      data-draft={autosave.status}
    >
      {summaryEntries.length > 0 && (
        <ErrorSummary
          focusRef={summaryRef}
          title={messages.errorSummaryTitle}
          titleId={summaryTitleId}
          headingLevel={headingLevel === 1 ? 2 : headingLevel}
          entries={summaryEntries}
        />
      )}
      <form
        className="ck-assessment-form__form"
        aria-labelledby={titleId}
        aria-busy={submitting || state.phase === 'restoring'}
        noValidate
        onSubmit={onFormSubmit}
        onBlur={autosave.flush}
      >
        {header}
        {state.phase === 'restoring' ? (
          <p className="ck-assessment-form__status" role="status">
            {messages.restoring}
          </p>
        ) : (
          <>
            <ProgressIndicator
              page={pageIndex + 1}
              pageCount={visiblePages.length}
              answered={answeredCount}
              total={shown.size}
              messages={messages}
            />
            <PageHeading
              ref={headingRef}
              className="ck-assessment-form__page-heading"
              tabIndex={-1}
              lang={pageTitle.lang}
            >
              {pageTitle.text}
            </PageHeading>
            {pageItems.map((item) => (
              <Question
                key={item.id}
                item={item}
                number={numbers.get(item.id) ?? 0}
                answer={answers[item.id]}
                issue={issuesByItem.get(item.id)}
                points={points}
                allowNotApplicable={allowNotApplicable}
                formId={formId}
                locale={locale}
                messages={messages}
                onAnswer={onAnswer}
              />
            ))}
            {state.submitFailed && (
              <p className="ck-assessment-form__submit-error" role="alert">
                {messages.submitFailed}
              </p>
            )}
            <div className="ck-assessment-form__actions">
              {pageIndex > 0 && (
                <button
                  type="button"
                  className="ck-assessment-form__button ck-assessment-form__button--secondary"
                  onClick={() => goToPage(pageIndex - 1)}
                >
                  {messages.previous}
                </button>
              )}
              <button
                type="submit"
                className="ck-assessment-form__button"
                aria-disabled={submitting || undefined}
              >
                {isLastPage ? messages.submit : messages.next}
              </button>
            </div>
          </>
        )}
        {(storage !== undefined || onSubmit !== undefined) && (
          <p className="ck-assessment-form__live-status" role="status">
            {liveStatus}
          </p>
        )}
      </form>
    </div>
  );
}

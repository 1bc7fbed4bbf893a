/*
 * The questionnaire itself, once the instrument is there: answers (controlled or not), pages,
 * validation, drafts and submission. Pure rules live in formRules.ts, formDraft.ts and
 * formReducer.ts; the questions in Question.tsx. About 400 lines, on purpose: this is the one
 * component that holds the form's state and the handlers that change it, which read best together.
 */
import type { Instrument, InstrumentItem } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import {
  useCallback,
  useEffect,
  useId,
  useInsertionEffect,
  useMemo,
  useReducer,
  useRef,
  type SubmitEvent as ReactSubmitEvent,
} from 'react';
import { useControllableState } from '../shared/useControllableState.js';
import type { HeadingLevel } from '../shared/widgetProps.js';
import type { AssessmentFormProps } from './formProps.js';
import { ErrorSummary, type ErrorSummaryEntry } from './ErrorSummary.js';
import { FormActions } from './FormActions.js';
import { parseFormDraft } from './formDraft.js';
import { formReducer, initialFormState } from './formReducer.js';
import {
  applyAnswerChange,
  buildPages,
  isAnswered,
  pageIndexOf,
  questionNumbers,
  shownItemIds,
  shownPages,
  submittedAnswers,
  validateItems,
  type AnswerChange,
  type FormAnswers,
  type ValidationIssue,
} from './formRules.js';
import type { AssessmentFormMessages } from './messages.js';
import { ProgressIndicator } from './ProgressIndicator.js';
import { Question } from './Question.js';
import { issueMessage, issueTargetId } from './questionParts.js';
import { scalePoints } from './scalePoints.js';
import { useDraftAutosave, type UnsavedDraft } from './useDraftAutosave.js';

function isoNow(): string {
  return new Date().toISOString();
}

const noAnswers: FormAnswers = {};

/** Props of {@link QuestionnaireForm}: the form's, resolved. */
export interface QuestionnaireFormProps extends Omit<
  AssessmentFormProps,
  'instrument' | 'status' | 'errorMessage' | 'messages' | 'locale' | 'dir' | 'className'
> {
  readonly instrument: Instrument;
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  readonly messages: AssessmentFormMessages;
  readonly className: string;
}

/**
 * The questionnaire for a loaded instrument; {@link AssessmentForm} renders it, keyed by the
 * instrument, once `status` is `ready`.
 */
export function QuestionnaireForm({
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
  const [answers, setAnswers] = useControllableState({
    value: controlledAnswers,
    defaultValue: defaultAnswers ?? noAnswers,
    onChange: onAnswersChange,
    name: 'AssessmentForm answers',
  });

  // Event handlers read the latest props through this, so they can stay stable for memoised questions.
  const latest = useRef({ answers, setAnswers, onStorageError, instrument, storage });
  useInsertionEffect(() => {
    latest.current = { answers, setAnswers, onStorageError, instrument, storage };
  });

  const onAnswer = useCallback((item: InstrumentItem, change: AnswerChange) => {
    const current = latest.current;
    const next = applyAnswerChange(current.answers, item, change);
    if (next === current.answers) return;
    // A second change before the next render must build on this one.
    latest.current = { ...current, answers: next };
    current.setAnswers(next);
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
        latest.current.setAnswers(draft.answers);
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
  const numbers = useMemo(() => questionNumbers(instrument, shown), [instrument, shown]);
  const pageIndex = pageIndexOf(pages, visiblePages, state.pageId);
  const page = visiblePages[pageIndex];
  const pageItems = useMemo(
    () => (page === undefined ? [] : page.items.filter((item) => shown.has(item.id))),
    [page, shown],
  );

  const points = useMemo(
    () => scalePoints(instrument.ratingScale, levelDescriptors, locale),
    [instrument.ratingScale, levelDescriptors, locale],
  );
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

  // Template-literal tags, which the react-hooks lint knows are elements, not components.
  const Title = `h${headingLevel}` as const;
  // One level below the title; a level-6 title keeps its pages at 6, HTML has no h7.
  const PageHeading = `h${Math.min(headingLevel + 1, 6) as HeadingLevel}` as const;
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
          headingLevel={Math.max(headingLevel, 2) as HeadingLevel}
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
            <FormActions
              hasPrevious={pageIndex > 0}
              isLastPage={isLastPage}
              busy={submitting}
              messages={messages}
              onPrevious={() => goToPage(pageIndex - 1)}
            />
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

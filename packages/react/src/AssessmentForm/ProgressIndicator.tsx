import type { AssessmentFormMessages } from './messages.js';

/** Props of {@link ProgressIndicator}. */
export interface ProgressIndicatorProps {
  /** Current page, from 1. */
  readonly page: number;
  /** Pages with at least one question shown. */
  readonly pageCount: number;
  /** Shown questions answered or marked not applicable. */
  readonly answered: number;
  /** Shown questions. */
  readonly total: number;
  /** The form's strings. */
  readonly messages: AssessmentFormMessages;
}

/** "Page 2 of 5", "12 of 40 questions answered", and a labelled `<progress>` of the same count. */
export function ProgressIndicator({
  page,
  pageCount,
  answered,
  total,
  messages,
}: ProgressIndicatorProps) {
  return (
    <div className="ck-assessment-form__progress">
      <p className="ck-assessment-form__progress-text">
        <span className="ck-assessment-form__page-of">{messages.pageOf(page, pageCount)}</span>{' '}
        <span className="ck-assessment-form__answered">
          {messages.answeredCount(answered, total)}
        </span>
      </p>
      <progress
        className="ck-assessment-form__progress-bar"
        max={Math.max(total, 1)}
        value={answered}
        aria-label={messages.progressLabel}
      />
    </div>
  );
}

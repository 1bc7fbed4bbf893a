import type { AssessmentFormMessages } from './messages.js';

/** Props of {@link FormActions}. */
export interface FormActionsProps {
  /** Whether there is a page before this one. */
  readonly hasPrevious: boolean;
  /** Whether this is the last page: the main button submits instead of going on. */
  readonly isLastPage: boolean;
  /** Whether a submission is running: the main button stays focusable but does nothing. */
  readonly busy: boolean;
  /** The form's strings. */
  readonly messages: AssessmentFormMessages;
  /** Goes back a page, without validating this one. */
  readonly onPrevious: () => void;
}

/**
 * The buttons under a page: Previous (secondary), then Next or Submit, which submits the form
 * element so Enter in a field works as it does in any form.
 */
export function FormActions({
  hasPrevious,
  isLastPage,
  busy,
  messages,
  onPrevious,
}: FormActionsProps) {
  return (
    <div className="ck-assessment-form__actions">
      {hasPrevious && (
        <button
          type="button"
          className="ck-assessment-form__button ck-assessment-form__button--secondary"
          onClick={onPrevious}
        >
          {messages.previous}
        </button>
      )}
      <button
        type="submit"
        className="ck-assessment-form__button"
        aria-disabled={busy || undefined}
      >
        {isLastPage ? messages.submit : messages.next}
      </button>
    </div>
  );
}

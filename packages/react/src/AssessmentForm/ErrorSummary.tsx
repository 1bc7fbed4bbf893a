import type { Ref } from 'react';

/** One entry of the error summary: the message, and the control its link moves focus to. */
export interface ErrorSummaryEntry {
  /** Stable key, such as the item id. */
  readonly key: string;
  /** The same words as the inline error message. */
  readonly message: string;
  /** Id of the control to focus: the first radio of the group at fault. */
  readonly targetId: string;
}

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  /** Title, e.g. "There is a problem". */
  readonly title: string;
  /** Id of the title element. */
  readonly titleId: string;
  /** Heading level of the title. */
  readonly headingLevel: 2 | 3 | 4 | 5 | 6;
  /** The problems, in page order. */
  readonly entries: readonly ErrorSummaryEntry[];
  /** The summary's element, which the form focuses when it appears (not `ref`: React 18 strips it). */
  readonly focusRef?: Ref<HTMLDivElement>;
}

/**
 * The GOV.UK error summary: an alert at the top of the form listing every problem, each a link
 * that moves focus to the control at fault and scrolls its question's legend into view.
 */
export function ErrorSummary({
  title,
  titleId,
  headingLevel,
  entries,
  focusRef,
}: ErrorSummaryProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      ref={focusRef}
      className="ck-assessment-form__error-summary"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <Heading id={titleId} className="ck-assessment-form__error-summary-title">
        {title}
      </Heading>
      <ul className="ck-assessment-form__error-summary-list">
        {entries.map((entry) => (
          <li key={entry.key}>
            <a
              href={`#${entry.targetId}`}
              onClick={(event) => {
                const target = event.currentTarget.ownerDocument.getElementById(entry.targetId);
                if (target === null) return;
                event.preventDefault();
                // As GOV.UK does: show the question's legend, not just the radio, above the fold.
                const legend = target.closest('fieldset')?.querySelector('legend');
                legend?.scrollIntoView();
                target.focus({ preventScroll: legend !== null && legend !== undefined });
              }}
            >
              {entry.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

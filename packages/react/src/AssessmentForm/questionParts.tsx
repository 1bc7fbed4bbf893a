import type { Answer, InstrumentItem } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import type { AnswerChange, ValidationIssue } from './formRules.js';
import type { AssessmentFormMessages } from './messages.js';
import { radioId, type ScalePoint } from './ScaleRadios.js';

/** Props every question component takes; kept referentially stable so unchanged questions skip rendering. */
export interface QuestionProps {
  /** The instrument item asked. */
  readonly item: InstrumentItem;
  /** Position among the shown questions, from 1. */
  readonly number: number;
  /** The answer so far, if any. */
  readonly answer: Answer | undefined;
  /** The validation problem to show inline, if any. */
  readonly issue: ValidationIssue | undefined;
  /** Points of the instrument's rating scale. */
  readonly points: readonly ScalePoint[];
  /** Whether the scale offers "not applicable". */
  readonly allowNotApplicable: boolean;
  /** Unique id of the form, the prefix of every element id. */
  readonly formId: string;
  /** Reader's locale, to pick the prompt's language. */
  readonly locale: string;
  /** The form's strings. */
  readonly messages: AssessmentFormMessages;
  /** Called with every change the respondent makes. */
  readonly onAnswer: (item: InstrumentItem, change: AnswerChange) => void;
}

/** Element ids of one question, derived from the form's id and the item's. */
export function questionIds(formId: string, itemId: string) {
  const base = `${formId}-${itemId}`;
  return {
    fieldset: base,
    hint: `${base}-hint`,
    error: `${base}-error`,
    rating: `${base}-rating`,
    importance: `${base}-importance`,
    importanceError: `${base}-importance-error`,
    performance: `${base}-performance`,
    performanceError: `${base}-performance-error`,
    notApplicable: `${base}-na`,
  };
}

/** The id of the control an error summary link for `issue` moves focus to: the first radio at fault. */
export function issueTargetId(formId: string, issue: ValidationIssue, firstValue: number): string {
  const ids = questionIds(formId, issue.itemId);
  switch (issue.code) {
    case 'ratingRequired':
      return radioId(ids.rating, firstValue);
    case 'pairRequired':
    case 'importanceRequired':
      return radioId(ids.importance, firstValue);
    case 'performanceRequired':
      return radioId(ids.performance, firstValue);
    default:
      return issue.code satisfies never;
  }
}

/** The words of `issue`, the same in the error summary and beside the question. */
export function issueMessage(
  issue: ValidationIssue,
  number: number,
  allowNotApplicable: boolean,
  messages: AssessmentFormMessages,
): string {
  switch (issue.code) {
    case 'ratingRequired':
      return messages.ratingRequired(number, allowNotApplicable);
    case 'pairRequired':
      return messages.pairRequired(number, allowNotApplicable);
    case 'importanceRequired':
      return messages.importanceRequired(number);
    case 'performanceRequired':
      return messages.performanceRequired(number);
    default:
      return issue.code satisfies never;
  }
}

/** The question's legend: its number, then its prompt in the language it was resolved to. */
export function QuestionLegend({
  item,
  number,
  locale,
  messages,
}: Pick<QuestionProps, 'item' | 'number' | 'locale' | 'messages'>) {
  const prompt = resolveLocalizedText(item.prompt, [locale]);
  return (
    <legend className="ck-assessment-form__legend">
      <span className="ck-assessment-form__number">{messages.questionNumber(number)}</span>
      <span className="ck-assessment-form__prompt" lang={prompt.lang}>
        {prompt.text}
      </span>
    </legend>
  );
}

/** Props of {@link QuestionHint}. */
export interface QuestionHintProps {
  /** Id of the hint, for the fieldset's `aria-describedby`. */
  readonly id: string;
  /** The item whose `hint` to show. */
  readonly item: InstrumentItem;
  /** Reader's locale, to pick the hint's language. */
  readonly locale: string;
}

/** The item's hint under the legend, if it has one. */
export function QuestionHint({ id, item, locale }: QuestionHintProps) {
  if (item.hint === undefined) return null;
  const hint = resolveLocalizedText(item.hint, [locale]);
  return (
    <div id={id} className="ck-assessment-form__hint" lang={hint.lang}>
      {hint.text}
    </div>
  );
}

/** Props of {@link ErrorMessage}. */
export interface ErrorMessageProps {
  /** Id of the message, for the fieldset's `aria-describedby`. */
  readonly id: string;
  /** The message: the same words as in the error summary. */
  readonly text: string;
  /** Read by screen readers first, e.g. "Error:". */
  readonly prefix: string;
}

/** An inline error message, GOV.UK style: red, bold, with a hidden "Error:" prefix. */
export function ErrorMessage({ id, text, prefix }: ErrorMessageProps) {
  return (
    <p id={id} className="ck-assessment-form__error-message">
      <span className="ck-visually-hidden">{prefix} </span>
      {text}
    </p>
  );
}

/** Props of {@link ClearAnswerButton}. */
export interface ClearAnswerButtonProps {
  /** The question's number, named to screen readers. */
  readonly number: number;
  /** The form's strings. */
  readonly messages: AssessmentFormMessages;
  /** Id of the control to focus once the answer is gone. */
  readonly focusId: string;
  /** Removes the answer. */
  readonly onClear: () => void;
}

/**
 * Removes the answer so the question is skipped, then puts focus on the question's first radio
 * (the button itself disappears with the answer).
 */
export function ClearAnswerButton({ number, messages, focusId, onClear }: ClearAnswerButtonProps) {
  return (
    <button
      type="button"
      className="ck-assessment-form__clear"
      onClick={(event) => {
        const root = event.currentTarget.ownerDocument;
        onClear();
        root.getElementById(focusId)?.focus();
      }}
    >
      {messages.clearAnswer}
      <span className="ck-visually-hidden">{messages.clearAnswerContext(number)}</span>
    </button>
  );
}

/** Space-separated ids for `aria-describedby`, or `undefined` when there are none. */
export function describedBy(...ids: readonly (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string');
  return present.length === 0 ? undefined : present.join(' ');
}

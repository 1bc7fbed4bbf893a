import type { LoadStateMessages } from '../shared/widgetProps.js';

/**
 * Every string the assessment form shows, so an app can translate it; English by default. The
 * load states (`loading`, `error`, `empty`) are named as in every widget.
 */
export interface AssessmentFormMessages extends LoadStateMessages {
  /** Shown above each question's prompt, and used to name the question in error messages. */
  readonly questionNumber: (number: number) => string;
  /** Legend of the first radio group of an importance–performance question. */
  readonly importance: string;
  /** Legend of the second radio group of an importance–performance question. */
  readonly performance: string;
  /** The "not applicable" option, where the instrument's rating scale allows it. */
  readonly notApplicable: string;
  /** Divider between the rating scale and the "not applicable" option. */
  readonly or: string;
  /** Visible text of the button that removes an answer, leaving the question skipped. */
  readonly clearAnswer: string;
  /** Read after {@link AssessmentFormMessages.clearAnswer} by screen readers only, naming the question. */
  readonly clearAnswerContext: (number: number) => string;
  /** Button back to the previous page. */
  readonly previous: string;
  /** Button on to the next page (after validating this one). */
  readonly next: string;
  /** Button on the last page that sends the answers. */
  readonly submit: string;
  /** Where the respondent is, e.g. "Page 2 of 5". */
  readonly pageOf: (page: number, pageCount: number) => string;
  /** How far the respondent has got, e.g. "12 of 40 questions answered". */
  readonly answeredCount: (answered: number, total: number) => string;
  /** Accessible name of the progress bar. */
  readonly progressLabel: string;
  /** Heading of a page when the instrument has no sections, e.g. "Questions 11 to 20". */
  readonly pageTitle: (first: number, last: number) => string;
  /** Title of the error summary at the top of the form. */
  readonly errorSummaryTitle: string;
  /** Read by screen readers before each inline error message. */
  readonly errorPrefix: string;
  /** A rating question left unanswered when answers are required. */
  readonly ratingRequired: (number: number, allowNotApplicable: boolean) => string;
  /** An importance–performance question left unanswered when answers are required. */
  readonly pairRequired: (number: number, allowNotApplicable: boolean) => string;
  /** Performance answered but importance not: the pair must be whole or skipped. */
  readonly importanceRequired: (number: number) => string;
  /** Importance answered but performance not: the pair must be whole or skipped. */
  readonly performanceRequired: (number: number) => string;
  /** Polite status once the draft is stored. */
  readonly draftSaved: string;
  /** Status when the draft could not be stored. */
  readonly draftSaveFailed: string;
  /** Shown while a saved draft is being read back. */
  readonly restoring: string;
  /** Shown while the instrument itself is loading (`status="loading"`). */
  readonly loading: string;
  /** Shown when the instrument could not be loaded (`status="error"`) and no `errorMessage` is given. */
  readonly error: string;
  /** Shown when the instrument has no question to show, e.g. all are hidden by display rules. */
  readonly empty: string;
  /** Status while `onSubmit` is running. */
  readonly submitting: string;
  /** Confirmation once `onSubmit` has succeeded. */
  readonly submitted: string;
  /** Shown when `onSubmit` failed; the draft is kept. */
  readonly submitFailed: string;
}

/** English defaults for {@link AssessmentFormMessages}. */
export const defaultAssessmentFormMessages: AssessmentFormMessages = {
  questionNumber: (number) => `Question ${number}`,
  importance: 'Importance to the job',
  performance: 'How well it is done today',
  notApplicable: 'Not applicable',
  or: 'or',
  clearAnswer: 'Clear answer',
  clearAnswerContext: (number) => ` to question ${number}`,
  previous: 'Previous',
  next: 'Next',
  submit: 'Submit',
  pageOf: (page, pageCount) => `Page ${page} of ${pageCount}`,
  answeredCount: (answered, total) =>
    `${answered} of ${total} ${total === 1 ? 'question' : 'questions'} answered`,
  progressLabel: 'Questions answered',
  pageTitle: (first, last) =>
    first === last ? `Question ${first}` : `Questions ${first} to ${last}`,
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  ratingRequired: (number, allowNotApplicable) =>
    allowNotApplicable
      ? `Select an answer to question ${number}, or select “Not applicable”`
      : `Select an answer to question ${number}`,
  pairRequired: (number, allowNotApplicable) =>
    allowNotApplicable
      ? `Select how important question ${number} is and how well it is done today, or select “Not applicable”`
      : `Select how important question ${number} is and how well it is done today`,
  importanceRequired: (number) =>
    `Select how important question ${number} is to the job, or clear your answer to skip it`,
  performanceRequired: (number) =>
    `Select how well question ${number} is done today, or clear your answer to skip it`,
  draftSaved: 'Draft saved',
  draftSaveFailed: 'Your answers could not be saved on this device. Keep this page open.',
  restoring: 'Loading your saved answers…',
  loading: 'Loading the questionnaire…',
  error: 'The questionnaire could not be loaded. Try again later.',
  empty: 'There are no questions to answer.',
  submitting: 'Sending your answers…',
  submitted: 'Your answers have been submitted.',
  submitFailed: 'Your answers could not be sent. They are kept as a draft: try again.',
};

import type { Answer, Instrument } from '@capkit/model';
import type { HeadingLevel, LoadStateProps, LocaleProps } from '../shared/widgetProps.js';
import type { DraftStorage } from './draftStorage.js';
import type { FormAnswers } from './formRules.js';
import type { AssessmentFormMessages } from './messages.js';
import type { LevelDescriptor } from './scalePoints.js';

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

/**
 * Props of {@link AssessmentForm}. `status="loading"` (or no `instrument` yet) shows a
 * placeholder, `status="error"` shows `errorMessage` (else `messages.error`) as an alert.
 */
export interface AssessmentFormProps extends LocaleProps<AssessmentFormMessages>, LoadStateProps {
  /** The instrument to ask; absent while it loads. */
  readonly instrument?: Instrument | undefined;
  /** Controlled answers, keyed by item id; pair with `onAnswersChange`. */
  readonly answers?: FormAnswers | undefined;
  /**
   * Initial answers when uncontrolled.
   * @default {}
   */
  readonly defaultAnswers?: FormAnswers | undefined;
  /** Called with all the answers after every change, and after a draft is restored. */
  readonly onAnswersChange?: ((answers: FormAnswers) => void) | undefined;
  /**
   * Called on Submit once every page is valid. Return a promise to keep the form busy until it
   * settles: when it rejects the form says so and keeps the draft; when it resolves the draft is
   * cleared and the form confirms.
   */
  readonly onSubmit?: ((submission: AssessmentFormSubmission) => void | Promise<void>) | undefined;
  /**
   * Whether every shown question must be answered or marked not applicable before going on.
   * Importance–performance pairs must be whole or skipped whatever this says.
   * @default false
   */
  readonly requireAnswers?: boolean | undefined;
  /**
   * Questions per page when the instrument has no `sections` (with sections, one page each).
   * @default 10
   */
  readonly itemsPerPage?: number | undefined;
  /** Where to autosave drafts; with `draftKey`, the form restores the draft on mount and resumes on its page. */
  readonly storage?: DraftStorage | undefined;
  /** Key of this respondent's draft in `storage`, e.g. `${campaignId}:${respondentId}`. */
  readonly draftKey?: string | undefined;
  /**
   * Quiet time after an answer before the draft is saved, in milliseconds. Page changes, focus
   * leaving the form and the page being hidden save at once.
   * @default 300
   */
  readonly autosaveDelay?: number | undefined;
  /** Told of any failed draft load, save or clear (a `DraftStorageError` from the adapters). */
  readonly onStorageError?: ((error: unknown) => void) | undefined;
  /**
   * Descriptors of the scale points, shown as hints under each option; a `ProficiencyScale`'s
   * `levels` fit as they are.
   */
  readonly levelDescriptors?: readonly LevelDescriptor[] | undefined;
  /**
   * Level of the instrument's title heading; page headings are one level below, the error
   * summary's title at the title's level (2 at least).
   *
   * The shared {@link HeadingLevel} (2–6), and one exception: `1`, for a page that is only the
   * questionnaire, where the instrument's title is the page's title (as on a GOV.UK question
   * page). Other widgets always sit under a page heading, so only the form takes 1.
   * @default 2
   */
  readonly headingLevel?: HeadingLevel | 1 | undefined;
}

export {
  /** The questionnaire component. */
  AssessmentForm,
  /** Its props, for wrappers that pass them on. */
  type AssessmentFormProps,
  /** What `onSubmit` receives, to build an `AssessmentResponse` from. */
  type AssessmentFormSubmission,
  /** The shape of `levelDescriptors` (a `ProficiencyScale`'s `levels` fit as they are). */
  type LevelDescriptor,
} from './AssessmentForm.js';
export {
  /** Thrown (and passed to `onStorageError`) when a draft cannot be opened, read, saved or cleared. */
  DraftStorageError,
  /** The IndexedDB adapter an app passes as `storage`, so drafts survive a reload. */
  indexedDbDraftStorage,
  /** An in-memory adapter: drafts survive a remount but not a reload (tests, previews, kiosks). */
  memoryDraftStorage,
  /** What an app implements to keep drafts elsewhere (its server, another store). */
  type DraftStorage,
} from './draftStorage.js';
/** What a `DraftStorage` stores and returns, for apps that write their own adapter. */
export type { FormDraft } from './formDraft.js';
/** The shape of `answers`, `defaultAnswers` and `onAnswersChange`'s argument. */
export type { FormAnswers } from './formRules.js';
export {
  /** The English strings, to spread under a partial translation. */
  defaultAssessmentFormMessages,
  /** Every string of the form, for a full translation (typed provider messages use it too). */
  type AssessmentFormMessages,
} from './messages.js';
export type {
  HeadingLevel,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
} from '../shared/widgetProps.js';

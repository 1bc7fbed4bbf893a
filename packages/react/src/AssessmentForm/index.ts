export {
  AssessmentForm,
  type AssessmentFormProps,
  type AssessmentFormSubmission,
  type LevelDescriptor,
} from './AssessmentForm.js';
export {
  buildPages,
  parseFormDraft,
  shownItemIds,
  submittedAnswers,
  validateItems,
  type AnswerChange,
  type FormAnswers,
  type FormDraft,
  type FormPage,
  type ValidationIssue,
  type ValidationIssueCode,
} from './draftState.js';
export {
  DraftStorageError,
  indexedDbDraftStorage,
  memoryDraftStorage,
  type DraftStorage,
} from './draftStorage.js';
export { defaultAssessmentFormMessages, type AssessmentFormMessages } from './messages.js';

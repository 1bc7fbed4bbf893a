export { DataImport } from './DataImport.js';
export type { DataImportProps, ImportConfirmation, ImportRun } from './dataImportProps.js';
export {
  defaultDataImportMessages,
  type DataImportMessages,
  type DataImportStep,
} from './messages.js';
export {
  applyChoices,
  choiceProblems,
  choicesOf,
  issuePage,
  shareRead,
  targetKey,
  type ChoiceProblem,
  type ColumnChoices,
  type IssuePage,
} from './importMapping.js';
export type {
  ImportColumnTarget,
  ImportIssue,
  ImportMappingShape,
  ImportMode,
  ImportOutcome,
  ImportPreview,
  ImportSuccess,
  ImportTarget,
  ImportTask,
  MappingCheck,
} from './importTypes.js';
export type {
  HeadingLevel,
  HeadingProps,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
} from '../shared/widgetProps.js';

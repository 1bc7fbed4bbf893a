export { EvaluationSummary, type EvaluationSummaryProps } from './EvaluationSummary.js';
export { changeRowsFromGroups, type EvaluationChangeRow } from './changeRows.js';
export {
  changeSize,
  changeWords,
  cohen1988,
  intervalHoldsZero,
  readFigures,
  type ChangeFigures,
  type ChangeReading,
  type ChangeSize,
  type ChangeWords,
} from './changeWords.js';
export { roiWords, type RoiOutcome, type RoiWords } from './roiWords.js';
export {
  defaultEvaluationSummaryMessages,
  type EvaluationChangeKind,
  type EvaluationChangeText,
  type EvaluationRoiText,
  type EvaluationSummaryMessages,
  type EvaluationSummaryText,
} from './messages.js';
export type {
  ChartView,
  HeadingLevel,
  HeadingProps,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  ViewProps,
} from '../shared/widgetProps.js';

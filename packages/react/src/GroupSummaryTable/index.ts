// Re-exported for compatibility: the CSV writer now lives in @capkit/model/csv.
export { csvField, toCsv, type CsvOptions, type CsvValue } from '@capkit/model/csv';
export {
  GroupSummaryTable,
  groupMeasures,
  groupSummaryCsv,
  type GroupMeasure,
  type GroupSummaryContent,
  type GroupSummaryTableProps,
  type GroupSummaryTableSort,
} from './GroupSummaryTable.js';
export {
  defaultGroupSummaryTableMessages,
  type GroupSummaryFurthestText,
  type GroupSummaryTableMessages,
  type GroupSummaryWithheldText,
} from './messages.js';
export type { LoadStateProps, LoadStatus, LocaleProps } from '../shared/widgetProps.js';

export { csvField, toCsv, type CsvOptions, type CsvValue } from './csv.js';
export {
  GroupSummaryTable,
  groupMeasures,
  groupSummaryCsv,
  type GroupMeasure,
  type GroupSummaryContent,
  type GroupSummaryTableProps,
  type GroupSummaryTableSort,
} from './GroupSummaryTable.js';
export { defaultGroupSummaryTableMessages, type GroupSummaryTableMessages } from './messages.js';

export {
  columnMappingSchema,
  columnTargetSchema,
  csvTargetSchema,
  type ColumnMapping,
  type ColumnTarget,
  type CsvTarget,
} from './columnMapping.js';
export {
  decodeCsvBytes,
  detectEncoding,
  type CsvEncoding,
  type DecodedText,
  type DetectedEncoding,
} from './decode.js';
export {
  readCsvTable,
  type CsvReadLimits,
  type CsvTable,
  type ReadCsvOptions,
} from './readCsvTable.js';
export {
  detectDecimalSeparator,
  detectDelimiter,
  detectDialect,
  groupSeparatorOf,
  type CsvDelimiter,
  type CsvDialect,
} from './sniff.js';

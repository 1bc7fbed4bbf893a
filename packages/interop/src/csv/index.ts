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
  importResponses,
  importResponsesFromTable,
  importResponsesOrThrow,
  type ImportResponsesOptions,
} from './import/responses.js';
export type { CsvImportOptions } from './import/shared.js';
export {
  readCsvTable,
  type CsvReadLimits,
  type CsvTable,
  type ReadCsvOptions,
} from './readCsvTable.js';
export { longLayoutFields, responseFields, type ResponseField } from './responseFields.js';
export {
  detectDecimalSeparator,
  detectDelimiter,
  detectDialect,
  groupSeparatorOf,
  type CsvDelimiter,
  type CsvDialect,
} from './sniff.js';
export { suggestColumnMapping, type SuggestColumnMappingOptions } from './suggestColumnMapping.js';
export {
  parseColumnMapping,
  serializeColumnMapping,
  validateColumnMapping,
  type ColumnMappingResult,
  type ValidateColumnMappingOptions,
} from './validateColumnMapping.js';

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
// Organisation and framework tables in, every results table out (the tables helper's block).
export {
  bootstrapPrioritiesToCsv,
  borichCompetenciesToCsv,
  borichToCsv,
  budgetBurnDownToCsv,
  csvTable,
  frameworkItemsToCsv,
  importancePerformanceToCsv,
  maturityIndexToCsv,
  maturityRankIntervalsToCsv,
  membershipsToCsv,
  pairedChangeByGroupToCsv,
  pairedChangeToCsv,
  peopleToCsv,
  planInterventionsToCsv,
  planNeedsToCsv,
  publicationToCsv,
  rolesToCsv,
  treatedVsUntreatedToCsv,
  unitsToCsv,
  type CsvExportOptions,
  type PublicationLabels,
  type RolesCsvOptions,
  type TrainingNeedsLabels,
} from './export/index.js';
export {
  importFrameworkItems,
  type FrameworkHead,
  type ImportFrameworkItemsOptions,
} from './import/frameworkItems.js';
export {
  importOrganisation,
  type ImportOrganisationOptions,
  type OrganisationCsvFiles,
  type OrganisationImport,
  type OrganisationTable,
} from './import/organisation.js';
export type { CsvColumns } from './import/organisationColumns.js';
export type { DateOrder } from './import/organisationDates.js';

import type { AssessmentResponse, Campaign, Instrument, RaterPerspective } from '@capkit/model';
import type { ImportResult } from '../../shared/importMode.js';
import { InteropError, interopIssue } from '../../shared/interopIssue.js';
import type { ColumnMapping } from '../columnMapping.js';
import { readCsvTable, type CsvTable, type ReadCsvOptions } from '../readCsvTable.js';
import { validateColumnMapping } from '../validateColumnMapping.js';
import type { ResponseContext } from './responseContext.js';
import { readLongResponses } from './responsesLong.js';
import { readWideResponses } from './responsesWide.js';
import { finishImport, ImportIssues, type CsvImportOptions } from './shared.js';

/** Options of {@link importResponses}. */
export interface ImportResponsesOptions extends CsvImportOptions {
  /** Where each column goes, and how the file is written (its encoding, delimiter… override detection). */
  readonly mapping: unknown;
  readonly instrument: Instrument;
  /** The campaign the responses answer; its instrument must be `instrument`. */
  readonly campaign: Campaign;
  /**
   * Perspective of rows that have no perspective column (or leave it blank).
   * @default 'self' when the instrument allows it, else its first perspective
   */
  readonly perspective?: RaterPerspective;
  /** Time given to a row that has none (no submittedAt, startedAt or updatedAt column). */
  readonly fallbackTime?: string;
  /**
   * UTC offset of times written without one (KoboToolbox `_submission_time` is UTC; LimeSurvey
   * writes the server's local time).
   * @default 'Z'
   */
  readonly assumedOffset?: string;
  /** Reader options beyond the mapping's: `formulaQuote`, `limits`. */
  readonly read?: Pick<ReadCsvOptions, 'formulaQuote' | 'limits'>;
}

/**
 * Imports assessment responses from a CSV export (text, or bytes in any encoding the reader
 * knows), through a column mapping: `wide` (a row per response, a column per item, two for a
 * paired importance/performance item) or `long` (a row per answer). Values are checked against
 * the instrument's rating scale (decimal comma, scale labels, the mapping's not-applicable and
 * missing values), each response with the model's `validateResponse`. The same respondent
 * (with the same subject and perspective) on two rows is an error on both rows, never two
 * responses. Every problem is an issue with its row and column; in `allOrNothing` mode (the
 * default) any problem imports nothing, in `goodRows` mode the good rows are imported and the
 * others reported. Never throws for bad input.
 */
export function importResponses(
  input: string | Uint8Array,
  options: ImportResponsesOptions,
): ImportResult<AssessmentResponse[]> {
  const preliminary = validateColumnMapping(options.mapping, { instrument: options.instrument });
  if (!preliminary.success) return { success: false, issues: preliminary.issues, rowsRead: 0 };
  const mapping = preliminary.data;
  const table = readCsvTable(input, {
    ...options.read,
    ...(mapping.encoding === undefined ? {} : { encoding: mapping.encoding }),
    ...(mapping.delimiter === undefined ? {} : { delimiter: mapping.delimiter }),
    ...(mapping.decimalSeparator === undefined
      ? {}
      : { decimalSeparator: mapping.decimalSeparator }),
    ...(mapping.dialect === undefined ? {} : { dialect: mapping.dialect }),
  });
  return importResponsesFromTable(table, mapping, options);
}

/** {@link importResponses} for a table already read with {@link readCsvTable}. */
export function importResponsesFromTable(
  table: CsvTable,
  mapping: ColumnMapping,
  options: Omit<ImportResponsesOptions, 'mapping' | 'read'>,
): ImportResult<AssessmentResponse[]> {
  const issues = new ImportIssues(options.maxIssues);
  const rowsRead = table.rows.length;
  if (mapping.target !== 'responses')
    issues.add(
      interopIssue(
        { path: ['target'] },
        'import.wrongTarget',
        `The mapping is for ${mapping.target}, not responses`,
      ),
    );
  if (options.campaign.instrumentId !== options.instrument.id)
    issues.add(
      interopIssue(
        {},
        'import.campaignInstrumentMismatch',
        `Campaign "${options.campaign.id}" uses instrument "${options.campaign.instrumentId}", not "${options.instrument.id}"`,
      ),
    );
  for (const issue of table.issues) issues.add(issue);
  // Header problems first: with duplicate or missing headers the columns cannot be trusted.
  if (issues.fileFailed) return { success: false, issues: issues.list(), rowsRead };
  const checked = validateColumnMapping(mapping, {
    headers: table.headers,
    instrument: options.instrument,
  });
  if (!checked.success) {
    for (const issue of checked.issues) issues.add(issue);
    return { success: false, issues: issues.list(), rowsRead };
  }
  const columnOf = new Map(table.headers.map((header, index) => [header, index]));
  const fieldColumns = new Map<string, number>();
  for (const { header, to } of mapping.columns) {
    const column = columnOf.get(header);
    if (to.kind === 'field' && column !== undefined) fieldColumns.set(to.field, column);
  }
  const context: ResponseContext = {
    table,
    mapping,
    instrument: options.instrument,
    campaign: options.campaign,
    conventions: {
      scale: options.instrument.ratingScale,
      decimalSeparator: mapping.decimalSeparator ?? table.decimalSeparator,
      notApplicableValues: new Set(mapping.notApplicableValues ?? []),
      missingValues: new Set(mapping.missingValues ?? []),
    },
    fieldColumns,
    perspective:
      options.perspective ??
      (options.instrument.perspectives.includes('self')
        ? 'self'
        : (options.instrument.perspectives[0] ?? 'self')),
    fallbackTime: options.fallbackTime,
    assumedOffset: options.assumedOffset ?? 'Z',
  };
  const entries =
    (mapping.layout ?? 'wide') === 'long'
      ? readLongResponses(context, issues)
      : readWideResponses(context, issues);
  return finishImport(issues, rowsRead, entries, options.mode);
}

/** {@link importResponses}, returning the responses or throwing an {@link InteropError}. */
export function importResponsesOrThrow(
  input: string | Uint8Array,
  options: ImportResponsesOptions,
): AssessmentResponse[] {
  const result = importResponses(input, options);
  if (!result.success) throw new InteropError('The responses could not be imported', result.issues);
  if (result.rowsRejected > 0)
    throw new InteropError(`${result.rowsRejected} rows could not be imported`, result.issues);
  return result.data;
}

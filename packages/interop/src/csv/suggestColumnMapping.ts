import type { Instrument, InstrumentItem } from '@capkit/model';
import type { ColumnMapping, ColumnTarget, CsvTarget } from './columnMapping.js';
import { dialectColumnRole, fieldNamedBy, looseKey } from './dialectColumns.js';
import type { CsvTable } from './readCsvTable.js';
import { longLayoutFields, responseFields } from './responseFields.js';
import { detectDialect, groupSeparatorOf, type CsvDialect } from './sniff.js';

/** Options of {@link suggestColumnMapping}. */
export interface SuggestColumnMappingOptions {
  readonly target: CsvTarget;
  /** For responses: the instrument whose items the columns answer. */
  readonly instrument?: Instrument;
  /** Tool that wrote the export; detected from the headers when absent. */
  readonly dialect?: CsvDialect;
  /** For responses; detected from the headers (an item and a value column make it `long`). */
  readonly layout?: 'wide' | 'long';
  /** For other targets: the fields a column may map to, matched by name. */
  readonly fields?: readonly string[];
  /** The table the headers come from: its encoding, delimiter and decimal separator are saved too. */
  readonly table?: Pick<CsvTable, 'encoding' | 'delimiter' | 'decimalSeparator'>;
}

type Part = 'importance' | 'performance';
const partPattern =
  /^(?:(.+?)[\s_./-]*[[(]?(importance|imp|performance|perf)[\])]?|(importance|imp|performance|perf)[\s_./-]+(.+))$/i;
const limeSubQuestion = /^([A-Za-z][A-Za-z0-9]*)\[([A-Za-z0-9_]+)\]$/;

/**
 * A column mapping for these headers, to be shown to the user, edited and saved: every header
 * gets a target. Survey tools' metadata columns are ignored or mapped to response fields
 * (KoboToolbox `_submission_time`, ODK Central `SubmissionDate`, LimeSurvey `submitdate` →
 * `submittedAt`; a column naming the person, such as `staff_id` or LimeSurvey's `token`, →
 * `respondentId`, else the submission's own id — `_uuid`, `KEY`, `id`). Item columns are matched
 * to the instrument's items by id, by the id's last segment (`dl.q1` → `q1`) or by prompt text,
 * after stripping KoboToolbox (`group/q1`) and ODK (`group-q1`) group paths and reading
 * LimeSurvey sub-questions (`Q1[SQ001]` → `SQ001` or `Q1_SQ001`); `q1_importance` and
 * `q1_performance` (or `imp`/`perf`, or LimeSurvey's `IMP[q1]` and `PERF[q1]`) map to the two parts of a paired item. Whatever matches
 * nothing — and KoboToolbox's `Question/Option` 0/1 columns of a select-multiple — is ignored.
 */
export function suggestColumnMapping(
  headers: readonly string[],
  options: SuggestColumnMappingOptions,
): ColumnMapping {
  const dialect = options.dialect ?? detectDialect(headers);
  const base = {
    format: 'capkit.columnMapping' as const,
    version: 1 as const,
    target: options.target,
    dialect,
    ...(options.table === undefined
      ? {}
      : {
          encoding: options.table.encoding,
          delimiter: options.table.delimiter,
          decimalSeparator: options.table.decimalSeparator,
        }),
  };
  if (options.target !== 'responses') {
    const fields = options.fields ?? [];
    const taken = new Set<string>();
    const columns = headers.map((header) => {
      const field =
        dialectColumnRole(dialect, header) === undefined ? fieldNamedBy(header, fields) : undefined;
      if (field === undefined || taken.has(field)) return { header, to: ignore };
      taken.add(field);
      return { header, to: { kind: 'field' as const, field } };
    });
    return { ...base, columns };
  }
  return { ...base, ...suggestResponses(headers, dialect, options) };
}

const ignore: ColumnTarget = { kind: 'ignore' };

function suggestResponses(
  headers: readonly string[],
  dialect: CsvDialect,
  options: SuggestColumnMappingOptions,
): Pick<ColumnMapping, 'layout' | 'columns'> {
  const separator = groupSeparatorOf(dialect);
  // A form's own respondent question sits in a group like any other (`respondent/staff_id`).
  const named = headers.map(
    (header) =>
      fieldNamedBy(header, responseFields) ??
      (separator === undefined || !header.includes(separator)
        ? undefined
        : fieldNamedBy(header.slice(header.lastIndexOf(separator) + 1), responseFields)),
  );
  const layout =
    options.layout ?? (named.includes('itemId') && named.includes('value') ? 'long' : 'wide');
  const items = itemIndex(options.instrument);
  const headerSet = new Set(headers);
  const taken = new Set<string>();
  const submissionColumns: number[] = [];
  const targets = headers.map((header, index): ColumnTarget => {
    const role = dialectColumnRole(dialect, header);
    if (role === 'ignore') return ignore;
    if (role === 'respondentId') {
      submissionColumns.push(index);
      return ignore;
    }
    const field = role ?? named[index];
    if (field !== undefined && (layout === 'long' || !longLayoutFields.has(field))) {
      if (taken.has(field)) return ignore;
      taken.add(field);
      return { kind: 'field', field };
    }
    if (layout === 'long') return ignore;
    if (dialect === 'kobo' && isSelectMultipleOption(header, headerSet)) return ignore;
    const rating = matchItem(header, separator, items);
    if (rating === undefined) return ignore;
    const key = `${rating.itemId}\u0000${rating.part}`;
    if (taken.has(key)) return ignore;
    taken.add(key);
    return rating;
  });
  for (const index of submissionColumns) {
    const field = taken.has('respondentId') ? 'id' : 'respondentId';
    if (taken.has(field)) continue;
    taken.add(field);
    targets[index] = { kind: 'field', field };
  }
  return {
    layout,
    columns: headers.map((header, index) => ({ header, to: targets[index] ?? ignore })),
  };
}

// KoboToolbox writes a select-multiple question as its own column (`skills/tools`, the chosen
// options space-separated) and one 0/1 column per option (`skills/tools/excel`).
function isSelectMultipleOption(header: string, headers: ReadonlySet<string>): boolean {
  const cut = header.lastIndexOf('/');
  return cut > 0 && headers.has(header.slice(0, cut));
}

function itemIndex(instrument: Instrument | undefined): Map<string, InstrumentItem> {
  const index = new Map<string, InstrumentItem | null>();
  const put = (key: string, item: InstrumentItem) => {
    if (key === '') return;
    const known = index.get(key);
    // A key two items share matches neither.
    index.set(key, known === undefined || known === item ? item : null);
  };
  for (const item of instrument?.items ?? []) {
    put(looseKey(item.id), item);
    put(looseKey(item.id.split(/[.:]/).at(-1) ?? ''), item);
    for (const text of Object.values(item.prompt))
      if (typeof text === 'string') put(looseKey(text), item);
  }
  const unique = new Map<string, InstrumentItem>();
  for (const [key, item] of index) if (item !== null) unique.set(key, item);
  return unique;
}

function headerVariants(header: string, separator: '/' | '-' | undefined): string[] {
  const variants = [header];
  if (separator !== undefined) {
    let at = header.indexOf(separator);
    while (at >= 0) {
      variants.push(header.slice(at + 1));
      at = header.indexOf(separator, at + 1);
    }
  }
  const lime = limeSubQuestion.exec(header);
  if (lime !== null) variants.push(lime[2] ?? '', `${lime[1] ?? ''}_${lime[2] ?? ''}`);
  return variants;
}

function matchItem(
  header: string,
  separator: '/' | '-' | undefined,
  items: ReadonlyMap<string, InstrumentItem>,
): Extract<ColumnTarget, { kind: 'rating' }> | undefined {
  const variants = headerVariants(header, separator);
  for (const variant of variants) {
    const item = items.get(looseKey(variant));
    if (item?.format === 'rating') return { kind: 'rating', itemId: item.id, part: 'value' };
  }
  for (const variant of variants) {
    const parts = partPattern.exec(variant);
    if (parts === null) continue;
    const name = parts[1] ?? parts[4] ?? '';
    const word = (parts[2] ?? parts[3] ?? '').toLowerCase();
    const item = items.get(looseKey(name));
    const part: Part = word.startsWith('imp') ? 'importance' : 'performance';
    if (item?.format === 'importancePerformance') return { kind: 'rating', itemId: item.id, part };
  }
  return undefined;
}

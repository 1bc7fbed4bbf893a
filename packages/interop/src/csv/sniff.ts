/** Field separators found in survey exports: `,` (RFC 4180), `;` (European locales, LimeSurvey, KoboToolbox's option) and tab. */
export type CsvDelimiter = ',' | ';' | '\t';

/** The survey tool a CSV export came from, as far as its headers tell. */
export type CsvDialect = 'kobo' | 'odk' | 'limesurvey' | 'generic';

const delimiters: readonly CsvDelimiter[] = [',', ';', '\t'];

// Records read to decide the delimiter: enough to see past a title row, few enough to be instant.
const sampleRecords = 20;

/**
 * Counts each candidate delimiter outside quotes in the first records and picks the one whose
 * count is the same, and above zero, in the most records (a real separator splits every record
 * alike; a comma inside free text does not). Ties go to `,` then `;` then tab. A text with no
 * candidate at all (a single column) gives `,`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = delimiters.map(() => [] as number[]);
  let record = delimiters.map(() => 0);
  let quoted = false;
  let records = 0;
  for (let i = 0; i < text.length && records < sampleRecords; i += 1) {
    const char = text[i];
    if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && (char === '\n' || char === '\r')) {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      record.forEach((count, d) => counts[d]?.push(count));
      record = delimiters.map(() => 0);
      records += 1;
    } else if (!quoted) {
      const d = delimiters.indexOf(char as CsvDelimiter);
      if (d >= 0) record[d] = (record[d] ?? 0) + 1;
    }
  }
  if (records < sampleRecords) record.forEach((count, d) => counts[d]?.push(count));
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  delimiters.forEach((delimiter, d) => {
    const score = consistency(counts[d] ?? []);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  });
  return best;
}

// Records sharing the most frequent non-zero count, weighted so that more columns win a tie
// between equally consistent candidates.
function consistency(perRecord: readonly number[]): number {
  const frequency = new Map<number, number>();
  for (const count of perRecord)
    if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let best = 0;
  for (const [count, records] of frequency)
    best = Math.max(best, records * 1000 + Math.min(count, 999));
  return best;
}

const plainNumber = /^[+-]?\d+(?:\.\d+)?$/;
const commaDecimal = /^[+-]?\d+,\d+$/;

/**
 * `,` when numeric-looking fields use a decimal comma (`3,5`) and none uses a point, else `.`.
 * Only meaningful when the delimiter is not `,`: with `,` as separator a decimal comma would be
 * quoted, and is recognised the same way.
 */
export function detectDecimalSeparator(fields: Iterable<string>): '.' | ',' {
  let commas = 0;
  for (const field of fields) {
    if (plainNumber.test(field) && field.includes('.')) return '.';
    if (commaDecimal.test(field)) commas += 1;
  }
  return commas > 0 ? ',' : '.';
}

const koboMeta = new Set([
  '_uuid',
  '_submission_time',
  '_index',
  '_id',
  '_validation_status',
  '_submitted_by',
]);
const odkMeta = new Set([
  'SubmissionDate',
  'KEY',
  'SubmitterID',
  'SubmitterName',
  'AttachmentsPresent',
  'ReviewState',
  'instanceID',
  'meta-instanceID',
]);
const limeMeta = new Set([
  'submitdate',
  'lastpage',
  'startlanguage',
  'seed',
  'startdate',
  'datestamp',
]);
const limeSubQuestion = /^[A-Za-z][A-Za-z0-9]*\[[A-Za-z0-9_]+\]$/;

/**
 * Which tool wrote the export, from its headers: KoboToolbox's `_uuid` / `_submission_time` /
 * `_index` metadata, ODK Central's `KEY` with `SubmissionDate` or `meta-instanceID`, LimeSurvey's
 * `submitdate` / `lastpage` / `startlanguage` or its `Q1[SQ001]` sub-question headers.
 */
export function detectDialect(headers: readonly string[]): CsvDialect {
  const count = (set: ReadonlySet<string>) => headers.filter((header) => set.has(header)).length;
  if (count(koboMeta) >= 2) return 'kobo';
  if (headers.includes('KEY') && count(odkMeta) >= 2) return 'odk';
  if (count(limeMeta) >= 2 || headers.filter((header) => limeSubQuestion.test(header)).length >= 2)
    return 'limesurvey';
  return 'generic';
}

/**
 * The separator a dialect joins group paths with in its headers: KoboToolbox `group/question`,
 * ODK Central `group-question`; LimeSurvey and plain spreadsheets have no groups.
 */
export function groupSeparatorOf(dialect: CsvDialect): '/' | '-' | undefined {
  return dialect === 'kobo' ? '/' : dialect === 'odk' ? '-' : undefined;
}

import type { CsvDialect } from './sniff.js';

/** What a survey tool's own column means to a responses import. */
export type DialectColumnRole =
  'ignore' | 'respondentId' | 'id' | 'submittedAt' | 'startedAt' | 'updatedAt';

// Metadata columns each tool writes. `respondentId` marks the column that identifies a
// submission: used as the respondent when the form has no column naming the person (then it
// becomes the response's `id`).
const kobo: Readonly<Record<string, DialectColumnRole>> = {
  _uuid: 'respondentId',
  _submission_time: 'submittedAt',
  start: 'startedAt',
  end: 'updatedAt',
  _id: 'ignore',
  _index: 'ignore',
  _validation_status: 'ignore',
  _submitted_by: 'ignore',
  _status: 'ignore',
  _notes: 'ignore',
  _tags: 'ignore',
  _version_: 'ignore',
  __version__: 'ignore',
  _parent_index: 'ignore',
  'meta/instanceID': 'ignore',
  'meta/rootUuid': 'ignore',
  'formhub/uuid': 'ignore',
  today: 'ignore',
  deviceid: 'ignore',
  username: 'ignore',
  phonenumber: 'ignore',
};

const odk: Readonly<Record<string, DialectColumnRole>> = {
  KEY: 'respondentId',
  SubmissionDate: 'submittedAt',
  start: 'startedAt',
  end: 'updatedAt',
  'meta-instanceID': 'ignore',
  'meta-instanceName': 'ignore',
  SubmitterID: 'ignore',
  SubmitterName: 'ignore',
  AttachmentsPresent: 'ignore',
  AttachmentsExpected: 'ignore',
  Status: 'ignore',
  ReviewState: 'ignore',
  DeviceID: 'ignore',
  Edits: 'ignore',
  FormVersion: 'ignore',
  today: 'ignore',
  deviceid: 'ignore',
};

const limesurvey: Readonly<Record<string, DialectColumnRole>> = {
  id: 'respondentId',
  submitdate: 'submittedAt',
  startdate: 'startedAt',
  datestamp: 'updatedAt',
  lastpage: 'ignore',
  startlanguage: 'ignore',
  seed: 'ignore',
  ipaddr: 'ignore',
  refurl: 'ignore',
  interviewtime: 'ignore',
};

/** The role of a tool's metadata column, or `undefined` for a column of the form itself. */
export function dialectColumnRole(
  dialect: CsvDialect,
  header: string,
): DialectColumnRole | undefined {
  const table =
    dialect === 'kobo'
      ? kobo
      : dialect === 'odk'
        ? odk
        : dialect === 'limesurvey'
          ? limesurvey
          : {};
  return Object.hasOwn(table, header) ? table[header] : undefined;
}

// Headers, compared without case, spaces, `_`, `-` or `.`, that name the person who answered
// (LimeSurvey's participant `token` among them) or the other fields.
const fieldSynonyms: Readonly<Record<string, readonly string[]>> = {
  respondentId: [
    'respondentid',
    'respondent',
    'personid',
    'person',
    'staffid',
    'employeeid',
    'employeenumber',
    'token',
    'participantid',
  ],
  subjectId: ['subjectid', 'subject', 'rateeid', 'ratee'],
  perspective: ['perspective', 'raterperspective', 'ratertype'],
  status: ['status', 'responsestatus'],
  id: ['responseid'],
  startedAt: ['startedat', 'starttime'],
  updatedAt: ['updatedat', 'endtime'],
  submittedAt: ['submittedat', 'submissiontime', 'submissiondate', 'submitted'],
  itemId: ['itemid', 'item', 'question', 'questionid'],
  value: ['value', 'rating', 'answer', 'score'],
  part: ['part', 'scale', 'dimension'],
};

/** Compares headers as people write them: without case, spaces, `_`, `-` or `.`. */
export function looseKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_.\-:]+/g, '');
}

/** The field a header names by a common name (`staff_id` → `respondentId`), if any. */
export function fieldNamedBy(header: string, fields: readonly string[]): string | undefined {
  const key = looseKey(header);
  for (const field of fields) {
    if (looseKey(field) === key) return field;
    if (fieldSynonyms[field]?.includes(key) === true) return field;
  }
  return undefined;
}

/**
 * Fields a responses CSV maps columns to (`{ kind: 'field', field }`). In the wide layout a row
 * is one response; in the long layout a row is one answer, and `itemId`, `value` (and `part`
 * for paired items) say which answer.
 */
export const responseFields = [
  'id',
  'respondentId',
  'subjectId',
  'perspective',
  'status',
  'startedAt',
  'updatedAt',
  'submittedAt',
  'itemId',
  'value',
  'part',
] as const;

/** A field of a responses CSV; see {@link responseFields}. */
export type ResponseField = (typeof responseFields)[number];

/** Fields only the long layout has. */
export const longLayoutFields: ReadonlySet<string> = new Set(['itemId', 'value', 'part']);

/** Fields a responses mapping must have, by layout. */
export const requiredResponseFields = {
  wide: ['respondentId'],
  long: ['respondentId', 'itemId', 'value'],
} as const;

import {
  idSchema,
  raterPerspectiveSchema,
  validateResponse,
  type Answer,
  type AssessmentResponse,
  type Campaign,
  type Instrument,
  type RaterPerspective,
} from '@capkit/model';
import { interopIssue } from '../../shared/interopIssue.js';
import type { ColumnMapping } from '../columnMapping.js';
import type { CsvTable } from '../readCsvTable.js';
import { readDateTime, type RatingConventions } from './responseCells.js';
import type { ImportIssues } from './shared.js';

/** What the wide and long readers share: the mapping resolved against one table. */
export interface ResponseContext {
  readonly table: CsvTable;
  readonly mapping: ColumnMapping;
  readonly instrument: Instrument;
  readonly campaign: Campaign;
  readonly conventions: RatingConventions;
  /** Column index of each mapped field. */
  readonly fieldColumns: ReadonlyMap<string, number>;
  readonly perspective: RaterPerspective;
  readonly fallbackTime: string | undefined;
  readonly assumedOffset: string;
}

/** The part of a response a row gives besides its answers. */
export interface ResponseHead {
  readonly respondentId: string;
  readonly subjectId?: string;
  readonly perspective: RaterPerspective;
  readonly id?: string;
  readonly status: 'draft' | 'submitted';
  readonly startedAt: string;
  readonly updatedAt: string;
  readonly submittedAt?: string;
}

/** The text of a mapped field in a row, trimmed; `undefined` when the field is not mapped. */
export function fieldText(
  context: ResponseContext,
  row: readonly string[],
  field: string,
): string | undefined {
  const column = context.fieldColumns.get(field);
  return column === undefined ? undefined : (row[column] ?? '').trim();
}

/** The header of a mapped field's column, for locating issues. */
export function fieldHeader(context: ResponseContext, field: string): string | undefined {
  const column = context.fieldColumns.get(field);
  return column === undefined ? undefined : context.table.headers[column];
}

const perspectiveByKey = new Map(
  raterPerspectiveSchema.options.map((perspective) => [perspective.toLowerCase(), perspective]),
);

/** Reads a row's respondent, subject, perspective, status and times; issues for what is wrong. */
export function readResponseHead(
  context: ResponseContext,
  row: readonly string[],
  rowNumber: number,
  issues: ImportIssues,
): ResponseHead | undefined {
  const before = issues.count;
  const at = (field: string) => {
    const column = fieldHeader(context, field);
    return column === undefined ? { row: rowNumber } : { row: rowNumber, column };
  };
  const id = (field: 'respondentId' | 'subjectId' | 'id') => {
    const text = fieldText(context, row, field);
    if (text === undefined || text === '') {
      if (field === 'respondentId')
        issues.add(
          interopIssue(at(field), 'import.missingRespondent', 'The row names no respondent'),
        );
      return undefined;
    }
    if (!idSchema.safeParse(text).success) {
      issues.add(
        interopIssue(
          at(field),
          'import.invalidId',
          `"${text}" is not an id: use letters, digits and . _ : - (at most 200 characters), starting with a letter or digit`,
        ),
      );
      return undefined;
    }
    return text;
  };
  const respondentId = id('respondentId');
  const subjectId = id('subjectId');
  const responseId = id('id');

  const perspectiveText = fieldText(context, row, 'perspective') ?? '';
  const perspective =
    perspectiveText === ''
      ? context.perspective
      : perspectiveByKey.get(perspectiveText.toLowerCase());
  if (perspective === undefined || !context.instrument.perspectives.includes(perspective))
    issues.add(
      interopIssue(
        at('perspective'),
        'import.perspectiveNotAllowed',
        `"${perspectiveText || context.perspective}" is not a perspective of this instrument (${context.instrument.perspectives.join(', ')})`,
      ),
    );

  const time = (field: 'startedAt' | 'updatedAt' | 'submittedAt') => {
    const text = fieldText(context, row, field);
    if (text === undefined || text === '') return undefined;
    const iso = readDateTime(text, context.assumedOffset);
    if (iso === undefined)
      issues.add(
        interopIssue(
          at(field),
          'import.invalidDateTime',
          `"${text}" is not a date and time (ISO 8601, e.g. 2026-03-01T09:00:00Z)`,
        ),
      );
    return iso;
  };
  const started = time('startedAt');
  const updated = time('updatedAt');
  const submitted = time('submittedAt');
  const statusText = fieldText(context, row, 'status')?.toLowerCase();
  // A mapped but empty submission time is how LimeSurvey marks an unfinished response.
  const status =
    statusText === undefined || statusText === ''
      ? context.fieldColumns.has('submittedAt') && submitted === undefined
        ? 'draft'
        : 'submitted'
      : statusText === 'draft' || statusText === 'submitted'
        ? statusText
        : undefined;
  if (status === undefined)
    issues.add(
      interopIssue(
        at('status'),
        'import.invalidStatus',
        `"${statusText ?? ''}" is not a status: use draft or submitted`,
      ),
    );
  const submittedAt =
    status === 'submitted' ? (submitted ?? updated ?? context.fallbackTime) : undefined;
  const startedAt = started ?? submitted ?? updated ?? context.fallbackTime;
  const updatedAt = updated ?? submitted ?? started ?? context.fallbackTime;
  const unreadable = [started, updated, submitted].some(
    (time, index) =>
      time === undefined &&
      (fieldText(context, row, ['startedAt', 'updatedAt', 'submittedAt'][index] ?? '') ?? '') !==
        '',
  );
  if (
    !unreadable &&
    ((status === 'submitted' && submittedAt === undefined) || startedAt === undefined)
  )
    issues.add(
      interopIssue(
        at('submittedAt'),
        'import.missingTime',
        'The row gives no time: map a column to submittedAt (or startedAt), or pass fallbackTime',
      ),
    );
  if (
    issues.count > before ||
    respondentId === undefined ||
    perspective === undefined ||
    status === undefined ||
    startedAt === undefined ||
    updatedAt === undefined
  )
    return undefined;
  return {
    respondentId,
    ...(subjectId === undefined ? {} : { subjectId }),
    perspective,
    ...(responseId === undefined ? {} : { id: responseId }),
    status,
    startedAt,
    updatedAt,
    ...(submittedAt === undefined ? {} : { submittedAt }),
  };
}

/** Which response a row belongs to: one per respondent, subject and perspective. */
export function responseKey(head: ResponseHead): string {
  return [head.respondentId, head.subjectId ?? '', head.perspective].join('\u0000');
}

/** How the duplicate issue names a response key. */
export function describeResponseKey(key: string): string {
  const [respondentId = '', subjectId = '', perspective = ''] = key.split('\u0000');
  return `Respondent "${respondentId}"${subjectId === '' ? '' : ` rating "${subjectId}"`} (${perspective})`;
}

/**
 * Builds the response and checks it with the model's `validateResponse`; its issues are put on
 * `rowNumber`. The id, when no column gives one, is made from the campaign, respondent, subject
 * and perspective, so that importing the same file twice gives the same ids.
 */
export function buildResponse(
  context: ResponseContext,
  head: ResponseHead,
  answers: readonly Answer[],
  rowNumber: number,
  issues: ImportIssues,
): AssessmentResponse | undefined {
  const id =
    head.id ??
    [
      context.campaign.id,
      head.respondentId,
      ...(head.subjectId === undefined ? [] : [head.subjectId]),
      ...(head.perspective === context.perspective ? [] : [head.perspective]),
    ].join(':');
  const candidate = {
    id,
    campaignId: context.campaign.id,
    respondentId: head.respondentId,
    ...(head.subjectId === undefined ? {} : { subjectId: head.subjectId }),
    perspective: head.perspective,
    status: head.status,
    startedAt: head.startedAt,
    updatedAt: head.updatedAt,
    ...(head.submittedAt === undefined ? {} : { submittedAt: head.submittedAt }),
    answers,
  };
  const checked = validateResponse(candidate);
  if (checked.success) return checked.data;
  for (const issue of checked.issues) issues.add({ ...issue, row: rowNumber });
  return undefined;
}

import { startsLikeFormula, toCsv, type CsvValue } from '@capkit/model/csv';
import type { Answer, AssessmentResponse } from '@capkit/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../columnMapping.js';
import { surveyCampaign, surveyInstrument } from '../fixtures/surveyInstrument.js';
import { readCsvTable } from '../readCsvTable.js';
import { importResponses } from './responses.js';

// capkit's responses as a wide CSV, written with the model's one CSV writer: a missing answer
// is blank, a skipped one "skipped", not applicable "n/a".
const fieldColumns = [
  'id',
  'respondentId',
  'subjectId',
  'perspective',
  'status',
  'startedAt',
  'updatedAt',
  'submittedAt',
] as const;
const itemColumns = [
  ['dl.q1', 'value'],
  ['dl.q2', 'value'],
  ['ux.q3', 'importance'],
  ['ux.q3', 'performance'],
] as const;
const mapping: ColumnMapping = {
  format: 'capkit.columnMapping',
  version: 1,
  target: 'responses',
  layout: 'wide',
  notApplicableValues: ['n/a'],
  missingValues: ['skipped'],
  columns: [
    ...fieldColumns.map((field) => ({ header: field, to: { kind: 'field' as const, field } })),
    ...itemColumns.map(([itemId, part]) => ({
      header: part === 'value' ? itemId : `${itemId} ${part}`,
      to: { kind: 'rating' as const, itemId, part },
    })),
  ],
};

function cell(answer: Answer | undefined, part: 'value' | 'importance' | 'performance'): CsvValue {
  if (answer === undefined) return undefined;
  if (answer.kind === 'notApplicable') return 'n/a';
  const value = answer.kind === 'rating' ? answer.value : answer[part as 'importance'];
  return value ?? 'skipped';
}

function responsesCsv(responses: readonly AssessmentResponse[]): string {
  const rows = responses.map((response) => [
    ...fieldColumns.map((field) => response[field] as CsvValue),
    ...itemColumns.map(([itemId, part]) =>
      cell(
        response.answers.find((answer) => answer.itemId === itemId),
        part,
      ),
    ),
  ]);
  return toCsv([mapping.columns.map((column) => column.header), ...rows]);
}

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,12}$/);
const time = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const answers: fc.Arbitrary<Answer[]> = fc
  .tuple(
    fc.option(
      fc.oneof(
        rating.map((value): Answer => ({ kind: 'rating', itemId: 'dl.q1', value })),
        fc.constant<Answer>({ kind: 'notApplicable', itemId: 'dl.q1' }),
      ),
      { nil: undefined },
    ),
    fc.option(
      rating.map((value): Answer => ({ kind: 'rating', itemId: 'dl.q2', value })),
      { nil: undefined },
    ),
    fc.option(
      fc.oneof(
        fc.tuple(rating, rating).map(([importance, performance]): Answer => ({
          kind: 'importancePerformance',
          itemId: 'ux.q3',
          importance,
          performance,
        })),
        fc.constant<Answer>({ kind: 'notApplicable', itemId: 'ux.q3' }),
      ),
      { nil: undefined },
    ),
  )
  .map((list) => list.filter((answer): answer is Answer => answer !== undefined));
const response = (respondentId: string) =>
  fc
    .record({
      id,
      subjectId: fc.option(id, { nil: undefined }),
      perspective: fc.constantFrom('self' as const, 'supervisor' as const),
      submitted: fc.boolean(),
      startedAt: time,
      updatedAt: time,
      submittedAt: time,
      answers,
    })
    .map(({ subjectId, submitted, submittedAt, ...rest }): AssessmentResponse => ({
      id: rest.id,
      campaignId: surveyCampaign.id,
      respondentId,
      ...(subjectId === undefined ? {} : { subjectId }),
      perspective: rest.perspective,
      status: submitted ? 'submitted' : 'draft',
      startedAt: rest.startedAt,
      updatedAt: rest.updatedAt,
      ...(submitted ? { submittedAt } : {}),
      answers: rest.answers,
    }));
const responses = fc
  .uniqueArray(id, { maxLength: 8 })
  .chain((respondents) => fc.tuple(...respondents.map(response)));

describe('CSV export → import', () => {
  it('gives back the responses written with the model’s CSV writer', () => {
    fc.assert(
      fc.property(responses, (written) => {
        const result = importResponses(responsesCsv(written), {
          mapping,
          instrument: surveyInstrument,
          campaign: surveyCampaign,
        });
        expect(result.issues).toEqual([]);
        expect(result.success && result.data).toEqual(written);
      }),
    );
  });
});

// The writer puts ' before formula-like text; the reader takes it off again. The one text the
// writer leaves ambiguous is text that itself starts with ' before formula-like text ('=1 is
// written as is, like =1 guarded), so it is left out here and documented.
const ambiguous = (text: string) => text.startsWith("'") && startsLikeFormula(text.slice(1));
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    'é',
    ' ',
    '=',
    '+',
    '-',
    '@',
    "'",
    '"',
    ',',
    ';',
    '\n',
    '\r',
    '\t',
    '3',
    '\uFF1D',
    '\u2212',
  ),
  maxLength: 8,
});

describe('readCsvTable reads the model’s toCsv back', () => {
  it('field for field, formula guard undone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(text, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        (width, rows) => {
          const table = rows.map((row) => row.slice(0, width));
          fc.pre(table.every((row) => row.every((field) => !ambiguous(field))));
          fc.pre(table.every((row) => row.some((field) => field !== ''))); // blank records are skipped
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const read = readCsvTable(toCsv([header, ...table]), { delimiter: ',' });
          expect(read.issues).toEqual([]);
          expect(read.rows).toEqual(table);
        },
      ),
      { numRuns: 500 },
    );
  });
});

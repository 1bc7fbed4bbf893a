import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../columnMapping.js';
import { surveyCampaign, surveyInstrument } from '../fixtures/surveyInstrument.js';
import { importResponses, importResponsesOrThrow } from './responses.js';

const wide: ColumnMapping = {
  format: 'capkit.columnMapping',
  version: 1,
  target: 'responses',
  layout: 'wide',
  notApplicableValues: ['na'],
  missingValues: ['skipped'],
  columns: [
    { header: 'staff', to: { kind: 'field', field: 'respondentId' } },
    { header: 'when', to: { kind: 'field', field: 'submittedAt' } },
    { header: 'q1', to: { kind: 'rating', itemId: 'dl.q1', part: 'value' } },
    { header: 'q2', to: { kind: 'rating', itemId: 'dl.q2', part: 'value' } },
    { header: 'q3i', to: { kind: 'rating', itemId: 'ux.q3', part: 'importance' } },
    { header: 'q3p', to: { kind: 'rating', itemId: 'ux.q3', part: 'performance' } },
  ],
};
const header = 'staff,when,q1,q2,q3i,q3p\n';
const options = { mapping: wide, instrument: surveyInstrument, campaign: surveyCampaign };
const located = (issues: readonly { row?: number; column?: string; code: string }[]) =>
  issues.map(({ row, column, code }) => [row, column, code]);

describe('importResponses: wide layout', () => {
  it('reads missing, not-applicable and blank cells as the model means them', () => {
    const result = importResponsesOrThrow(
      `${header}p1,2026-03-01T09:00:00Z,skipped,na,,\n`,
      options,
    );
    expect(result[0]?.answers).toEqual([
      { kind: 'rating', itemId: 'dl.q1', value: null },
      { kind: 'notApplicable', itemId: 'dl.q2' },
    ]);
  });

  it('imports nothing when one row is bad (allOrNothing), naming row, column and reason', () => {
    const csv = `${header}p1,2026-03-01T09:00:00Z,3,4,5,2\np2,2026-03-01T10:00:00Z,7,x,5,na\n`;
    const result = importResponses(csv, options);
    expect(result.success).toBe(false);
    expect(result.rowsRead).toBe(2);
    expect(located(result.issues)).toEqual([
      [3, 'q1', 'import.ratingOutOfScale'],
      [3, 'q2', 'import.notARating'],
      [3, 'q3p', 'import.mixedNotApplicable'],
    ]);
    expect(result.issues[0]?.message).toBe('7 is not a point of the scale 1–5');
  });

  it('imports the good rows and reports the others (goodRows)', () => {
    const csv = `${header}p1,2026-03-01T09:00:00Z,3,4,5,2\np2,yesterday,3,4,5,2\np3,2026-03-01T11:00:00Z,1,1,1,1\n`;
    const result = importResponses(csv, { ...options, mode: 'goodRows' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.map((response) => response.respondentId)).toEqual(['p1', 'p3']);
    expect([result.rowsRead, result.rowsImported, result.rowsRejected]).toEqual([3, 2, 1]);
    expect(located(result.issues)).toEqual([[3, 'when', 'import.invalidDateTime']]);
  });

  it('rejects the same person twice, on both rows, in either mode', () => {
    const csv = `${header}p1,2026-03-01T09:00:00Z,3,4,5,2\np2,2026-03-01T10:00:00Z,1,1,1,1\np1,2026-03-02T09:00:00Z,4,4,4,4\n`;
    const strict = importResponses(csv, options);
    expect(strict.success).toBe(false);
    expect(located(strict.issues)).toEqual([
      [2, 'staff', 'import.duplicateResponse'],
      [4, 'staff', 'import.duplicateResponse'],
    ]);
    expect(strict.issues[0]?.message).toBe(
      'Respondent "p1" (self) appears in rows 2 and 4: keep one of them',
    );
    const lenient = importResponses(csv, { ...options, mode: 'goodRows' });
    expect(lenient.success && lenient.data.map((response) => response.respondentId)).toEqual([
      'p2',
    ]);
  });

  it('fails the whole file for header problems, whatever the mode', () => {
    const result = importResponses('staff,when,q1,q1,q3i,q3p\np1,2026-03-01T09:00:00Z,1,1,1,1\n', {
      ...options,
      mode: 'goodRows',
    });
    expect(result.success).toBe(false);
    expect(located(result.issues)).toEqual([[1, 'q1', 'csv.duplicateHeader']]);
  });

  it('reports a column the saved mapping does not know, so no new question is dropped silently', () => {
    const result = importResponses(
      `${header.trim()},q4\np1,2026-03-01T09:00:00Z,1,1,1,1,3\n`,
      options,
    );
    expect(located(result.issues)).toEqual([[undefined, 'q4', 'columnMapping.unmappedHeader']]);
  });

  it('reports a missing respondent, a bad id and a perspective the instrument lacks', () => {
    const mapping: ColumnMapping = {
      ...wide,
      columns: [...wide.columns, { header: 'as', to: { kind: 'field', field: 'perspective' } }],
    };
    const csv = `${header.trim()},as\n,2026-03-01T09:00:00Z,1,1,1,1,self\nana@x,2026-03-01T09:00:00Z,1,1,1,1,self\np3,2026-03-01T09:00:00Z,1,1,1,1,peer\n`;
    const result = importResponses(csv, { ...options, mapping, mode: 'goodRows' });
    expect(located(result.issues)).toEqual([
      [2, 'staff', 'import.missingRespondent'],
      [3, 'staff', 'import.invalidId'],
      [4, 'as', 'import.perspectiveNotAllowed'],
    ]);
    expect(result.success && result.rowsImported).toBe(0);
  });

  it('stops listing at maxIssues but still rejects every bad row', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `p${i},2026-03-01T09:00:00Z,9,1,1,1\n`);
    const result = importResponses(header + rows.join(''), {
      ...options,
      mode: 'goodRows',
      maxIssues: 2,
    });
    expect(result.issues.map((issue) => issue.code)).toEqual([
      'import.ratingOutOfScale',
      'import.ratingOutOfScale',
      'import.tooManyIssues',
    ]);
    expect(result.success && result.rowsRejected).toBe(5);
  });

  it('throws an InteropError from the OrThrow variant only', () => {
    expect(() =>
      importResponsesOrThrow(`${header}p1,2026-03-01T09:00:00Z,9,1,1,1\n`, options),
    ).toThrow(
      'The responses could not be imported: Row 2, column "q1": 9 is not a point of the scale 1–5',
    );
  });

  it('rejects a campaign of another instrument and an invalid mapping without reading rows', () => {
    const other = { ...surveyCampaign, instrumentId: 'other' };
    expect(located(importResponses(header, { ...options, campaign: other }).issues)).toEqual([
      [undefined, undefined, 'import.campaignInstrumentMismatch'],
    ]);
    const broken = importResponses(header, { ...options, mapping: { ...wide, extra: 1 } });
    expect(broken.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['', 'unrecognized_keys'],
    ]);
  });
});

const long: ColumnMapping = {
  format: 'capkit.columnMapping',
  version: 1,
  target: 'responses',
  layout: 'long',
  columns: [
    { header: 'respondentId', to: { kind: 'field', field: 'respondentId' } },
    { header: 'itemId', to: { kind: 'field', field: 'itemId' } },
    { header: 'part', to: { kind: 'field', field: 'part' } },
    { header: 'value', to: { kind: 'field', field: 'value' } },
    { header: 'submittedAt', to: { kind: 'field', field: 'submittedAt' } },
  ],
};
const longHeader = 'respondentId,itemId,part,value,submittedAt\n';
const longOptions = { ...options, mapping: long };

describe('importResponses: long layout', () => {
  it('gathers a respondent’s rows wherever they are, answers in instrument order', () => {
    const csv = `${longHeader}p1,ux.q3,performance,2,2026-03-01T09:00:00Z\np2,dl.q1,,4,2026-03-01T10:00:00Z\np1,dl.q1,,3,2026-03-01T09:00:00Z\n`;
    const result = importResponsesOrThrow(csv, longOptions);
    expect(result.map((response) => [response.respondentId, response.answers])).toEqual([
      [
        'p1',
        [
          { kind: 'rating', itemId: 'dl.q1', value: 3 },
          { kind: 'importancePerformance', itemId: 'ux.q3', importance: null, performance: 2 },
        ],
      ],
      ['p2', [{ kind: 'rating', itemId: 'dl.q1', value: 4 }]],
    ]);
  });

  it('reports the same answer twice on both rows, and rows of one response that disagree', () => {
    const csv = `${longHeader}p1,dl.q1,,3,2026-03-01T09:00:00Z\np1,dl.q1,,4,2026-03-01T09:00:00Z\np1,dl.q2,,4,2026-03-02T09:00:00Z\n`;
    const result = importResponses(csv, longOptions);
    expect(located(result.issues)).toEqual([
      [4, 'submittedAt', 'import.conflictingResponseField'],
      [2, 'itemId', 'import.duplicateAnswer'],
      [3, 'itemId', 'import.duplicateAnswer'],
    ]);
    expect(result.issues[1]?.message).toBe(
      'Respondent "p1" (self)\'s answer to "dl.q1" appears in rows 2 and 3: keep one of them',
    );
  });

  it('reports unknown items and parts that do not fit the item', () => {
    const csv = `${longHeader}p1,dl.q9,,3,2026-03-01T09:00:00Z\np1,ux.q3,,3,2026-03-01T09:00:00Z\np1,dl.q1,importance,3,2026-03-01T09:00:00Z\n`;
    expect(located(importResponses(csv, longOptions).issues)).toEqual([
      [2, 'itemId', 'import.unknownItem'],
      [3, 'part', 'import.invalidPart'],
      [4, 'part', 'import.invalidPart'],
    ]);
  });

  it('in goodRows mode leaves out a whole response when one of its rows is bad, saying so', () => {
    const csv = `${longHeader}p1,dl.q1,,3,2026-03-01T09:00:00Z\np1,dl.q2,,9,2026-03-01T09:00:00Z\np2,dl.q1,,2,2026-03-01T09:00:00Z\n`;
    const result = importResponses(csv, { ...longOptions, mode: 'goodRows' });
    expect(result.success && result.data.map((response) => response.respondentId)).toEqual(['p2']);
    expect(located(result.issues)).toEqual([
      [3, 'value', 'import.ratingOutOfScale'],
      [2, undefined, 'import.siblingRowRejected'],
    ]);
    expect(result.success && [result.rowsImported, result.rowsRejected]).toEqual([1, 2]);
  });
});

import { describe, expect, it } from 'vitest';
import { surveyInstrument } from '../fixtures/surveyInstrument.js';
import { readDateTime, readRatingCell, type RatingConventions } from './responseCells.js';

const conventions: RatingConventions = {
  scale: surveyInstrument.ratingScale,
  decimalSeparator: ',',
  notApplicableValues: new Set(['99']),
  missingValues: new Set(['-99']),
};

describe('readRatingCell', () => {
  it.each([
    ['', { kind: 'absent' }],
    ['  ', { kind: 'absent' }],
    ['-99', { kind: 'value', value: null }],
    ['99', { kind: 'notApplicable' }],
    ['4', { kind: 'value', value: 4 }],
    ['4,0', { kind: 'value', value: 4 }],
    [' 2 ', { kind: 'value', value: 2 }],
    ['pas du tout', { kind: 'value', value: 1 }],
    ['EXPERT', { kind: 'value', value: 5 }],
  ])('reads %j', (cell, expected) => {
    expect(readRatingCell(cell, conventions)).toEqual(expected);
  });

  it.each([
    ['3,5', 'import.ratingOutOfScale'],
    ['0', 'import.ratingOutOfScale'],
    ['6', 'import.ratingOutOfScale'],
    ['4.0', 'import.notARating'],
    ['four', 'import.notARating'],
  ])('rejects %j as %s', (cell, code) => {
    const read = readRatingCell(cell, conventions);
    expect(read.kind === 'invalid' && read.code).toBe(code);
  });

  it('rejects not applicable where the scale does not allow it', () => {
    const strict = { ...conventions, scale: { ...conventions.scale, allowNotApplicable: false } };
    const read = readRatingCell('99', strict);
    expect(read.kind === 'invalid' && read.code).toBe('import.notApplicableNotAllowed');
  });
});

describe('readDateTime', () => {
  it.each([
    ['2026-03-01T09:12:33Z', '2026-03-01T09:12:33Z'],
    ['2026-03-01T09:12:33.412+01:00', '2026-03-01T09:12:33.412+01:00'],
    ['2026-03-01T09:12:33', '2026-03-01T09:12:33Z'],
    ['2026-03-01 09:12:33', '2026-03-01T09:12:33Z'],
    ['2026-03-01 09:12', '2026-03-01T09:12:00Z'],
    ['2026-03-01', '2026-03-01T00:00:00Z'],
    ['2026-03-01T09:12:33+0200', '2026-03-01T09:12:33+02:00'],
    ['2026-03-01 09:12:33,5', '2026-03-01T09:12:33.5Z'],
  ])('reads %j as %j', (text, expected) => {
    expect(readDateTime(text, 'Z')).toBe(expected);
  });

  it('takes times without an offset in the offset the caller gives', () => {
    expect(readDateTime('2026-03-01 09:12:33', '+03:00')).toBe('2026-03-01T09:12:33+03:00');
  });

  it.each(['01/03/2026', 'yesterday', '2026-13-01', '2026-03-01T25:00:00Z', ''])(
    'gives undefined for %j',
    (text) => {
      expect(readDateTime(text, 'Z')).toBeUndefined();
    },
  );
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  pairedResponsesFromRows,
  validatePairedResponses,
  validateRatingScale,
  type PairedResponses,
} from './pairedResponses.js';
import { MISSING } from './responseMatrix.js';
import { CapkitScoringError } from './scoringError.js';

describe('pairedResponsesFromRows', () => {
  it('lays both ratings out row-major, 255 for missing', () => {
    const data = pairedResponsesFromRows([
      { importance: [5, 4, null], performance: [3, null, 1] },
      { importance: [2, 3, 4], performance: [2, 2, 2] },
    ]);
    expect(data.respondents).toBe(2);
    expect(data.items).toBe(3);
    // Respondent 1, item 2 sits at 1 × 3 + 2 = 5.
    expect(Array.from(data.importance)).toEqual([5, 4, MISSING, 2, 3, 4]);
    expect(Array.from(data.performance)).toEqual([3, MISSING, 1, 2, 2, 2]);
  });

  it('gives an empty set for no rows', () => {
    const data = pairedResponsesFromRows([]);
    expect(data).toMatchObject({ respondents: 0, items: 0 });
    expect(data.importance.length).toBe(0);
  });

  it('names the row and side with the wrong number of ratings', () => {
    expect(() =>
      pairedResponsesFromRows([
        { importance: [1, 2, 3], performance: [1, 2, 3] },
        { importance: [1, 2, 3], performance: [1, 2] },
      ]),
    ).toThrow(new RangeError('rows[1].performance has 2 ratings, expected 3'));
  });

  it('names a rating that is not a whole number from 0 to 254', () => {
    expect(() => pairedResponsesFromRows([{ importance: [1, 2.5], performance: [1, 1] }])).toThrow(
      new RangeError('rows[0].importance[1] is 2.5, not a whole number from 0 to 254'),
    );
    for (const bad of [-1, 255, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => pairedResponsesFromRows([{ importance: [1], performance: [bad] }])).toThrow(
        /rows\[0\]\.performance\[0\]/,
      );
    }
  });
});

describe('validatePairedResponses', () => {
  const scale = { min: 1, max: 5 };

  it('accepts ratings on the scale and missing bytes', () => {
    const data = pairedResponsesFromRows([{ importance: [1, 5, null], performance: [null, 3, 5] }]);
    expect(() => validatePairedResponses(data, scale)).not.toThrow();
  });

  it('names the side, row and item of a byte off the scale', () => {
    // 14 respondents × 4 items; byte 0 (below min 1) at row 12, item 3 = index 12 × 4 + 3 = 51.
    const importance = new Uint8Array(14 * 4).fill(3);
    const performance = new Uint8Array(14 * 4).fill(2);
    importance[51] = 0;
    const data: PairedResponses = { respondents: 14, items: 4, importance, performance };
    expect(() => validatePairedResponses(data, scale)).toThrow(
      new CapkitScoringError(
        'importance[row 12][item 3]',
        'is 0, neither missing (255) nor on the scale 1–5',
      ),
    );
    importance[51] = 3;
    performance[4 * 2 + 1] = 6;
    expect(() => validatePairedResponses(data, scale)).toThrow(/^performance\[row 2\]\[item 1\]/);
  });

  it('names an array of the wrong length', () => {
    const data: PairedResponses = {
      respondents: 2,
      items: 3,
      importance: new Uint8Array(6).fill(1),
      performance: new Uint8Array(5).fill(1),
    };
    expect(() => validatePairedResponses(data, scale)).toThrow(
      new CapkitScoringError(
        'performance.length',
        'is 5, expected respondents × items = 2 × 3 = 6',
      ),
    );
  });

  it('rejects counts that are not whole numbers', () => {
    const data = {
      respondents: 1.5,
      items: 2,
      importance: new Uint8Array(3),
      performance: new Uint8Array(3),
    };
    expect(() => validatePairedResponses(data, scale)).toThrow(/^respondents:/);
    expect(() =>
      validatePairedResponses({ ...data, respondents: 1, items: Number.NaN }, scale),
    ).toThrow(/^items:/);
  });

  it('rejects a scale that is not 0 ≤ min < max ≤ 254 in whole numbers', () => {
    expect(() => validateRatingScale({ min: Number.NaN, max: 5 })).toThrow(/^scale\.min/);
    expect(() => validateRatingScale({ min: -1, max: 5 })).toThrow(/^scale\.min/);
    expect(() => validateRatingScale({ min: 3, max: 3 })).toThrow(/^scale\.max/);
    expect(() => validateRatingScale({ min: 1, max: 255 })).toThrow(/^scale\.max/);
    expect(() => validateRatingScale({ min: 1, max: 4.5 })).toThrow(/^scale\.max/);
    expect(() => validateRatingScale({ min: 0, max: 254 })).not.toThrow();
  });
});

describe('validatePairedResponses: properties', () => {
  const scale = { min: 1, max: 7 };
  const rowsArb = fc.integer({ min: 1, max: 6 }).chain((items) =>
    fc.array(
      fc.record({
        importance: fc.array(fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }), {
          minLength: items,
          maxLength: items,
        }),
        performance: fc.array(fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }), {
          minLength: items,
          maxLength: items,
        }),
      }),
      { minLength: 1, maxLength: 20 },
    ),
  );

  it('accepts every data set built from ratings on the scale', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        validatePairedResponses(pairedResponsesFromRows(rows), scale);
      }),
    );
  });

  it('finds a single off-scale byte at its exact row and item', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.nat(),
        fc.boolean(),
        fc.constantFrom(0, 8, 100, 254),
        (rows, position, onImportance, byte) => {
          const data = pairedResponsesFromRows(rows);
          const k = position % (data.respondents * data.items);
          (onImportance ? data.importance : data.performance)[k] = byte;
          const row = Math.floor(k / data.items);
          const side = onImportance ? 'importance' : 'performance';
          expect(() => validatePairedResponses(data, scale)).toThrow(
            `${side}[row ${row}][item ${k % data.items}]`,
          );
        },
      ),
    );
  });
});

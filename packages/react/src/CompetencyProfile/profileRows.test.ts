import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ddatScale } from '../../test/fixtures/CompetencyProfile.fixtures.js';
import { profileRows, shortfalls, shownGap, type CompetencyProfileDatum } from './profileRows.js';

const score = fc.oneof(
  fc.double({ min: 0, max: 5, noNaN: true }),
  fc.constantFrom(null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);
const datum = fc.record({
  id: fc.uuid(),
  label: fc.string({ minLength: 1 }),
  score,
  requiredLevel: fc.option(fc.oneof(fc.double({ min: 1, max: 4, noNaN: true }), fc.constant(NaN)), {
    nil: undefined,
  }),
}) as fc.Arbitrary<CompetencyProfileDatum>;

describe('profileRows', () => {
  it('works out gaps by hand: 3 − 2.2 = 0.8 below, 3.4 against 3 meets with no gap', () => {
    const [below, meets, missing] = profileRows(
      [
        { id: 'a', label: 'A', score: 2.2, requiredLevel: 3 },
        { id: 'b', label: 'B', score: 3.4, requiredLevel: 3 },
        { id: 'c', label: 'C', score: Number.NaN, requiredLevel: 2 },
      ],
      ddatScale,
      'en',
    );
    expect(below?.comparison).toBe('below');
    expect(below?.gap).toBeCloseTo(0.8);
    expect(below?.reached?.text).toBe('Working');
    expect(meets).toMatchObject({ comparison: 'meets', gap: 0 });
    expect(missing).toMatchObject({
      comparison: 'not-compared',
      gap: undefined,
      reached: undefined,
    });
    expect(missing?.datum.score).toBeNull();
  });

  it('meets a level a floating-point rounding error short of it', () => {
    const [row] = profileRows(
      [{ id: 'a', label: 'A', score: 0.1 + 0.2 + 2.7 - 1e-12, requiredLevel: 3 }],
      ddatScale,
      'en',
    );
    expect(row?.comparison).toBe('meets');
  });

  it('keeps one row per datum in order; a gap is never negative and is shown above 0 exactly when below', () => {
    fc.assert(
      fc.property(fc.array(datum, { maxLength: 20 }), (data) => {
        const rows = profileRows(data, ddatScale, 'en');
        expect(rows.map((row) => row.datum.id)).toEqual(data.map((d) => d.id));
        for (const row of rows) {
          const { score: s, requiredLevel } = row.datum;
          expect(s === null || Number.isFinite(s)).toBe(true);
          expect(requiredLevel === undefined || Number.isFinite(requiredLevel)).toBe(true);
          if (row.comparison === 'not-compared') {
            expect(row.gap).toBeUndefined();
          } else {
            expect(row.gap).toBeGreaterThanOrEqual(0);
            expect((shownGap(row) ?? 0) > 0).toBe(row.comparison === 'below' || (row.gap ?? 0) > 0);
          }
          if (s === null) expect(row.reached).toBeUndefined();
        }
      }),
    );
  });

  it('lists shortfalls largest gap first, and only shortfalls', () => {
    fc.assert(
      fc.property(fc.array(datum, { maxLength: 20 }), (data) => {
        const below = shortfalls(profileRows(data, ddatScale, 'en'));
        expect(below.every((row) => row.comparison === 'below')).toBe(true);
        for (let index = 1; index < below.length; index += 1) {
          expect(below[index - 1]?.gap ?? 0).toBeGreaterThanOrEqual(below[index]?.gap ?? 0);
        }
      }),
    );
  });
});

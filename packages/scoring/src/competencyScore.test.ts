import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competencyScore, type ItemRating } from './competencyScore.js';
import { CapkitScoringError } from './scoringError.js';
import { ddatScale } from './testScales.js';

const rate = (...values: (number | null)[]): ItemRating[] =>
  values.map((value, index) => ({ itemId: `q${index + 1}`, value }));

describe('competencyScore: hand-worked values (DDaT scale 1–4, default rule ≥ 50% answered)', () => {
  it('averages answered items only: (3 + 4 + 2) / 3 = 3 from 3 of 4 answers', () => {
    expect(competencyScore(rate(3, 4, null, 2), ddatScale)).toEqual({
      status: 'scored',
      score: 3,
      answered: 3,
      total: 4,
    });
  });

  it('gives (1 + 2 + 2 + 4) / 4 = 2.25 when every item is answered', () => {
    expect(competencyScore(rate(1, 2, 2, 4), ddatScale)).toMatchObject({
      score: 2.25,
      answered: 4,
    });
  });

  it('scores at exactly half answered: (2 + 3) / 2 = 2.5', () => {
    expect(competencyScore(rate(2, 3, null, null), ddatScale)).toMatchObject({
      status: 'scored',
      score: 2.5,
    });
  });

  it('withholds the score below the threshold instead of reporting 0', () => {
    expect(competencyScore(rate(4, null, null, null), ddatScale)).toEqual({
      status: 'insufficient',
      score: null,
      answered: 1,
      total: 4,
    });
    expect(competencyScore([], ddatScale)).toMatchObject({ status: 'insufficient', total: 0 });
  });

  it('applies a stricter rule when asked: one missing item of four fails 100%', () => {
    expect(competencyScore(rate(3, 4, null, 2), ddatScale, { minAnsweredShare: 1 }).status).toBe(
      'insufficient',
    );
  });
});

describe('competencyScore: bad input gives a located error', () => {
  it('names the rating whose value is off the scale', () => {
    expect(() => competencyScore(rate(3, 5, 2), ddatScale)).toThrow(
      new CapkitScoringError(
        'ratings[1].value',
        'item "q2" has value 5, outside scale "ddat" (1–4)',
      ),
    );
  });

  it('rejects NaN and infinities rather than averaging them', () => {
    expect(() => competencyScore(rate(3, Number.NaN), ddatScale)).toThrow(/ratings\[1\]\.value/);
    expect(() => competencyScore(rate(Number.POSITIVE_INFINITY), ddatScale)).toThrow(
      /ratings\[0\]/,
    );
  });

  it('rejects a threshold outside (0, 1]', () => {
    for (const minAnsweredShare of [0, -0.1, 1.5, Number.NaN]) {
      expect(() => competencyScore(rate(3), ddatScale, { minAnsweredShare })).toThrow(
        /options\.minAnsweredShare/,
      );
    }
  });
});

describe('competencyScore: properties', () => {
  const ratingsArb = fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }), {
    maxLength: 40,
  });

  it('keeps every score within the scale bounds', () => {
    fc.assert(
      fc.property(ratingsArb, (values) => {
        const result = competencyScore(rate(...values), ddatScale);
        return result.score === null || (result.score >= 1 && result.score <= 4);
      }),
    );
  });

  it('does not depend on the order of the items', () => {
    fc.assert(
      fc.property(
        ratingsArb.chain((values) =>
          fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length })),
        ),
        ([values, shuffled]) => {
          const a = competencyScore(rate(...values), ddatScale);
          const b = competencyScore(rate(...shuffled), ddatScale);
          expect(b.status).toBe(a.status);
          expect(b.answered).toBe(a.answered);
          if (a.score !== null && b.score !== null) expect(b.score).toBeCloseTo(a.score, 12);
        },
      ),
    );
  });

  it('scores exactly when the answered share meets the threshold', () => {
    fc.assert(
      fc.property(ratingsArb, fc.double({ min: 0.01, max: 1, noNaN: true }), (values, share) => {
        const result = competencyScore(rate(...values), ddatScale, { minAnsweredShare: share });
        const answered = values.filter((value) => value !== null).length;
        expect(result.answered).toBe(answered);
        expect(result.status === 'scored').toBe(answered > 0 && answered / values.length >= share);
      }),
    );
  });
});

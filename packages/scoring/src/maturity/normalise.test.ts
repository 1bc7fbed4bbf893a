import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapkitScoringError } from '../scoringError.js';
import { normaliseColumn, type IndicatorScale, type Normalisation } from './normalise.js';

// Expected values: reference/maturity/reference.py (numpy/scipy from COINr's n_* definitions),
// run outside the project; x = 3, 7, 7, 1, 12, target 10 (2 when lower is better), goalposts 2–10.
const x = Float64Array.from([3, 7, 7, 1, 12]);
const scale = (direction: number): IndicatorScale => ({
  indicatorId: 'i',
  path: 'indicators[0]',
  direction,
  target: direction > 0 ? 10 : 2,
  goalLow: 2,
  goalHigh: 10,
});
function run(method: Normalisation, direction = 1, values = x): number[] {
  const out = new Float64Array(values.length);
  normaliseColumn(values, out, method, scale(direction));
  return [...out];
}
const close = (actual: number[], expected: number[]) =>
  actual.forEach((value, k) => expect(value).toBeCloseTo(expected[k] as number, 12));

describe('normaliseColumn', () => {
  it('min–max to any range, direction first', () => {
    close(
      run({ method: 'minMax' }),
      [18.181818181818183, 54.54545454545454, 54.54545454545454, 0, 100],
    );
    close(
      run({ method: 'minMax', low: 1, high: 10 }),
      [2.6363636363636367, 5.909090909090908, 5.909090909090908, 1, 10],
    );
    close(
      run({ method: 'minMax' }, -1),
      [81.81818181818183, 45.45454545454545, 45.45454545454545, 100, 0],
    );
  });

  it('z-score with a target mean and sd (sample sd)', () => {
    close(
      run({ method: 'zScore', mean: 10, sd: 2 }),
      [
        8.585786437626904, 10.471404520791031, 10.471404520791031, 7.6429773960448415,
        12.82842712474619,
      ],
    );
    close(
      run({ method: 'zScore', mean: 10, sd: 2 }, -1),
      [
        11.414213562373096, 9.528595479208969, 9.528595479208969, 12.357022603955159,
        7.17157287525381,
      ],
    );
  });

  it('distance to target, capped or not, for either direction', () => {
    close(
      run({ method: 'distanceToTarget' }),
      [0.2222222222222222, 0.6666666666666666, 0.6666666666666666, 0, 1.2222222222222223],
    );
    close(
      run({ method: 'distanceToTarget', cap: true }),
      [0.2222222222222222, 0.6666666666666666, 0.6666666666666666, 0, 1],
    );
    close(run({ method: 'distanceToTarget' }, -1), [0.9, 0.5, 0.5, 1.1, 0]);
  });

  it('distance to max, rank and percentile rank (ties at their smallest rank)', () => {
    close(
      run({ method: 'distanceToMax' }),
      [0.18181818181818177, 0.5454545454545454, 0.5454545454545454, 0, 1],
    );
    expect(run({ method: 'rank' })).toEqual([2, 3, 3, 1, 5]);
    expect(run({ method: 'rank' }, -1)).toEqual([4, 2, 2, 5, 1]);
    expect(run({ method: 'percentileRank' })).toEqual([0.25, 0.5, 0.5, 0, 1]);
    expect(run({ method: 'percentileRank' }, -1)).toEqual([0.75, 0.25, 0.25, 1, 0]);
  });

  it('goalposts, clamped to the posts, flipped for lower-is-better', () => {
    close(run({ method: 'goalposts' }), [12.5, 62.5, 62.5, 0, 100]);
    close(run({ method: 'goalposts' }, -1), [87.5, 37.5, 37.5, 100, 0]);
  });

  it('keeps missing values missing', () => {
    const out = run({ method: 'rank' }, 1, Float64Array.from([3, Number.NaN, 1]));
    expect(out).toEqual([2, Number.NaN, 1]);
  });

  it('refuses, at the indicator, what it cannot normalise', () => {
    const flat = Float64Array.from([4, 4, 4]);
    expect(() => run({ method: 'minMax' }, 1, flat)).toThrow(
      new CapkitScoringError(
        'indicators[0]',
        'cannot normalise "i" (minMax): every entity has the same value',
      ),
    );
    expect(() => run({ method: 'zScore' }, 1, Float64Array.from([1, Number.NaN]))).toThrow(
      /1 value, at least 2 needed/,
    );
    const out = new Float64Array(5);
    expect(() =>
      normaliseColumn(x, out, { method: 'distanceToTarget' }, { ...scale(1), target: Number.NaN }),
    ).toThrow(/no target/);
    expect(() =>
      normaliseColumn(x, out, { method: 'goalposts' }, { ...scale(1), goalLow: Number.NaN }),
    ).toThrow(/no goalposts/);
  });

  it('min–max is monotone and stays within its range (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 30 }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        fc.constantFrom(1, -1),
        (values, low, width, direction) => {
          fc.pre(new Set(values).size > 1);
          const high = low + width;
          const out = run({ method: 'minMax', low, high }, direction, Float64Array.from(values));
          out.forEach((y, k) => {
            expect(y).toBeGreaterThanOrEqual(low - 1e-9 * width);
            expect(y).toBeLessThanOrEqual(high + 1e-9 * width);
            values.forEach((other, m) => {
              if (direction * (values[k] as number) < direction * other)
                expect(y).toBeLessThanOrEqual(out[m] as number);
            });
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

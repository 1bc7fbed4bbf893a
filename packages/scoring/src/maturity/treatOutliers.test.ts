import { describe, expect, it } from 'vitest';
import { skewKurtosis } from './skewKurtosis.js';
import { treatOutliers } from './treatOutliers.js';

// Expected values: reference/maturity/reference.py (scipy skew/kurtosis with bias=False, and
// COINr's Treat.numeric re-implemented in numpy from R/treat.R), run outside the project.
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe('skewKurtosis', () => {
  it('matches e1071 type 2 (scipy bias=False) on COINr’s example 1…10, 30, 100', () => {
    const { skewness, kurtosis } = skewKurtosis(Float64Array.from([...range(1, 10), 30, 100]));
    expect(skewness).toBeCloseTo(3.0632410342394993, 12);
    expect(kurtosis).toBeCloseTo(9.741390834569144, 12);
  });

  it('ignores missing values and gives 0, 0 for a constant column', () => {
    const withGap = skewKurtosis(Float64Array.from([...range(1, 10), Number.NaN, 30, 100]));
    expect(withGap.n).toBe(12);
    expect(withGap.skewness).toBeCloseTo(3.0632410342394993, 12);
    expect(skewKurtosis(Float64Array.from([2, 2, 2, 2, 2]))).toEqual({
      skewness: 0,
      kurtosis: 0,
      n: 5,
    });
  });
});

describe('treatOutliers (COINr’s rule)', () => {
  it('winsorises the one high outlier of COINr’s example and stops once the rule passes', () => {
    const x = Float64Array.from([...range(1, 10), 30, 100]);
    const report = treatOutliers(x, 'flights');
    expect(report.action).toBe('winsorised');
    expect(report.points).toBe(1);
    expect(report.side).toBe('high');
    expect([...x]).toEqual([...range(1, 10), 30, 30]);
    expect(report.skewnessAfter).toBeCloseTo(1.7120380600890506, 12);
    expect(report.kurtosisAfter).toBeCloseTo(1.8157805377242031, 12);
    expect(report.passes).toBe(true);
  });

  it('winsorises three points one at a time, re-checking after each', () => {
    const x = Float64Array.from([...range(1, 30), 100, 110, 120]);
    const report = treatOutliers(x, 'i');
    expect(report).toMatchObject({ action: 'winsorised', points: 3, side: 'high', passes: true });
    expect([...x]).toEqual([...range(1, 30), 30, 30, 30]);
    expect(report.skewnessAfter).toBeCloseTo(-0.08380607085459689, 12);
  });

  it('winsorises from the low side when the skew is negative', () => {
    const x = Float64Array.from([...range(1, 20), 200].map((v) => -v));
    const report = treatOutliers(x, 'i');
    expect(report).toMatchObject({ action: 'winsorised', points: 1, side: 'low' });
    expect(x[20]).toBe(-20);
    expect(report.kurtosisAfter).toBeCloseTo(-1.2481364767550653, 12);
  });

  it('falls back to log(x − min + 0.01·range) on the untreated values when 5 points do not suffice', () => {
    const values = [...range(1, 50), ...range(2, 8).map((k) => 10 ** k)];
    const x = Float64Array.from(values);
    const report = treatOutliers(x, 'i');
    expect(report).toMatchObject({ action: 'log', points: 0, side: 'high' });
    expect(x[0]).toBeCloseTo(13.815510547964275, 12);
    expect(x[50]).toBeCloseTo(13.815609543065086, 12);
    expect(x[56]).toBeCloseTo(18.430631064805535, 12);
    // COINr's shift is 1 % of a range of 1e8 here, so the log barely helps: it still fails, and says so.
    expect(report.skewnessAfter).toBeCloseTo(5.774589999970571, 9);
    expect(report.passes).toBe(false);
  });

  it('mirrors the log for negative skew: −log(max − x + 0.01·range)', () => {
    const values = [...range(1, 50), ...range(2, 8).map((k) => 10 ** k)].map((v) => -v);
    const x = Float64Array.from(values);
    const report = treatOutliers(x, 'i');
    expect(report).toMatchObject({ action: 'log', side: 'low' });
    expect(x[0]).toBeCloseTo(-13.815510547964275, 12);
    expect(report.skewnessAfter).toBeCloseTo(-5.774589999970571, 9);
  });

  it('leaves a passing indicator alone, and one with fewer than 4 values', () => {
    const x = Float64Array.from(range(1, 12));
    expect(treatOutliers(x, 'i')).toMatchObject({ action: 'none', points: 0 });
    expect([...x]).toEqual(range(1, 12));
    expect(treatOutliers(Float64Array.from([1, 2, 300]), 'j').action).toBe('tooFewValues');
  });

  it('takes its thresholds and limit from the rule', () => {
    const x = Float64Array.from([...range(1, 30), 100, 110, 120]);
    expect(treatOutliers(x, 'i', { maxWinsorised: 2 }).action).toBe('log');
    const y = Float64Array.from([...range(1, 10), 30, 100]);
    expect(treatOutliers(y, 'i', { skewness: 4 }).action).toBe('none');
  });
});

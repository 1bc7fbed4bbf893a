import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  incompleteBetaReference,
  logGammaReference,
  normalCdfReference,
  normalQuantileReference,
  tCdfReference,
  tQuantileReference,
} from './referenceValues.testdata.js';
import {
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
  studentTTwoSidedP,
} from './index.js';

// Every reference value was computed by mpmath (32 digits) outside the project; see
// reference/evaluation/studentT.py. Worst relative errors measured over these grids
// (Node 20): t CDF and p 6.7e-14 (df 1e5, far tail), t quantile 6.6e-14 (df 0.5, p 1e-100), incomplete beta
// 4.3e-14, log-gamma 4.4e-15, normal CDF 1.4e-15, normal quantile 3.5e-16.
function relative(got: number, want: number): number {
  return want === 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want);
}

describe('Student t against mpmath', () => {
  it('gives cdf(t), cdf(−t) and the two-sided p to 1e-12 relative over df 0.5 … 1e5, t 1e-8 … 1e5', () => {
    let worst = 0;
    for (const [t, df, upper, lower, twoSided] of tCdfReference) {
      worst = Math.max(
        worst,
        relative(studentTCdf(t, df), upper),
        relative(studentTCdf(-t, df), lower),
        relative(studentTTwoSidedP(t, df), twoSided),
      );
    }
    expect(tCdfReference.length).toBeGreaterThan(150);
    expect(worst).toBeLessThan(1e-12);
  });

  it('gives quantiles to 1e-12 relative for p from 1e-300 to 1 − 1e-10', () => {
    let worst = 0;
    for (const [p, df, quantile] of tQuantileReference)
      worst = Math.max(worst, relative(studentTQuantile(p, df), quantile));
    expect(tQuantileReference.length).toBeGreaterThan(180);
    expect(worst).toBeLessThan(1e-12);
  });

  it('matches the values in TOOLCHAIN.md (scipy) to 1e-15 relative', () => {
    expect(relative(studentTCdf(2, 5), 0.9490302605850708)).toBeLessThan(1e-15);
    expect(relative(studentTQuantile(0.975, 10), 2.2281388519862744)).toBeLessThan(1e-15);
    expect(relative(studentTQuantile(0.975, 200), 1.971896223633909)).toBeLessThan(1e-15);
  });

  it('states its edges: p 0 and 1, t 0, bad df', () => {
    expect(studentTQuantile(0, 4)).toBe(Number.NEGATIVE_INFINITY);
    expect(studentTQuantile(1, 4)).toBe(Number.POSITIVE_INFINITY);
    expect(studentTQuantile(0.5, 4)).toBe(0);
    expect(studentTCdf(0, 4)).toBe(0.5);
    expect(studentTTwoSidedP(0, 4)).toBe(1);
    expect(studentTCdf(1, 0)).toBeNaN();
    expect(studentTCdf(1, Number.POSITIVE_INFINITY)).toBeNaN();
    expect(studentTQuantile(1.5, 4)).toBeNaN();
  });

  it('inverts: cdf(quantile(p)) = p, and quantile(1 − p) = −quantile(p)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        (p, df) => {
          const t = studentTQuantile(p, df);
          expect(relative(studentTCdf(t, df), p)).toBeLessThan(1e-11);
          expect(studentTQuantile(1 - p, df)).toBeCloseTo(-studentTQuantile(1 - (1 - p), df), 6);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the two-sided p in [0, 1] and the cdf monotone in t', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0.5, max: 1e5, noNaN: true }),
        (t, step, df) => {
          const p = studentTTwoSidedP(t, df);
          expect(p >= 0 && p <= 1).toBe(true);
          expect(studentTCdf(t + step, df)).toBeGreaterThanOrEqual(studentTCdf(t, df));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('log-gamma, incomplete beta and the normal distribution against mpmath', () => {
  it('gives ln Γ to 1e-14 relative (1e-14 absolute where |ln Γ| < 1, near its zeros)', () => {
    for (const [x, value] of logGammaReference) {
      if (Math.abs(value) < 1) expect(Math.abs(logGamma(x) - value)).toBeLessThan(1e-14);
      else expect(relative(logGamma(x), value)).toBeLessThan(1e-14);
    }
  });

  it('gives I_x(a, b) to 1e-12 relative over a, b from 0.5 to 2000', () => {
    let worst = 0;
    for (const [x, a, b, value] of incompleteBetaReference)
      worst = Math.max(worst, relative(regularizedIncompleteBeta(x, a, b), value));
    expect(worst).toBeLessThan(1e-12);
  });

  it('gives Φ to 1e-12 relative down to Φ(−37.5) ≈ 5e-308, and AS 241 quantiles to 1e-15', () => {
    for (const [x, value] of normalCdfReference)
      expect(relative(normalCdf(x), value)).toBeLessThan(1e-12);
    for (const [p, value] of normalQuantileReference)
      expect(relative(normalQuantile(p), value)).toBeLessThan(1e-15);
  });
});

import { logBeta } from './logGamma.js';

/** Most continued-fraction terms; the t distribution on the tested grid needs at most a few hundred. */
const maxTerms = 10_000;

/**
 * The continued fraction for I_x(a, b) of Didonato & Morris (Algorithm 708, ACM TOMS 18 (1992)
 * 360–373, routine `bfrac`, as in R's `toms708.c`), in λ = a − (a + b) x, for λ ≥ 0. We first
 * used the textbook fraction (Abramowitz & Stegun 26.5.8 by Lentz's method): near x = 1 with a
 * large its steps cancel to a noise floor of 7e-12 relative (the t distribution at df 1e5,
 * t = 2); this form, evaluated by rescaled three-term recurrences, stays near 1e-15 there.
 */
function continuedFraction(x: number, y: number, a: number, b: number, lambda: number): number {
  const c = lambda + 1;
  const c0 = b / a;
  const c1 = 1 / a + 1;
  const yp1 = y + 1;
  let p = 1;
  let s = a + 1;
  let an = 0;
  let bn = 1;
  let anp1 = 1;
  let bnp1 = c / c1;
  let r = c1 / c;
  for (let n = 1; n <= maxTerms; n += 1) {
    let t = n / a;
    const w = n * (b - n) * x;
    let e = a / s;
    const alpha = p * (p + c0) * e * e * (w * x);
    e = (t + 1) / (c1 + t + t);
    const beta = n + w / s + e * (c + n * yp1);
    p = t + 1;
    s += 2;
    t = alpha * an + beta * anp1;
    an = anp1;
    anp1 = t;
    t = alpha * bn + beta * bnp1;
    bn = bnp1;
    bnp1 = t;
    const previous = r;
    r = anp1 / bnp1;
    if (Math.abs(r - previous) <= Number.EPSILON * r) return r;
    // Rescale so that the recurrences neither overflow nor underflow.
    an /= bnp1;
    bn /= bnp1;
    anp1 = r;
    bnp1 = 1;
  }
  return Number.NaN;
}

// x^a y^b / B(a, b), the factor in front of the continued fraction; each logarithm taken of
// whichever of x and y = 1 − x is small, so that neither loses digits near 1.
function front(x: number, y: number, a: number, b: number, knownLogX?: number): number {
  const logX = knownLogX ?? (x < 0.5 ? Math.log(x) : Math.log1p(-y));
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  return Math.exp(a * logX + b * logY - logBeta(a, b));
}

/**
 * The regularised incomplete beta function and its complement, I_x(a, b) and
 * 1 − I_x(a, b) = I_y(b, a), given both x and y = 1 − x so that a caller who knows y exactly
 * (as the t distribution does: y = t² / (df + t²)) loses nothing to 1 − x.
 *
 * The continued fraction runs on the side where λ = a − (a + b) x ≥ 0 (else on the mirrored
 * one, I_y(b, a)), which is the smaller of the two near the mean and far from it; that side is
 * returned with full relative accuracy, the other as 1 minus it.
 *
 * `logX`, when given, is ln x for an x too small for a double (the t distribution at |t| beyond
 * 1e154): the continued fraction takes x = 0 there, its limit, and the front factor ln x.
 *
 * @returns `[I_x(a, b), I_y(b, a)]`; `[NaN, NaN]` outside a, b > 0, 0 ≤ x ≤ 1.
 */
export function incompleteBetaPair(
  x: number,
  y: number,
  a: number,
  b: number,
  logX?: number,
): readonly [number, number] {
  if (!(a > 0 && b > 0 && x >= 0 && y >= 0 && x <= 1 && y <= 1)) return [Number.NaN, Number.NaN];
  if (x === 0 && logX === undefined) return [0, 1];
  if (y === 0) return [1, 0];
  // λ formed from whichever of x and y is small, as TOMS 708 does, so that it does not cancel.
  const lambda = a > b ? (a + b) * y - b : a - (a + b) * x;
  if (lambda >= 0) {
    const lower = front(x, y, a, b, logX) * continuedFraction(x, y, a, b, lambda);
    return [lower, 1 - lower];
  }
  const upper = front(y, x, b, a) * continuedFraction(y, x, b, a, -lambda);
  return [1 - upper, upper];
}

/**
 * The regularised incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b) for a, b > 0 and
 * 0 ≤ x ≤ 1, by the continued fraction of Didonato & Morris (TOMS 708; see
 * {@link incompleteBetaPair}).
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  return incompleteBetaPair(x, 1 - x, a, b)[0];
}

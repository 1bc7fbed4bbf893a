// The gamma-function logarithms the t distribution needs, written out so that the evaluation face
// pays a few hundred bytes for them instead of a statistics library (see the README).

const halfLogTwoPi = 0.9189385332046727; // ½ ln(2π)
const logSqrtPi = 0.5723649429247001; // ln Γ(½) = ½ ln π

/**
 * Stirling's correction δ(x) = ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π] for x ≥ 10, from its
 * asymptotic series Σ B₂ₖ / (2k(2k − 1) x²ᵏ⁻¹) (Abramowitz & Stegun 6.1.40) to eight terms: the
 * first term left off is below 3e-17 of δ at x = 10.
 */
export function stirlingCorrection(x: number): number {
  const z = 1 / (x * x);
  return (
    (1 / 12 +
      z *
        (-1 / 360 +
          z *
            (1 / 1260 +
              z *
                (-1 / 1680 +
                  z * (1 / 1188 + z * (-691 / 360360 + z * (1 / 156 + z * (-3617 / 122400)))))))) /
    x
  );
}

/**
 * ln Γ(x) for x > 0: Stirling's series with its correction {@link stirlingCorrection} for
 * x ≥ 10, else the recurrence Γ(x) = Γ(x + n) / (x (x + 1) … (x + n − 1)) up to x + n ≥ 10.
 * Accurate to about 1e-15 relative, or 1e-15 absolute near its zeros at 1 and 2 (measured
 * against mpmath: `reference/evaluation/studentT.py`).
 *
 * @returns `NaN` for x ≤ 0 or `NaN`, `Infinity` for `Infinity`.
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return x;
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + halfLogTwoPi + stirlingCorrection(x);
  // Below 10 the product of the shifts stays far from overflow (x < 10: at most 10 factors ≤ 20).
  let shifted = x;
  let product = 1;
  while (shifted < 10) {
    product *= shifted;
    shifted += 1;
  }
  return (
    (shifted - 0.5) * Math.log(shifted) -
    shifted +
    halfLogTwoPi +
    stirlingCorrection(shifted) -
    Math.log(product)
  );
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0, arranged as R's `lbeta` (after
 * TOMS 708) so that the large terms cancel analytically rather than in floating point: with
 * p = min(a, b) and q = max(a, b),
 * - p ≥ 10: −½ ln q + ½ ln 2π + δ(p) + δ(q) − δ(p + q) + (p − ½) ln(p / (p + q)) + q ln(1 − p / (p + q));
 * - q ≥ 10 > p: ln Γ(p) + δ(q) − δ(p + q) + p − p ln(p + q) + (q − ½) ln(1 − p / (p + q));
 * - otherwise the three log-gammas directly.
 */
export function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (!(p > 0)) return Number.NaN;
  if (p >= 10) {
    const correction = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
    return (
      -0.5 * Math.log(q) +
      halfLogTwoPi +
      correction +
      (p - 0.5) * Math.log(p / (p + q)) +
      q * Math.log1p(-p / (p + q))
    );
  }
  if (q >= 10) {
    const correction = stirlingCorrection(q) - stirlingCorrection(p + q);
    return (
      (p === 0.5 ? logSqrtPi : logGamma(p)) +
      correction +
      p -
      p * Math.log(p + q) +
      (q - 0.5) * Math.log1p(-p / (p + q))
    );
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}

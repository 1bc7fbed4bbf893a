/**
 * Sample skewness and excess kurtosis of the present (non-NaN) values, as COINr's `skew` and
 * `kurt` compute them: the bias-corrected estimators of `e1071::skewness(type = 2)` and
 * `e1071::kurtosis(type = 2)` (the ones Excel's SKEW and KURT use; scipy's
 * `skew(bias=False)` and `kurtosis(fisher=True, bias=False)`). With dᵢ = xᵢ − x̄,
 * m₂ = Σd²/n, m₃ = Σd³/n, m₄ = Σd⁴/n:
 *
 *   G₁ = m₃ / m₂^{3/2} · √(n(n−1)) / (n−2)
 *   G₂ = ((n+1)(m₄/m₂² − 3) + 6) · (n−1) / ((n−2)(n−3))
 *
 * Skewness needs n ≥ 3 and kurtosis n ≥ 4 (NaN otherwise); a constant column gives 0 and 0,
 * so it never counts as having outliers.
 */
export function skewKurtosis(x: Float64Array): { skewness: number; kurtosis: number; n: number } {
  let n = 0;
  let sum = 0;
  for (const v of x) {
    if (v === v) {
      n += 1;
      sum += v;
    }
  }
  if (n < 3) return { skewness: Number.NaN, kurtosis: Number.NaN, n };
  const mean = sum / n;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (const v of x) {
    if (v !== v) continue;
    const d = v - mean;
    const d2 = d * d;
    s2 += d2;
    s3 += d2 * d;
    s4 += d2 * d2;
  }
  // Relative to the mean's size, not exactly 0: rounding leaves a tiny spread in a constant column.
  if (s2 <= 1e-28 * n * (mean * mean + 1)) return { skewness: 0, kurtosis: 0, n };
  const skewness = ((Math.sqrt(n) * s3) / s2 ** 1.5) * (Math.sqrt(n * (n - 1)) / (n - 2));
  const r = (n * s4) / (s2 * s2);
  const kurtosis = n < 4 ? Number.NaN : (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
  return { skewness, kurtosis, n };
}

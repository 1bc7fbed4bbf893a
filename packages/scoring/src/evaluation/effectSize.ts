import { logBeta } from '../stats/logGamma.js';

const logSqrtPi = 0.5723649429247001; // ln Γ(½)

/**
 * Hedges' small-sample correction, exact form (Hedges 1981, eq. 6e; Hedges & Olkin 1985):
 * J(df) = Γ(df/2) / (√(df/2) · Γ((df − 1)/2)), computed as √π / (√(df/2) · B((df − 1)/2, ½))
 * so that large df lose nothing to cancelling log-gammas. Its common approximation is
 * 1 − 3/(4 df − 1). Needs df > 1.
 *
 * @returns `null` for df ≤ 1 (J(1) = 0: no correction is meaningful).
 */
export function hedgesCorrection(df: number): number | null {
  if (!(df > 1 && Number.isFinite(df))) return null;
  const m = df / 2;
  return Math.exp(logSqrtPi - logBeta(m - 0.5, 0.5) - 0.5 * Math.log(m));
}

/** Cohen's (1988) words for a standardised mean difference: |d| < 0.2, < 0.5, < 0.8, ≥ 0.8. */
export type EffectSizeLabel = 'negligible' | 'small' | 'medium' | 'large';

/** Cohen's (1988, §2.2.3) benchmarks: 0.2 small, 0.5 medium, 0.8 large; below 0.2 negligible. */
export function effectSizeLabel(d: number): EffectSizeLabel {
  const size = Math.abs(d);
  if (size < 0.2) return 'negligible';
  if (size < 0.5) return 'small';
  if (size < 0.8) return 'medium';
  return 'large';
}

import { studentTQuantile, studentTTwoSidedP } from '../stats/studentT.js';
import { hedgesCorrection } from './effectSize.js';

/** A confidence interval at `level` (e.g. 0.95). */
export interface ConfidenceInterval {
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
}

/** Mean and sample SD (n − 1) by two passes, the second over deviations for accuracy. */
export function meanAndSd(values: ArrayLike<number>): { mean: number; sd: number } {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += values[i] as number;
  const mean = sum / n;
  let squares = 0;
  let deviations = 0;
  for (let i = 0; i < n; i += 1) {
    const deviation = (values[i] as number) - mean;
    squares += deviation * deviation;
    deviations += deviation;
  }
  // Corrected two-pass (Chan, Golub & LeVeque 1983): removes the rounding left in the mean.
  const variance = n > 1 ? (squares - (deviations * deviations) / n) / (n - 1) : Number.NaN;
  return { mean, sd: Math.sqrt(Math.max(0, variance)) };
}

/** t, two-sided p and interval of an estimate with standard error `se` on `df` degrees of freedom. */
export interface TTest {
  readonly estimate: number;
  readonly standardError: number;
  readonly df: number;
  /** `null` when the standard error is 0 (no spread: t is undefined). */
  readonly t: number | null;
  /** Two-sided p-value, P(|T| ≥ |t|); `null` with t. */
  readonly p: number | null;
  readonly ci: ConfidenceInterval;
}

/** Student's t inference on `estimate` with standard error `se` and `df` degrees of freedom. */
export function tTest(estimate: number, se: number, df: number, level: number): TTest {
  const half = se > 0 ? studentTQuantile(0.5 + level / 2, df) * se : 0;
  const ci = { level, lower: estimate - half, upper: estimate + half };
  if (!(se > 0)) return { estimate, standardError: se, df, t: null, p: null, ci };
  const t = estimate / se;
  return { estimate, standardError: se, df, t, p: studentTTwoSidedP(t, df), ci };
}

/** Statistics of paired scores (round 1, round 2) of the same n ≥ 2 people. */
export interface PairedStatistics {
  readonly n: number;
  readonly meanRound1: number;
  readonly meanRound2: number;
  readonly sdRound1: number;
  readonly sdRound2: number;
  /** Mean of round 2 − round 1. */
  readonly meanChange: number;
  readonly sdChange: number;
  /** Paired t-test of the mean change against 0, df = n − 1. */
  readonly test: TTest;
  /** Cohen's d_z = mean change / SD of the changes (`null` without spread). */
  readonly cohenDz: number | null;
  /** Cohen's d_av = mean change / ((SD round 1 + SD round 2) / 2) (`null` without spread). */
  readonly cohenDav: number | null;
  /** Hedges' exact J(n − 1) (see `hedgesCorrection`); `null` for n ≤ 2. */
  readonly hedgesJ: number | null;
  /** J × d_z. */
  readonly hedgesGz: number | null;
  /** J × d_av. */
  readonly hedgesGav: number | null;
}

/**
 * Paired t-test and effect sizes (Lakens 2013, "Calculating and reporting effect sizes",
 * Frontiers in Psychology 4:863, eqs. 7–10): differences dᵢ = round2ᵢ − round1ᵢ;
 * t = mean(d) / (sd(d)/√n) on n − 1 df; CI = mean(d) ± t₁₋α/₂,ₙ₋₁ · sd(d)/√n;
 * d_z = mean(d)/sd(d); d_av = mean(d) / ((sd₁ + sd₂)/2); Hedges' g = J(n − 1) · d with J exact.
 */
export function pairedStatistics(
  round1: Float64Array,
  round2: Float64Array,
  level: number,
): PairedStatistics {
  const n = round1.length;
  const change = new Float64Array(n);
  for (let i = 0; i < n; i += 1) change[i] = (round2[i] as number) - (round1[i] as number);
  const first = meanAndSd(round1);
  const second = meanAndSd(round2);
  const diff = meanAndSd(change);
  const df = n - 1;
  const test = tTest(diff.mean, diff.sd / Math.sqrt(n), df, level);
  const cohenDz = diff.sd > 0 ? diff.mean / diff.sd : null;
  const averageSd = (first.sd + second.sd) / 2;
  const cohenDav = averageSd > 0 ? diff.mean / averageSd : null;
  const hedgesJ = hedgesCorrection(df);
  return {
    n,
    meanRound1: first.mean,
    meanRound2: second.mean,
    sdRound1: first.sd,
    sdRound2: second.sd,
    meanChange: diff.mean,
    sdChange: diff.sd,
    test,
    cohenDz,
    cohenDav,
    hedgesJ,
    hedgesGz: hedgesJ === null || cohenDz === null ? null : hedgesJ * cohenDz,
    hedgesGav: hedgesJ === null || cohenDav === null ? null : hedgesJ * cohenDav,
  };
}

/** Welch's comparison of the means of two independent groups A and B (each n ≥ 2). */
export interface WelchStatistics {
  readonly nA: number;
  readonly nB: number;
  readonly meanA: number;
  readonly meanB: number;
  readonly sdA: number;
  readonly sdB: number;
  /** t-test of mean A − mean B on the Welch–Satterthwaite df. */
  readonly test: TTest;
  /** Cohen's d_s = (mean A − mean B) / pooled SD (Lakens 2013, eq. 1); `null` without spread. */
  readonly cohenD: number | null;
  /** Hedges' g_s = J(nA + nB − 2) · d_s. */
  readonly hedgesG: number | null;
}

/**
 * Welch's (1947) t-test: estimate = mean A − mean B, se² = s²_A/n_A + s²_B/n_B, and the
 * Welch–Satterthwaite df = se⁴ / ((s²_A/n_A)²/(n_A − 1) + (s²_B/n_B)²/(n_B − 1)); the same as
 * `scipy.stats.ttest_ind(a, b, equal_var=False)`.
 */
export function welchStatistics(a: Float64Array, b: Float64Array, level: number): WelchStatistics {
  const nA = a.length;
  const nB = b.length;
  const A = meanAndSd(a);
  const B = meanAndSd(b);
  const vA = (A.sd * A.sd) / nA;
  const vB = (B.sd * B.sd) / nB;
  const se2 = vA + vB;
  const df = se2 > 0 ? (se2 * se2) / ((vA * vA) / (nA - 1) + (vB * vB) / (nB - 1)) : nA + nB - 2;
  const test = tTest(A.mean - B.mean, Math.sqrt(se2), df, level);
  const pooled = Math.sqrt(((nA - 1) * A.sd * A.sd + (nB - 1) * B.sd * B.sd) / (nA + nB - 2));
  const cohenD = pooled > 0 ? (A.mean - B.mean) / pooled : null;
  const J = hedgesCorrection(nA + nB - 2);
  return {
    nA,
    nB,
    meanA: A.mean,
    meanB: B.mean,
    sdA: A.sd,
    sdB: B.sd,
    test,
    cohenD,
    hedgesG: J === null || cohenD === null ? null : J * cohenD,
  };
}

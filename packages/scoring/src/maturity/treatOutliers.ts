import { skewKurtosis } from './skewKurtosis.js';

/** The outlier rule's parameters (COINr's `Treat` defaults). */
export interface OutlierRule {
  /** Treat only when |skewness| exceeds this… @default 2 */
  readonly skewness?: number | undefined;
  /** …and (excess) kurtosis exceeds this too. @default 3.5 */
  readonly kurtosis?: number | undefined;
  /** Most points winsorised before falling back to the log transform. @default 5 */
  readonly maxWinsorised?: number | undefined;
}

/** What was done to one indicator. */
export interface OutlierTreatment {
  readonly indicatorId: string;
  /**
   * `none`: it passed (or had fewer than 4 values: `tooFewValues`); `winsorised`: winsorising
   * brought it within the thresholds; `log`: winsorising up to the limit did not, so the
   * log transform was applied to the untreated values instead.
   */
  readonly action: 'none' | 'tooFewValues' | 'winsorised' | 'log';
  /** Points changed by winsorising (0 when the log transform was applied instead). */
  readonly points: number;
  /** Which end was winsorised, or for `log` which way the skew pointed. */
  readonly side: 'high' | 'low' | null;
  readonly skewnessBefore: number;
  readonly kurtosisBefore: number;
  readonly skewnessAfter: number;
  readonly kurtosisAfter: number;
  /** Whether the treated values pass the rule (a log transform may still fail it). */
  readonly passes: boolean;
}

interface Thresholds {
  readonly skewness: number;
  readonly kurtosis: number;
  readonly maxWinsorised: number;
}

const fails = (skewness: number, kurtosis: number, rule: Thresholds): boolean =>
  Math.abs(skewness) > rule.skewness && kurtosis > rule.kurtosis;

/**
 * COINr's default outlier treatment (`Treat` with `winsorise`, `log_CT` and `check_SkewKurt`),
 * applied to one indicator's present values in place:
 *
 * 1. The indicator fails when |G₁| > 2 AND G₂ > 3.5 ({@link skewKurtosis}; thresholds
 *    configurable). COINr's `check_SkewKurt` passes when |G₁| < 2 OR G₂ < 3.5; equality is
 *    measure-zero, and counts as failing here only if strictly above.
 * 2. While it fails and fewer than `maxWinsorised` points (default 5) have been changed: if the
 *    current skewness is ≥ 0 the highest value (all values tied at it) is set to the next
 *    highest distinct value, else the lowest to the next lowest; then re-check. Tied points count
 *    one each, so the count may pass the limit by the ties of the last step (as in COINr).
 * 3. If it still fails, winsorising is undone and the untreated values are log-transformed as
 *    COINr's `log_CT` does: x ↦ ln(x − min + 0.01·(max − min)) when the untreated skewness is
 *    ≥ 0. For negative skewness COINr applies the same formula, which stretches the long tail
 *    further; here the mirror image x ↦ −ln(max − x + 0.01·(max − min)) is applied instead
 *    (an extension, order-preserving like the original). The result is reported whether or not
 *    it then passes.
 *
 * Source: Becker W., Caperna G., Del Sorbo M., Norlén H., Papadimitriou E., Saisana M. (2022),
 * COINr: an R package for developing composite indicators, JOSS 7(78), 4567; R/treat.R.
 */
export function treatOutliers(
  x: Float64Array,
  indicatorId: string,
  rule: OutlierRule = {},
): OutlierTreatment {
  const settings: Thresholds = {
    skewness: rule.skewness ?? 2,
    kurtosis: rule.kurtosis ?? 3.5,
    maxWinsorised: rule.maxWinsorised ?? 5,
  };
  const before = skewKurtosis(x);
  const base = {
    indicatorId,
    skewnessBefore: before.skewness,
    kurtosisBefore: before.kurtosis,
  };
  if (before.n < 4)
    return {
      ...base,
      action: 'tooFewValues',
      points: 0,
      side: null,
      skewnessAfter: before.skewness,
      kurtosisAfter: before.kurtosis,
      passes: true,
    };
  if (!fails(before.skewness, before.kurtosis, settings))
    return {
      ...base,
      action: 'none',
      points: 0,
      side: null,
      skewnessAfter: before.skewness,
      kurtosisAfter: before.kurtosis,
      passes: true,
    };

  const original = Float64Array.from(x);
  const changed = new Uint8Array(x.length);
  let points = 0;
  let high = false;
  let low = false;
  let now = before;
  while (fails(now.skewness, now.kurtosis, settings) && points < settings.maxWinsorised) {
    const up = now.skewness >= 0;
    let extreme = up ? -Infinity : Infinity;
    for (const v of x) if (v === v && (up ? v > extreme : v < extreme)) extreme = v;
    let next = up ? -Infinity : Infinity;
    for (const v of x) if (v === v && v !== extreme && (up ? v > next : v < next)) next = v;
    if (!Number.isFinite(next)) break;
    for (let e = 0; e < x.length; e += 1) {
      if (x[e] !== extreme) continue;
      x[e] = next;
      if (changed[e] === 0) points += 1;
      changed[e] = 1;
    }
    if (up) high = true;
    else low = true;
    now = skewKurtosis(x);
  }
  const side = high && low ? null : high ? 'high' : 'low';
  if (!fails(now.skewness, now.kurtosis, settings))
    return {
      ...base,
      action: 'winsorised',
      points,
      side,
      skewnessAfter: now.skewness,
      kurtosisAfter: now.kurtosis,
      passes: true,
    };

  let min = Infinity;
  let max = -Infinity;
  for (const v of original) {
    if (v !== v) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const shift = 0.01 * (max - min);
  const up = before.skewness >= 0;
  for (let e = 0; e < x.length; e += 1) {
    const v = original[e] as number;
    x[e] = v !== v ? v : up ? Math.log(v - min + shift) : -Math.log(max - v + shift);
  }
  const after = skewKurtosis(x);
  return {
    ...base,
    action: 'log',
    points: 0,
    side: up ? 'high' : 'low',
    skewnessAfter: after.skewness,
    kurtosisAfter: after.kurtosis,
    passes: !fails(after.skewness, after.kurtosis, settings),
  };
}

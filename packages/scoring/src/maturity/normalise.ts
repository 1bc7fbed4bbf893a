import { z } from 'zod';
import { CapkitScoringError } from '../scoringError.js';

/**
 * How indicators are brought to a common scale. Direction is applied first: a lower-is-better
 * indicator is negated (with its target), so every method below reads "higher is better".
 */
export const normalisationSchema = z.discriminatedUnion('method', [
  /** (x − min)/(max − min)·(high − low) + low. */
  z.strictObject({
    method: z.literal('minMax'),
    /** @default 0 */
    low: z.number().optional(),
    /** @default 100 */
    high: z.number().optional(),
  }),
  /** (x − x̄)/s·sd + mean, s the sample standard deviation (n − 1). */
  z.strictObject({
    method: z.literal('zScore'),
    /** @default 0 */
    mean: z.number().optional(),
    /** @default 1 */
    sd: z.number().positive().optional(),
  }),
  /** (x − min)/(target − min), optionally capped at 1; every indicator needs a target. */
  z.strictObject({
    method: z.literal('distanceToTarget'),
    /** Cap values past the target at 1. @default false */
    cap: z.boolean().optional(),
  }),
  /** 1 − (max − x)/(max − min). */
  z.strictObject({ method: z.literal('distanceToMax') }),
  /** (r − 1)/(n − 1), r the rank from the lowest with ties at their smallest rank. */
  z.strictObject({ method: z.literal('percentileRank') }),
  /** r, the rank from the lowest (1) with ties at their smallest rank. */
  z.strictObject({ method: z.literal('rank') }),
  /** clamp((x − low)/(high − low), 0, 1)·scale; every indicator needs goalposts. */
  z.strictObject({
    method: z.literal('goalposts'),
    /** @default 100 */
    scale: z.number().positive().optional(),
  }),
]);

/** How indicators are brought to a common scale (see {@link normalisationSchema}). */
export type Normalisation = z.infer<typeof normalisationSchema>;

/** Per-indicator parameters the normalisation may need (NaN where absent). */
export interface IndicatorScale {
  readonly indicatorId: string;
  /** Path of the indicator in the input, for errors. */
  readonly path: string;
  /** +1 higher is better, −1 lower is better. */
  readonly direction: number;
  readonly target: number;
  readonly goalLow: number;
  readonly goalHigh: number;
}

// Ascending ranks of the present values with ties at their smallest rank (R's ties = "min").
function minRanks(x: Float64Array, out: Float64Array): number {
  const present: number[] = [];
  for (let e = 0; e < x.length; e += 1) if ((x[e] as number) === (x[e] as number)) present.push(e);
  present.sort((a, b) => (x[a] as number) - (x[b] as number));
  let rank = 1;
  present.forEach((e, position) => {
    const previous = present[position - 1];
    if (previous === undefined || (x[previous] as number) !== (x[e] as number)) rank = position + 1;
    out[e] = rank;
  });
  return present.length;
}

/**
 * Normalises one indicator's values (NaN = missing, kept) into `out`, after applying the
 * direction. The formulas are COINr's `n_minmax`, `n_zscore`, `n_dist2targ`, `n_dist2max`,
 * `n_prank`, `n_rank` and `n_goalposts` (R/normalise.R), which follow the OECD/JRC Handbook on
 * Constructing Composite Indicators (2008), section 5. Goalposts are clamped to [0, 1] before
 * scaling (COINr's `trunc2posts = TRUE`); for a lower-is-better indicator they read
 * (high − x)/(high − low).
 *
 * @throws {CapkitScoringError} at the indicator when the method cannot apply: fewer than two
 *   values, no spread (min = max, sd = 0), a target equal to the minimum, or a missing target or
 *   goalposts.
 */
export function normaliseColumn(
  raw: Float64Array,
  out: Float64Array,
  method: Normalisation,
  scale: IndicatorScale,
): void {
  const { direction } = scale;
  let n = 0;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const value of raw) {
    if (value !== value) continue;
    const v = direction * value;
    n += 1;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const refuse = (why: string): never => {
    throw new CapkitScoringError(
      scale.path,
      `cannot normalise "${scale.indicatorId}" (${method.method}): ${why}`,
    );
  };
  if (n < 2) refuse(`${n} value${n === 1 ? '' : 's'}, at least 2 needed`);
  const flat = max === min;
  switch (method.method) {
    case 'minMax': {
      if (flat) refuse('every entity has the same value');
      const low = method.low ?? 0;
      const high = method.high ?? 100;
      // The share of the range first, so that a tiny range cannot overflow the factor.
      for (let e = 0; e < raw.length; e += 1)
        out[e] = ((direction * (raw[e] as number) - min) / (max - min)) * (high - low) + low;
      return;
    }
    case 'distanceToMax': {
      if (flat) refuse('every entity has the same value');
      for (let e = 0; e < raw.length; e += 1)
        out[e] = 1 - (max - direction * (raw[e] as number)) / (max - min);
      return;
    }
    case 'zScore': {
      const mean = sum / n;
      let squares = 0;
      for (const value of raw) if (value === value) squares += (direction * value - mean) ** 2;
      const sd = Math.sqrt(squares / (n - 1));
      if (flat || sd === 0) refuse('every entity has the same value');
      const factor = (method.sd ?? 1) / sd;
      const centre = method.mean ?? 0;
      for (let e = 0; e < raw.length; e += 1)
        out[e] = (direction * (raw[e] as number) - mean) * factor + centre;
      return;
    }
    case 'distanceToTarget': {
      if (scale.target !== scale.target) refuse('it has no target');
      const target = direction * scale.target;
      if (target === min) refuse('its target is the worst value, so no distance can be measured');
      const cap = method.cap ?? false;
      for (let e = 0; e < raw.length; e += 1) {
        const y = (direction * (raw[e] as number) - min) / (target - min);
        out[e] = cap && y > 1 ? 1 : y;
      }
      return;
    }
    case 'percentileRank':
    case 'rank': {
      out.fill(Number.NaN);
      const count = minRanks(
        raw.map((value) => direction * value),
        out,
      );
      if (method.method === 'percentileRank')
        for (let e = 0; e < raw.length; e += 1) out[e] = ((out[e] as number) - 1) / (count - 1);
      return;
    }
    case 'goalposts': {
      const { goalLow: low, goalHigh: high } = scale;
      if (low !== low) refuse('it has no goalposts');
      const factor = method.scale ?? 100;
      for (let e = 0; e < raw.length; e += 1) {
        const v = raw[e] as number;
        const y = direction > 0 ? (v - low) / (high - low) : (high - v) / (high - low);
        out[e] = (y < 0 ? 0 : y > 1 ? 1 : y) * factor;
      }
      return;
    }
    default:
      return method satisfies never;
  }
}

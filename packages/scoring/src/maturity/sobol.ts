import type { Random } from '../random.js';

/** Sobol indices of one output for every factor. */
export interface SobolIndices {
  /** First-order indices, clamped to [0, 1]; null when the output never varies. */
  readonly first: readonly (number | null)[];
  /** Total-effect indices, clamped to [0, 1]; null when the output never varies. */
  readonly total: readonly (number | null)[];
  /** The estimates before clamping (Monte Carlo error can push them past 0 or 1). */
  readonly firstRaw: readonly (number | null)[];
  readonly totalRaw: readonly (number | null)[];
  /** Variance of the output over the A and B samples (divided by 2N). */
  readonly variance: number;
}

/**
 * Two independent N × D matrices of uniforms in [0, 1), row by row (A's row j, then B's row j),
 * from one seeded generator: the base samples of Saltelli's design. Pseudo-random, not a
 * quasi-random (Sobol') sequence: simpler, and the error shrinks as 1/√N all the same.
 */
export function saltelliDesign(
  samples: number,
  columns: number,
  random: Random,
): { a: Float64Array; b: Float64Array } {
  const a = new Float64Array(samples * columns);
  const b = new Float64Array(samples * columns);
  for (let j = 0; j < samples; j += 1) {
    for (let c = 0; c < columns; c += 1) a[j * columns + c] = random();
    for (let c = 0; c < columns; c += 1) b[j * columns + c] = random();
  }
  return { a, b };
}

const clamp = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * First-order and total Sobol indices from Saltelli's design, where AB_i is A with factor i's
 * columns taken from B (Saltelli, Annoni, Azzini, Campolongo, Ratto, Tarantola 2010,
 * "Variance based sensitivity analysis of model output", Comput. Phys. Commun. 181, Table 2):
 *
 *   V    = variance of f over A and B together (2N outputs, divided by 2N)
 *   Sᵢ   = (1/N) Σⱼ (f(B)ⱼ − m) (f(AB_i)ⱼ − f(A)ⱼ) / V         (Saltelli 2010, (b))
 *   STᵢ  = (1/(2N)) Σⱼ (f(A)ⱼ − f(AB_i)ⱼ)² / V               (Jansen 1999, (f))
 *
 * with m the mean of f over A and B. Saltelli's (b) has f(B)ⱼ alone; subtracting m leaves its
 * expectation unchanged (E[f(AB_i) − f(A)] = 0) and removes the error term that grows with the
 * output's mean, which for ranks (means of 50 or more) would otherwise dominate.
 *
 * `output(run)` reads the output of run `sampleIndex * (d + 2) + k`, with k = 0 for A, 1 for B
 * and 2 + i for AB_i.
 */
export function sobolIndices(
  output: (run: number) => number,
  samples: number,
  factors: number,
): SobolIndices {
  const stride = factors + 2;
  let sum = 0;
  for (let j = 0; j < samples; j += 1) sum += output(j * stride) + output(j * stride + 1);
  const mean = sum / (2 * samples);
  let squares = 0;
  for (let j = 0; j < samples; j += 1)
    squares += (output(j * stride) - mean) ** 2 + (output(j * stride + 1) - mean) ** 2;
  const variance = squares / (2 * samples);
  const firstRaw: (number | null)[] = [];
  const totalRaw: (number | null)[] = [];
  // A variance this small relative to the mean is rounding, not spread.
  const flat = variance <= 1e-24 * (mean * mean + 1);
  for (let i = 0; i < factors; i += 1) {
    if (flat) {
      firstRaw.push(null);
      totalRaw.push(null);
      continue;
    }
    let first = 0;
    let total = 0;
    for (let j = 0; j < samples; j += 1) {
      const ya = output(j * stride);
      const yb = output(j * stride + 1);
      const yab = output(j * stride + 2 + i);
      first += (yb - mean) * (yab - ya);
      total += (ya - yab) * (ya - yab);
    }
    firstRaw.push(first / samples / variance);
    totalRaw.push(total / (2 * samples) / variance);
  }
  const clamped = (xs: (number | null)[]) => xs.map((x) => (x === null ? null : clamp(x)));
  return { first: clamped(firstRaw), total: clamped(totalRaw), firstRaw, totalRaw, variance };
}

import type { Random } from './random.js';
import { logGamma } from './stats/logGamma.js';

/** Poisson probabilities beyond this many standard deviations from the mean are left out. */
const tailDeviations = 13;
/** Counts beyond the deviations, so that small means keep a tail too. */
const tailMargin = 10;

/**
 * The table of a Poisson(λ) sampler: Walker's alias method (Walker, A. J. (1977). An efficient
 * method for generating discrete random variables with general distributions. ACM TOMS 3(3),
 * 253–256), built by Vose's stable construction (Vose, M. D. (1991). A linear algorithm for
 * generating random numbers with a given distribution. IEEE TSE 17(9), 972–975).
 *
 * Column i stands for the count `first + i`; a draw picks a column uniformly and keeps it with
 * probability `keep[i]`, else takes `alias[i]`. The support is cut at λ ± 13√λ (and 0), where
 * the Poisson mass left out is below 1e-24 for every λ ≥ 1 (Chernoff's bound, checked in the
 * tests): far under the 2⁻³² resolution of the generator, so the draws follow the Poisson law as
 * closely as a 32-bit generator can.
 */
export interface PoissonTable {
  readonly lambda: number;
  readonly first: number;
  readonly keep: Float64Array;
  readonly alias: Int32Array;
}

/**
 * The Poisson(λ) probabilities of the counts first … first + length − 1, renormalised over that
 * support: exp(k ln λ − λ − ln k!), in logs so that λ in the thousands neither overflows nor
 * underflows.
 */
export function poissonProbabilities(lambda: number): { first: number; mass: Float64Array } {
  if (!(lambda > 0 && Number.isFinite(lambda))) {
    throw new RangeError(`Poisson mean must be positive and finite, got ${lambda}`);
  }
  const spread = tailDeviations * Math.sqrt(lambda) + tailMargin;
  const first = Math.max(0, Math.floor(lambda - spread));
  const last = Math.ceil(lambda + spread);
  const mass = new Float64Array(last - first + 1);
  const logLambda = Math.log(lambda);
  let total = 0;
  for (let i = 0; i < mass.length; i += 1) {
    const k = first + i;
    const p = Math.exp(k * logLambda - lambda - logGamma(k + 1));
    mass[i] = p;
    total += p;
  }
  for (let i = 0; i < mass.length; i += 1) mass[i] = (mass[i] as number) / total;
  return { first, mass };
}

/** Builds the alias table of Poisson(λ) (see {@link PoissonTable}). */
export function poissonTable(lambda: number): PoissonTable {
  const { first, mass } = poissonProbabilities(lambda);
  const columns = mass.length;
  const keep = new Float64Array(columns);
  const alias = new Int32Array(columns);
  const scaled = mass.map((p) => p * columns);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() as number;
    const l = large.pop() as number;
    keep[s] = scaled[s] as number;
    alias[s] = l;
    scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
    (scaled[l] < 1 ? small : large).push(l);
  }
  // What is left is 1 up to rounding: such a column always keeps its own count.
  for (const i of [...small, ...large]) {
    keep[i] = 1;
    alias[i] = i;
  }
  return { lambda, first, keep, alias };
}

/**
 * One Poisson(λ) count from one uniform: its integer part picks the column, its fraction
 * decides between the column and its alias. A column count of a few hundred leaves about 2²⁴
 * steps for the fraction, finer than any probability the table holds that matters.
 */
export function drawPoisson(table: PoissonTable, random: Random): number {
  const u = random() * table.keep.length;
  const column = Math.floor(u);
  const count =
    u - column < (table.keep[column] as number) ? column : (table.alias[column] as number);
  return table.first + count;
}

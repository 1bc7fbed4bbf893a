/**
 * How a missing value is filled in. `none` leaves it missing: the entity is reported incomplete
 * and aggregates over what it has (subject to the availability threshold), never as 0.
 */
export type ImputationMethod = 'none' | 'columnMean' | 'columnMedian' | 'groupMean' | 'groupMedian';

/** What imputation did: the filled matrix and which cells were filled. */
export interface Imputed {
  /** Indicator-major values (`[i * E + e]`), NaN where still missing. */
  readonly values: Float64Array;
  /** 1 where the cell was filled in. */
  readonly imputed: Uint8Array;
}

/** Median of `xs` (sorted in place): the middle value, or the mean of the two middle ones. */
function median(xs: Float64Array): number {
  xs.sort();
  const n = xs.length;
  const half = n >> 1;
  return n % 2 === 1 ? (xs[half] as number) : ((xs[half - 1] as number) + (xs[half] as number)) / 2;
}

function centre(xs: number[], method: 'mean' | 'median'): number {
  if (xs.length === 0) return Number.NaN;
  if (method === 'median') return median(Float64Array.from(xs));
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

/**
 * Fills missing values, one indicator at a time (as COINr's `i_mean`, `i_median`, `i_mean_grp`,
 * `i_median_grp`): the mean or median of the entities that have a value, over all entities or
 * over the entity's group. An entity without a group, or in a group where nobody has a value,
 * stays missing: never a silent 0, never a fallback to another rule.
 */
export function impute(
  values: Float64Array,
  entities: number,
  method: ImputationMethod,
  groupOf: Int32Array,
  groupCount: number,
): Imputed {
  const out = Float64Array.from(values);
  const imputed = new Uint8Array(values.length);
  if (method === 'none') return { values: out, imputed };
  const indicators = values.length / entities;
  const kind = method === 'columnMean' || method === 'groupMean' ? 'mean' : 'median';
  const byGroup = method === 'groupMean' || method === 'groupMedian';
  for (let i = 0; i < indicators; i += 1) {
    const base = i * entities;
    const present: number[][] = Array.from({ length: byGroup ? groupCount : 1 }, () => []);
    for (let e = 0; e < entities; e += 1) {
      const x = values[base + e] as number;
      const g = byGroup ? (groupOf[e] as number) : 0;
      if (!Number.isNaN(x) && g >= 0) present[g]?.push(x);
    }
    const fill = present.map((xs) => centre(xs, kind));
    for (let e = 0; e < entities; e += 1) {
      if (!Number.isNaN(values[base + e])) continue;
      const g = byGroup ? (groupOf[e] as number) : 0;
      const x = g < 0 ? Number.NaN : (fill[g] as number);
      if (Number.isNaN(x)) continue;
      out[base + e] = x;
      imputed[base + e] = 1;
    }
  }
  return { values: out, imputed };
}

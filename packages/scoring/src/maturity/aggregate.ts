import { CapkitScoringError } from '../scoringError.js';
import type { Aggregation, MaturityFramework } from './maturityInput.js';

/** Working arrays of the aggregation, allocated once per index (or per uncertainty run set). */
export interface AggregationScratch {
  readonly sum: Float64Array;
  readonly weight: Float64Array;
  readonly count: Int32Array;
  /**
   * Per column, 1 when no entity's value is missing there (see {@link markComplete}); a node
   * whose children are all complete skips the missing-value bookkeeping. Empty: never skipped.
   */
  readonly complete: Uint8Array;
}

/** Scratch space for `entities` entities; give the column count (I + N) to enable the shortcut. */
export function aggregationScratch(entities: number, columns = 0): AggregationScratch {
  return {
    sum: new Float64Array(entities),
    weight: new Float64Array(entities),
    count: new Int32Array(entities),
    complete: new Uint8Array(columns),
  };
}

/** Marks which indicator columns of `columns` have no missing value (in `scratch.complete`). */
export function markComplete(
  columns: Float64Array,
  framework: MaturityFramework,
  scratch: AggregationScratch,
): void {
  if (scratch.complete.length === 0) return;
  const E = framework.entityIds.length;
  for (let i = 0; i < framework.indicatorIds.length; i += 1)
    scratch.complete[i] = hasNoGap(columns, i * E, E) ? 1 : 0;
}

function hasNoGap(columns: Float64Array, start: number, length: number): boolean {
  for (let e = start; e < start + length; e += 1)
    if ((columns[e] as number) !== (columns[e] as number)) return false;
  return true;
}

function refuse(
  aggregation: string,
  framework: MaturityFramework,
  run: number,
  n: number,
  e: number,
  column: number,
  value: number,
  needs: string,
): never {
  const I = framework.indicatorIds.length;
  const child = column < I ? framework.indicatorIds[column] : framework.nodeIds[column - I];
  throw new CapkitScoringError(
    `nodes[${n}].aggregation`,
    `${run < 0 ? '' : `run ${run}: `}the ${aggregation} mean of "${framework.nodeIds[n] ?? ''}" needs ${needs}, but "${framework.entityIds[e] ?? ''}" has ${value} from "${child ?? ''}"; normalise to a range above 0 (e.g. minMax with low 1) or aggregate this node arithmetically`,
  );
}

/**
 * Scores of node `n` for every entity into `columns[(I + n) * E …]`, from its children's
 * columns, with the children's normalised weights `local`. A missing child (NaN) is left out and
 * the weights of the present ones renormalised (COINr's aggregation with `na.rm`); when fewer
 * than `minAvailability` × (number of children) are present, or none, the score is missing.
 *
 * - arithmetic: Σwx/Σw; geometric: exp(Σw·ln x/Σw); harmonic: Σw/Σ(w/x);
 *   generalised (power p): (Σw·xᵖ/Σw)^(1/p) (Handbook 2008, §6; COINr's `a_amean`, `a_gmean`,
 *   `a_hmean`, `a_genmean`).
 * - The rule for zeros and negatives: geometric and harmonic means, and power means with p < 0,
 *   need every (weighted) input above 0; power means with p > 0 need inputs ≥ 0. Any other
 *   input is refused with an error naming the node, the entity and the child: no silent shift.
 * - copeland: for each pair of entities, the weight of the children where one is above the
 *   other (over the children both have) decides who wins the pair, equal weights a tie; the
 *   score is wins − losses (Copeland 1951; Handbook 2008, §6.1.3, the outranking matrix with
 *   ties counted ½). Non-compensatory: how far ahead does not matter, only on how much weight.
 */
export function aggregateNode(
  columns: Float64Array,
  framework: MaturityFramework,
  n: number,
  aggregation: Aggregation,
  local: Float64Array,
  minAvailability: number,
  scratch: AggregationScratch,
  run = -1,
): void {
  const E = framework.entityIds.length;
  const I = framework.indicatorIds.length;
  const children = framework.childrenOf[n] as Int32Array;
  const need = Math.max(1, Math.ceil(minAvailability * children.length - 1e-9));
  const out = (I + n) * E;
  const { sum, weight, count, complete } = scratch;
  const method = aggregation.method;
  if (method === 'copeland') {
    sum.fill(0);
    count.fill(0);
    aggregateCopeland(columns, framework, n, local, need, scratch);
    if (complete.length > 0) complete[I + n] = hasNoGap(columns, out, E) ? 1 : 0;
    return;
  }
  let shortcut = complete.length > 0;
  for (const c of children) if (shortcut && complete[c] !== 1) shortcut = false;
  if (shortcut) {
    aggregateComplete(columns, framework, n, aggregation, local, scratch, run);
    return;
  }
  sum.fill(0);
  weight.fill(0);
  count.fill(0);
  const p = method === 'generalised' ? aggregation.power : method === 'harmonic' ? -1 : 1;
  // One loop per kind, so that the inner loop carries no branch on the method.
  for (const c of children) {
    const w = local[c] as number;
    const base = c * E;
    if (w === 0 || method === 'arithmetic') {
      for (let e = 0; e < E; e += 1) {
        const x = columns[base + e] as number;
        if (x !== x) continue;
        count[e] = (count[e] as number) + 1;
        weight[e] = (weight[e] as number) + w;
        sum[e] = (sum[e] as number) + w * x;
      }
      continue;
    }
    const strict = method === 'geometric' || p < 0;
    for (let e = 0; e < E; e += 1) {
      const x = columns[base + e] as number;
      if (x !== x) continue;
      if (strict ? !(x > 0) : x < 0)
        refuse(
          method,
          framework,
          run,
          n,
          e,
          c,
          x,
          strict ? 'values above 0' : 'values of 0 or more',
        );
      count[e] = (count[e] as number) + 1;
      weight[e] = (weight[e] as number) + w;
      sum[e] = (sum[e] as number) + w * (method === 'geometric' ? Math.log(x) : x ** p);
    }
  }
  for (let e = 0; e < E; e += 1) {
    const w = weight[e] as number;
    if ((count[e] as number) < need || w === 0) {
      columns[out + e] = Number.NaN;
      continue;
    }
    const mean = (sum[e] as number) / w;
    columns[out + e] =
      method === 'arithmetic' ? mean : method === 'geometric' ? Math.exp(mean) : mean ** (1 / p);
  }
  if (complete.length > 0) complete[I + n] = hasNoGap(columns, out, E) ? 1 : 0;
}

// The means of a node none of whose children has a missing value: the same sums in the same
// order as the general path (so the same numbers, bit for bit), without counting per entity.
function aggregateComplete(
  columns: Float64Array,
  framework: MaturityFramework,
  n: number,
  aggregation: Exclude<Aggregation, { method: 'copeland' }>,
  local: Float64Array,
  scratch: AggregationScratch,
  run: number,
): void {
  const E = framework.entityIds.length;
  const I = framework.indicatorIds.length;
  const children = framework.childrenOf[n] as Int32Array;
  const out = (I + n) * E;
  const { sum, complete } = scratch;
  const method = aggregation.method;
  const p = method === 'generalised' ? aggregation.power : method === 'harmonic' ? -1 : 1;
  const strict = method === 'geometric' || p < 0;
  sum.fill(0);
  let total = 0;
  for (const c of children) {
    const w = local[c] as number;
    if (w === 0) continue;
    total += w;
    const base = c * E;
    if (method === 'arithmetic') {
      for (let e = 0; e < E; e += 1)
        sum[e] = (sum[e] as number) + w * (columns[base + e] as number);
      continue;
    }
    for (let e = 0; e < E; e += 1) {
      const x = columns[base + e] as number;
      if (strict ? !(x > 0) : x < 0)
        refuse(
          method,
          framework,
          run,
          n,
          e,
          c,
          x,
          strict ? 'values above 0' : 'values of 0 or more',
        );
      sum[e] = (sum[e] as number) + w * (method === 'geometric' ? Math.log(x) : x ** p);
    }
  }
  for (let e = 0; e < E; e += 1) {
    const mean = total === 0 ? Number.NaN : (sum[e] as number) / total;
    columns[out + e] =
      method === 'arithmetic' ? mean : method === 'geometric' ? Math.exp(mean) : mean ** (1 / p);
  }
  complete[I + n] = total === 0 ? 0 : 1;
}

function aggregateCopeland(
  columns: Float64Array,
  framework: MaturityFramework,
  n: number,
  local: Float64Array,
  need: number,
  scratch: AggregationScratch,
): void {
  const E = framework.entityIds.length;
  const I = framework.indicatorIds.length;
  const children = framework.childrenOf[n] as Int32Array;
  const out = (I + n) * E;
  const { sum, count } = scratch;
  for (const c of children)
    for (let e = 0; e < E; e += 1)
      if ((columns[c * E + e] as number) === (columns[c * E + e] as number))
        count[e] = (count[e] as number) + 1;
  for (let a = 0; a < E; a += 1) {
    if ((count[a] as number) < need) continue;
    for (let b = a + 1; b < E; b += 1) {
      if ((count[b] as number) < need) continue;
      let margin = 0;
      for (const c of children) {
        const xa = columns[c * E + a] as number;
        const xb = columns[c * E + b] as number;
        if (xa > xb) margin += local[c] as number;
        else if (xa < xb) margin -= local[c] as number;
      }
      // Relative to the weights' sum of 1: rounding must not turn a tie into a win.
      if (margin > 1e-12) {
        sum[a] = (sum[a] as number) + 1;
        sum[b] = (sum[b] as number) - 1;
      } else if (margin < -1e-12) {
        sum[a] = (sum[a] as number) - 1;
        sum[b] = (sum[b] as number) + 1;
      }
    }
  }
  for (let e = 0; e < E; e += 1)
    columns[out + e] = (count[e] as number) < need ? Number.NaN : (sum[e] as number);
}

/**
 * Scores of every node, children before parents, into `columns` (indicators' normalised values
 * already in their columns). `run` (a Monte Carlo run's number) only goes into error messages.
 */
export function aggregateAll(
  columns: Float64Array,
  framework: MaturityFramework,
  aggregations: readonly Aggregation[],
  local: Float64Array,
  minAvailability: Float64Array,
  scratch: AggregationScratch,
  run = -1,
): void {
  for (const n of framework.order)
    aggregateNode(
      columns,
      framework,
      n,
      aggregations[n] as Aggregation,
      local,
      minAvailability[n] as number,
      scratch,
      run,
    );
}

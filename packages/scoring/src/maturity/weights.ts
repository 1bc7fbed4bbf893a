import { CapkitScoringError } from '../scoringError.js';
import type { MaturityFramework } from './maturityInput.js';

/** `equal`: every child of a node weighs the same; `manual`: the given weights (1 where absent). */
export type Weighting = 'equal' | 'manual';

/**
 * Weights normalised per node: each column's weight divided by the sum over its siblings, so
 * the children of every node sum to 1 (Handbook 2008, §6: weights are relative within a
 * group). Scaling all weights of one group by the same factor changes nothing.
 *
 * @throws {CapkitScoringError} at the node whose children's weights sum to 0.
 */
export function localWeights(
  framework: MaturityFramework,
  weighting: Weighting,
  given: Float64Array = framework.weight,
): Float64Array {
  const out = new Float64Array(given.length);
  const I = framework.indicatorIds.length;
  framework.childrenOf.forEach((children, n) => {
    let sum = 0;
    for (const c of children) sum += weighting === 'equal' ? 1 : (given[c] as number);
    if (!(sum > 0))
      throw new CapkitScoringError(
        `nodes[${n}]`,
        `the weights of the children of "${framework.nodeIds[n] ?? ''}" sum to 0`,
      );
    for (const c of children) out[c] = (weighting === 'equal' ? 1 : (given[c] as number)) / sum;
  });
  out[I + framework.root] = 1;
  return out;
}

/**
 * Effective weight of every column in the root: the product of its normalised weights along the
 * path up to the root. Under arithmetic aggregation throughout (and no missing values) the index
 * is Σ over indicators of effective weight × normalised value; the effective weights of the
 * indicators then sum to 1.
 */
export function effectiveWeights(framework: MaturityFramework, local: Float64Array): Float64Array {
  const out = Float64Array.from(local);
  const I = framework.indicatorIds.length;
  // Parents come after their children in `order`, so walk it backwards: root first.
  for (let k = framework.order.length - 1; k >= 0; k -= 1) {
    const n = framework.order[k] as number;
    const own = out[I + n] as number;
    for (const c of framework.childrenOf[n] ?? []) out[c] = (local[c] as number) * own;
  }
  return out;
}

/**
 * {@link localWeights} of `given` into `out` without allocating (for Monte Carlo runs); a
 * group whose weights sum to 0 keeps weights 0, and its node's score goes missing.
 */
export function normaliseWeightsInto(
  framework: MaturityFramework,
  given: Float64Array,
  out: Float64Array,
): void {
  const { childrenOf } = framework;
  for (let n = 0; n < childrenOf.length; n += 1) {
    const children = childrenOf[n] as Int32Array;
    let sum = 0;
    for (const c of children) sum += given[c] as number;
    for (const c of children) out[c] = sum > 0 ? (given[c] as number) / sum : 0;
  }
  out[framework.indicatorIds.length + framework.root] = 1;
}

import type { GroupPartials } from './aggregateByGroup.js';
import { CapkitScoringError } from './scoringError.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function copyPartials(partials: GroupPartials): GroupPartials {
  return {
    ...partials,
    count: partials.count.slice(),
    mean: partials.mean.slice(),
    m2: partials.m2.slice(),
    min: partials.min.slice(),
    max: partials.max.slice(),
    gapCount: partials.gapCount.slice(),
    gapSum: partials.gapSum.slice(),
    below: partials.below.slice(),
    ...(partials.histogram === undefined
      ? {}
      : { histogram: { ...partials.histogram, counts: partials.histogram.counts.slice() } }),
  };
}

/**
 * Adds cell `from` of `source` into cell `to` of `target`. Means and M2 combine by Chan, Golub
 * & LeVeque (1979): n = nₐ + n_b, δ = x̄_b − x̄ₐ, x̄ = x̄ₐ + δ·n_b/n, M2 = M2ₐ + M2_b + δ²·nₐ·n_b/n.
 */
function mergeCell(
  target: Mutable<GroupPartials>,
  to: number,
  source: GroupPartials,
  from: number,
): void {
  const nb = source.count[from] as number;
  if (nb === 0) return;
  const na = target.count[to] as number;
  const n = na + nb;
  const delta = (source.mean[from] as number) - (target.mean[to] as number);
  target.mean[to] = (target.mean[to] as number) + (delta * nb) / n;
  target.m2[to] =
    (target.m2[to] as number) + (source.m2[from] as number) + (delta * delta * na * nb) / n;
  target.count[to] = n;
  target.min[to] = Math.min(target.min[to] as number, source.min[from] as number);
  target.max[to] = Math.max(target.max[to] as number, source.max[from] as number);
  target.gapCount[to] = (target.gapCount[to] as number) + (source.gapCount[from] as number);
  target.gapSum[to] = (target.gapSum[to] as number) + (source.gapSum[from] as number);
  target.below[to] = (target.below[to] as number) + (source.below[from] as number);
  const histogram = target.histogram;
  const other = source.histogram;
  if (histogram !== undefined && other !== undefined) {
    const { bins } = histogram;
    for (let b = 0; b < bins; b += 1) {
      histogram.counts[to * bins + b] =
        (histogram.counts[to * bins + b] as number) + (other.counts[from * bins + b] as number);
    }
  }
}

/**
 * Merges partials computed on disjoint sets of respondents (chunks of a stream, Web Workers,
 * other machines) into the partials of all of them. Counts, gaps, shares below required,
 * minima, maxima and histograms (hence medians and quantiles) merge exactly; means and
 * variances agree with a single pass to within floating-point rounding.
 *
 * @throws {CapkitScoringError} when the partials differ in shape or in scoring configuration.
 */
export function mergePartials(parts: readonly GroupPartials[]): GroupPartials {
  const [first, ...rest] = parts;
  if (first === undefined)
    throw new CapkitScoringError('parts', 'give at least one partial to merge');
  const merged = copyPartials(first);
  rest.forEach((part, index) => {
    const path = `parts[${index + 1}]`;
    if (part.groups !== first.groups || part.competencies !== first.competencies) {
      throw new CapkitScoringError(
        path,
        `has ${part.groups} × ${part.competencies} cells, expected ${first.groups} × ${first.competencies}`,
      );
    }
    if (part.provenance.configHash !== first.provenance.configHash) {
      throw new CapkitScoringError(
        `${path}.provenance.configHash`,
        'was scored under a different configuration',
      );
    }
    if ((part.histogram === undefined) !== (first.histogram === undefined)) {
      throw new CapkitScoringError(
        `${path}.histogram`,
        'only some partials keep histograms; compute all with the same quantiles option',
      );
    }
    for (let cell = 0; cell < part.count.length; cell += 1) mergeCell(merged, cell, part, cell);
  });
  return merged;
}

/**
 * Rolls partials up a hierarchy (units in ministries in government): each group's cells come
 * to cover its own respondents and those of all its descendants. `parentOf[g]` is the parent
 * group's index, or −1 for a top-level group.
 *
 * @throws {CapkitScoringError} for a parent index out of range or a group that is its own ancestor.
 */
export function rollUpHierarchy(partials: GroupPartials, parentOf: Int32Array): GroupPartials {
  const { groups, competencies } = partials;
  if (parentOf.length !== groups) {
    throw new CapkitScoringError(
      'parentOf',
      `has ${parentOf.length} entries, expected one per group (${groups})`,
    );
  }
  const depth = hierarchyDepths(parentOf);
  const rolled = copyPartials(partials);
  // Deepest first, so that a child's subtree is complete before it is added to its parent.
  const order = Array.from({ length: groups }, (_, g) => g).sort(
    (a, b) => (depth[b] as number) - (depth[a] as number),
  );
  for (const g of order) {
    const parent = parentOf[g] as number;
    if (parent < 0) continue;
    for (let c = 0; c < competencies; c += 1)
      mergeCell(rolled, parent * competencies + c, rolled, g * competencies + c);
  }
  return rolled;
}

/**
 * Depth of each node of a forest given by parent indices (−1 for a root).
 *
 * @throws {CapkitScoringError} for a parent out of range or a cycle.
 */
export function hierarchyDepths(parentOf: Int32Array): Int32Array {
  const groups = parentOf.length;
  const depth = new Int32Array(groups).fill(-1);
  for (let g = 0; g < groups; g += 1) {
    const chain: number[] = [];
    let node = g;
    while (node >= 0 && depth[node] === -1) {
      if (chain.length > groups)
        throw new CapkitScoringError(`parentOf[${g}]`, 'the group is its own ancestor');
      chain.push(node);
      const parent = parentOf[node] as number;
      if (parent >= groups || parent < -1)
        throw new CapkitScoringError(`parentOf[${node}]`, `is ${parent}, not a group index or −1`);
      node = parent;
    }
    let known = node < 0 ? -1 : (depth[node] as number);
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      known += 1;
      depth[chain[i] as number] = known;
    }
  }
  return depth;
}

import type { GroupPartials } from './aggregateByGroup.js';
import { sumHistogramCells, type ScoreHistogram } from './scoreHistogram.js';
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
      : {
          histogram: {
            ...partials.histogram,
            cellStart: partials.histogram.cellStart.slice(),
            entryBin: partials.histogram.entryBin.slice(),
            entryCount: partials.histogram.entryCount.slice(),
          },
        }),
  };
}

/**
 * Adds cell `from` of `source` into cell `to` of `target`, all but the histograms (which are
 * summed apart, see {@link sumHistogramCells}). Means and M2 combine by Chan, Golub & LeVeque
 * (1979): n = nₐ + n_b, δ = x̄_b − x̄ₐ, x̄ = x̄ₐ + δ·n_b/n, M2 = M2ₐ + M2_b + δ²·nₐ·n_b/n.
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
}

function checkHistogram(
  histogram: ScoreHistogram,
  layout: ScoreHistogram,
  cells: number,
  path: string,
): void {
  if (
    histogram.bins !== layout.bins ||
    histogram.binsPerPoint !== layout.binsPerPoint ||
    histogram.origin !== layout.origin
  ) {
    throw new CapkitScoringError(
      path,
      `has ${histogram.bins} bins at ${histogram.binsPerPoint} per point from ${histogram.origin}, expected ${layout.bins} at ${layout.binsPerPoint} from ${layout.origin}`,
    );
  }
  if (histogram.cellStart.length !== cells + 1) {
    throw new CapkitScoringError(
      `${path}.cellStart`,
      `has ${histogram.cellStart.length} offsets, expected cells + 1 = ${cells + 1}`,
    );
  }
  const entries = histogram.cellStart[cells] as number;
  if (histogram.entryBin.length !== entries || histogram.entryCount.length !== entries) {
    throw new CapkitScoringError(
      `${path}.entryBin`,
      `entryBin and entryCount must both hold cellStart[${cells}] = ${entries} entries`,
    );
  }
  for (let cell = 0; cell < cells; cell += 1) {
    const start = histogram.cellStart[cell] as number;
    const end = histogram.cellStart[cell + 1] as number;
    if (end < start) {
      throw new CapkitScoringError(
        `${path}.cellStart[${cell + 1}]`,
        'is below the offset before it',
      );
    }
    for (let e = start; e < end; e += 1) {
      const bin = histogram.entryBin[e] as number;
      if (bin >= layout.bins || (e > start && bin <= (histogram.entryBin[e - 1] as number))) {
        throw new CapkitScoringError(
          `${path}.entryBin[${e}]`,
          `is ${bin}: bins of a cell must ascend and stay below ${layout.bins}`,
        );
      }
    }
  }
}

/**
 * Merges partials computed on disjoint sets of respondents (chunks of a stream, Web Workers,
 * other machines) into the partials of all of them. Counts, gaps, shares below required,
 * minima, maxima and histograms (hence medians and quantiles) merge exactly; means and
 * variances agree with a single pass to within floating-point rounding.
 *
 * Histograms are sparse (see `ScoreHistogram`): merging reads every entry once and sorts the
 * bins each merged cell holds, through one scratch row of `bins` counts; the result holds 8 bytes
 * per non-empty bin of each merged cell.
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
    if (part.histogram !== undefined && first.histogram !== undefined) {
      checkHistogram(part.histogram, first.histogram, part.count.length, `${path}.histogram`);
    }
    for (let cell = 0; cell < part.count.length; cell += 1) mergeCell(merged, cell, part, cell);
  });
  const layout = first.histogram;
  if (layout === undefined || rest.length === 0) return merged;
  checkHistogram(layout, layout, first.count.length, 'parts[0].histogram');
  return {
    ...merged,
    histogram: sumHistogramCells(layout, first.count.length, (cell, visit) => {
      for (const part of parts) visit(part.histogram as ScoreHistogram, cell);
    }),
  };
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
  if (partials.rolledUp !== undefined) {
    throw new CapkitScoringError(
      'partials',
      'are rolled up already; roll up the original partials',
    );
  }
  const depth = hierarchyDepths(parentOf);
  const rolled = { ...copyPartials(partials), rolledUp: { parentOf: parentOf.slice() } };
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
  const histogram = partials.histogram;
  if (histogram === undefined) return rolled;
  checkHistogram(histogram, histogram, partials.count.length, 'partials.histogram');
  return { ...rolled, histogram: rollUpHistogram(histogram, parentOf, order, competencies) };
}

// Each group's histogram becomes its own plus its children's rolled ones, deepest first: every
// rolled histogram is read once, by its parent, so the work is the entries of the result.
function rollUpHistogram(
  histogram: ScoreHistogram,
  parentOf: Int32Array,
  deepestFirst: readonly number[],
  competencies: number,
): ScoreHistogram {
  const groups = parentOf.length;
  const childrenOf: number[][] = Array.from({ length: groups }, () => []);
  parentOf.forEach((parent, g) => {
    if (parent >= 0) childrenOf[parent]?.push(g);
  });
  const rolledOf: ScoreHistogram[] = new Array<ScoreHistogram>(groups);
  const scratch = new Uint32Array(histogram.bins);
  for (const g of deepestFirst) {
    const children = childrenOf[g] ?? [];
    rolledOf[g] = sumHistogramCells(
      histogram,
      competencies,
      (c, visit) => {
        visit(histogram, g * competencies + c);
        for (const child of children) visit(rolledOf[child] as ScoreHistogram, c);
      },
      scratch,
    );
  }
  return sumHistogramCells(
    histogram,
    groups * competencies,
    (cell, visit) =>
      visit(rolledOf[Math.floor(cell / competencies)] as ScoreHistogram, cell % competencies),
    scratch,
  );
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

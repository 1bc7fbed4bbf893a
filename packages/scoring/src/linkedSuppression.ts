import { CapkitScoringError } from './scoringError.js';

/** Why a figure is withheld: too few people (`primary`), or to stop differencing (`complementary`). */
export type SuppressionReason = 'primary' | 'complementary';

/**
 * Cells of one or more tables published from the same people, each the union of some
 * **atoms**: the finest groups every table is built from (for unit, role and unit × role tables:
 * the direct members of one unit holding one role).
 *
 * The cells come in two **laminar families** — sets of cells in which any two are nested or
 * disjoint: a unit hierarchy with the organisation total is one; role margins with unit × role
 * crosses (a hierarchy per role) are the other. A single hierarchy is one family.
 */
export interface CellStructure {
  /** Number of atoms. */
  readonly atoms: number;
  /** Atoms of each cell, each atom at most once. */
  readonly cells: readonly (readonly number[])[];
  /** Family (0 or 1) of each cell; all 0 for one hierarchy. */
  readonly family: ArrayLike<number>;
}

/** Options of {@link protectCells}. */
export interface ProtectOptions {
  /** Cells already withheld for another reason; they are treated as unpublished. */
  readonly withheld?: readonly (SuppressionReason | undefined)[];
  /**
   * Try cheap candidate sets (a region with all that reaches it, and the like) before the exact
   * search. Either way the result is safe; `false` runs only the exact search (slower).
   * @default true
   */
  readonly quickCandidates?: boolean;
}

/**
 * The attacker's view, as a directed graph. Within a laminar family the published cells span
 * the same space as their **regions** — a cell minus its largest published sub-cells — which
 * are disjoint; so each atom lies in at most one region of each family. A node is a region
 * (node 0, "none", stands for atoms in no region of a family), and each non-empty atom is an
 * arc from its family-0 region to its family-1 region, weighted by its people.
 *
 * A set of atoms has a total that follows from the published cells exactly when its indicator
 * is a sum of region indicators with integer coefficients: a value per node whose difference
 * along each arc (tail − head) is 1 on the set and 0 elsewhere. Cutting those values at each
 * level shows that the smallest such sets are the arcs leaving a node set W that no arc enters
 * (a "closed" set). So a small group can be recovered exactly when some closed set has
 * 0 < out-weight < k — a minimum-cut question, answered with max-flow.
 */
interface Graph {
  readonly nodes: number;
  /** Node of each published cell, −1 if unpublished. */
  readonly nodeOfCell: Int32Array;
  /** Published cell of each node (−1 for node 0). */
  readonly cellOfNode: Int32Array;
  /** The published cell each node's cell merges into when withheld (its parent region), or 0. */
  readonly mergeTarget: Int32Array;
  readonly tail: Int32Array;
  readonly head: Int32Array;
  readonly weight: Float64Array;
}

/** Just the arcs of a graph: what the leak search reads. */
type ArcGraph = Pick<Graph, 'nodes' | 'tail' | 'head' | 'weight'>;

/**
 * Merges nodes that every closed set with out-weight below k holds together or leaves out
 * together: the ends of an arc of weight ≥ k (cutting it costs k or more, and it may not enter),
 * and nodes on a directed cycle (each must be in W if the next is). Repeats until nothing more
 * merges; the search then runs on far fewer nodes. Returns the merged arcs and each node's group.
 */
function contract(graph: ArcGraph, k: number): { arcs: ArcGraph; groupOf: Int32Array } {
  const parent = Int32Array.from({ length: graph.nodes }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[x] !== root) {
      const up = parent[x] as number;
      parent[x] = root;
      x = up;
    }
    return root;
  };
  let tail = graph.tail;
  let head = graph.head;
  let weight = graph.weight;
  for (;;) {
    let merged = false;
    for (let a = 0; a < tail.length; a += 1) {
      if ((weight[a] as number) < k) continue;
      const u = find(tail[a] as number);
      const v = find(head[a] as number);
      if (u !== v) {
        parent[u] = v;
        merged = true;
      }
    }
    // Nodes on a directed cycle of the remaining arcs (strongly connected components).
    const groups = Array.from({ length: graph.nodes }, (_, i) => find(i));
    for (const component of stronglyConnected(graph.nodes, tail, head, groups)) {
      for (let i = 1; i < component.length; i += 1) {
        const u = find(component[0] as number);
        const v = find(component[i] as number);
        if (u !== v) {
          parent[v] = u;
          merged = true;
        }
      }
    }
    // Parallel arcs between groups add up, and may now reach k.
    const arcs = new Map<number, number>();
    const N = graph.nodes;
    for (let a = 0; a < tail.length; a += 1) {
      const u = find(tail[a] as number);
      const v = find(head[a] as number);
      if (u === v) continue;
      arcs.set(u * N + v, (arcs.get(u * N + v) ?? 0) + (weight[a] as number));
    }
    tail = Int32Array.from(arcs.keys(), (key) => Math.floor(key / N));
    head = Int32Array.from(arcs.keys(), (key) => key % N);
    weight = Float64Array.from(arcs.values());
    if (!merged && !weight.some((w) => w >= k)) break;
  }
  return {
    arcs: { nodes: graph.nodes, tail, head, weight },
    groupOf: Int32Array.from({ length: graph.nodes }, (_, i) => find(i)),
  };
}

/** Strongly connected components (of two or more nodes) of the arcs between node groups. */
function stronglyConnected(
  nodes: number,
  tail: Int32Array,
  head: Int32Array,
  groupOf: readonly number[],
): number[][] {
  const out: number[][] = Array.from({ length: nodes }, () => []);
  for (let a = 0; a < tail.length; a += 1) {
    const u = groupOf[tail[a] as number] as number;
    const v = groupOf[head[a] as number] as number;
    if (u !== v) out[u]?.push(v);
  }
  // Iterative Tarjan.
  const index = new Int32Array(nodes).fill(-1);
  const low = new Int32Array(nodes);
  const onStack = new Uint8Array(nodes);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let start = 0; start < nodes; start += 1) {
    if (index[start] !== -1 || groupOf[start] !== start) continue;
    const work: [number, number][] = [[start, 0]];
    index[start] = low[start] = counter++;
    stack.push(start);
    onStack[start] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number];
      const [u, i] = frame;
      const next = out[u] ?? [];
      if (i < next.length) {
        frame[1] = i + 1;
        const v = next[i] as number;
        if (index[v] === -1) {
          index[v] = low[v] = counter++;
          stack.push(v);
          onStack[v] = 1;
          work.push([v, 0]);
        } else if (onStack[v] === 1) low[u] = Math.min(low[u] as number, index[v] as number);
        continue;
      }
      work.pop();
      const caller = work[work.length - 1];
      if (caller !== undefined)
        low[caller[0]] = Math.min(low[caller[0]] as number, low[u] as number);
      if (low[u] === index[u]) {
        const component: number[] = [];
        for (;;) {
          const v = stack.pop() as number;
          onStack[v] = 0;
          component.push(v);
          if (v === u) break;
        }
        if (component.length > 1) components.push(component);
      }
    }
  }
  return components;
}

function regionGraph(
  structure: CellStructure,
  published: readonly boolean[],
  atomSizes: ArrayLike<number>,
): Graph {
  const { cells, family, atoms } = structure;
  const nodeOfCell = new Int32Array(cells.length).fill(-1);
  const cellOfNode: number[] = [-1];
  cells.forEach((_, cell) => {
    if (published[cell] === true) {
      nodeOfCell[cell] = cellOfNode.length;
      cellOfNode.push(cell);
    }
  });
  const mergeTarget = new Int32Array(cellOfNode.length);
  const regionOf = [new Int32Array(atoms), new Int32Array(atoms)];
  for (const f of [0, 1]) {
    // Largest first: a smaller (nested) cell then takes its atoms from the larger one, whose
    // node becomes its merge target.
    const order = cellOfNode
      .slice(1)
      .filter((cell) => family[cell] === f)
      .sort(
        (a, b) =>
          (cells[b] as readonly number[]).length - (cells[a] as readonly number[]).length || a - b,
      );
    const region = regionOf[f] as Int32Array;
    for (const cell of order) {
      const node = nodeOfCell[cell] as number;
      const members = cells[cell] as readonly number[];
      const first = members[0];
      mergeTarget[node] = first === undefined ? 0 : (region[first] as number);
      for (const atom of members) region[atom] = node;
    }
  }
  const arcs = new Map<number, number>();
  const N = cellOfNode.length;
  for (let atom = 0; atom < atoms; atom += 1) {
    const n = atomSizes[atom] as number;
    if (n <= 0) continue;
    const from = (regionOf[0] as Int32Array)[atom] as number;
    const to = (regionOf[1] as Int32Array)[atom] as number;
    if (from === to) continue; // only atoms in no region at all: never recoverable
    const key = from * N + to;
    arcs.set(key, (arcs.get(key) ?? 0) + n);
  }
  const tail = new Int32Array(arcs.size);
  const head = new Int32Array(arcs.size);
  const weight = new Float64Array(arcs.size);
  let i = 0;
  for (const [key, n] of arcs) {
    tail[i] = Math.floor(key / N);
    head[i] = key % N;
    weight[i] = n;
    i += 1;
  }
  return {
    nodes: N,
    nodeOfCell,
    cellOfNode: Int32Array.from(cellOfNode),
    mergeTarget,
    tail,
    head,
    weight,
  };
}

/** Residual network: each arc u→v has capacity min(w, k) forwards and k ("infinite") backwards. */
class FlowNetwork {
  readonly first: Int32Array;
  readonly next: Int32Array;
  readonly to: Int32Array;
  readonly capacity: Float64Array;
  readonly initial: Float64Array;

  constructor(nodes: number, graph: ArcGraph, k: number) {
    const edges = graph.tail.length * 2;
    this.first = new Int32Array(nodes).fill(-1);
    this.next = new Int32Array(edges);
    this.to = new Int32Array(edges);
    this.initial = new Float64Array(edges);
    for (let a = 0; a < graph.tail.length; a += 1) {
      const u = graph.tail[a] as number;
      const v = graph.head[a] as number;
      this.add(2 * a, u, v, Math.min(graph.weight[a] as number, k));
      this.add(2 * a + 1, v, u, k);
    }
    this.capacity = this.initial.slice();
  }

  private add(edge: number, from: number, to: number, capacity: number): void {
    this.to[edge] = to;
    this.initial[edge] = capacity;
    this.next[edge] = this.first[from] as number;
    this.first[from] = edge;
  }

  /** Max-flow from s to t, stopping once it reaches k; and the nodes reachable from s after. */
  flow(s: number, t: number, k: number): { value: number; sourceSide: Uint8Array } {
    this.capacity.set(this.initial);
    const nodes = this.first.length;
    const via = new Int32Array(nodes);
    const queue = new Int32Array(nodes);
    let value = 0;
    for (;;) {
      via.fill(-1);
      via[s] = -2;
      let headIndex = 0;
      let tailIndex = 0;
      queue[tailIndex++] = s;
      while (headIndex < tailIndex && via[t] === -1) {
        const u = queue[headIndex++] as number;
        for (let e = this.first[u] as number; e >= 0; e = this.next[e] as number) {
          const v = this.to[e] as number;
          if (via[v] === -1 && (this.capacity[e] as number) > 0) {
            via[v] = e;
            queue[tailIndex++] = v;
          }
        }
      }
      if (via[t] === -1 || value >= k) {
        const sourceSide = new Uint8Array(nodes);
        for (let i = 0; i < tailIndex; i += 1) sourceSide[queue[i] as number] = 1;
        return { value, sourceSide };
      }
      let bottleneck = k - value;
      for (let v = t; v !== s; v = this.to[(via[v] as number) ^ 1] as number)
        bottleneck = Math.min(bottleneck, this.capacity[via[v] as number] as number);
      for (let v = t; v !== s; v = this.to[(via[v] as number) ^ 1] as number) {
        const e = via[v] as number;
        this.capacity[e] = (this.capacity[e] as number) - bottleneck;
        this.capacity[e ^ 1] = (this.capacity[e ^ 1] as number) + bottleneck;
      }
      value += bottleneck;
    }
  }
}

/** Out-weight of node set `inside` if no arc enters it, else Infinity. */
function closedCutWeight(graph: ArcGraph, inside: ArrayLike<number>): number {
  let total = 0;
  for (let a = 0; a < graph.tail.length; a += 1) {
    const from = inside[graph.tail[a] as number] === 1;
    const to = inside[graph.head[a] as number] === 1;
    if (!from && to) return Number.POSITIVE_INFINITY;
    if (from && !to) total += graph.weight[a] as number;
  }
  return total;
}

/**
 * Whether merging `node` into `target` leaves the leaking set `inside` without a small cut: the
 * merged node on either side (the set without `node`, or with `target`) is not a leak.
 */
function mergeResolves(
  graph: ArcGraph,
  inside: ArrayLike<number>,
  node: number,
  target: number,
  k: number,
): boolean {
  const side = Uint8Array.from(inside);
  for (const value of [0, 1]) {
    side[node] = value;
    side[target] = value;
    const n = closedCutWeight(graph, side);
    if (n > 0 && n < k) return false;
  }
  return true;
}

/**
 * Closed node sets whose out-weight is a small group (0 < n < k). Cheap candidates first —
 * each node with everything that reaches it, and everything not reached from a node — then, if
 * none of those leaks, an exact search: the smallest closed cut of each connected part of the
 * graph, by max-flow from one root to and from every other node.
 */
function findLeaks(graph: ArcGraph, k: number, quick: boolean): Uint8Array[] {
  const { nodes, tail, head } = graph;
  const into: number[][] = Array.from({ length: nodes }, () => []);
  const out: number[][] = Array.from({ length: nodes }, () => []);
  for (let a = 0; a < tail.length; a += 1) {
    out[tail[a] as number]?.push(head[a] as number);
    into[head[a] as number]?.push(tail[a] as number);
  }
  const reach = (start: number, along: number[][]) => {
    const seen = new Uint8Array(nodes);
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const u = stack.pop() as number;
      for (const v of along[u] ?? [])
        if (seen[v] === 0) {
          seen[v] = 1;
          stack.push(v);
        }
    }
    return seen;
  };
  const isLeak = (inside: Uint8Array) => {
    const n = closedCutWeight(graph, inside);
    return n > 0 && n < k;
  };
  const leaks: Uint8Array[] = [];
  for (let x = 0; quick && x < nodes; x += 1) {
    if ((out[x]?.length ?? 0) + (into[x]?.length ?? 0) === 0) continue;
    const ancestors = reach(x, into);
    if (isLeak(ancestors)) leaks.push(ancestors);
    const notReached = reach(x, out).map((seen) => 1 - seen);
    if (isLeak(notReached)) leaks.push(notReached);
  }
  if (leaks.length > 0) return leaks;
  // Exact: per weakly connected part, min over v of the closed cuts separating a root from v.
  const part = new Int32Array(nodes).fill(-1);
  const network = new FlowNetwork(nodes, graph, k);
  for (let root = 0; root < nodes; root += 1) {
    if (part[root] !== -1 || (out[root]?.length ?? 0) + (into[root]?.length ?? 0) === 0) continue;
    const members: number[] = [];
    const stack = [root];
    part[root] = root;
    while (stack.length > 0) {
      const u = stack.pop() as number;
      members.push(u);
      for (const v of [...(out[u] ?? []), ...(into[u] ?? [])])
        if (part[v] === -1) {
          part[v] = root;
          stack.push(v);
        }
    }
    for (const v of members) {
      if (v === root) continue;
      for (const [s, t] of [
        [root, v],
        [v, root],
      ] as const) {
        const { value, sourceSide } = network.flow(s, t, k);
        if (value < k && isLeak(sourceSide)) return [sourceSide];
      }
    }
  }
  return [];
}

/**
 * Decides which cells to withhold so that no group of fewer than `k` people — a cell, a cell's
 * remainder after its sub-cells, or any union of atoms — can be read from the published cells,
 * directly or by adding and subtracting them (differencing across every table of the set).
 *
 * - Primary suppression: a cell with 0 < n < k is withheld.
 * - Complementary suppression: while some set of atoms with 0 < n < k has a total that is an
 *   integer combination of the published cells, the smallest published cell whose withholding
 *   joins the leaking part to the rest is withheld too, and the check runs again.
 *
 * The check is exact, not a rule of thumb (see the region graph above): with cells from two
 * laminar families, the recoverable sets are exactly the arcs leaving closed node sets, and the
 * smallest of those are found by max-flow. Atoms with no people are taken as known to be empty,
 * as an attacker may know.
 *
 * Limits: protects against exact disclosure by linear differencing of the published figures;
 * it does not widen intervals (an attacker may still bound a withheld figure by the scale), and
 * cannot account for what an attacker knows from outside the data.
 *
 * @param atomSizes people in each atom (for this measure's denominator)
 * @returns per cell: `undefined` (published) or why it is withheld
 */
export function protectCells(
  structure: CellStructure,
  atomSizes: ArrayLike<number>,
  k: number,
  options: ProtectOptions = {},
): (SuppressionReason | undefined)[] {
  const { cells, atoms } = structure;
  if (atomSizes.length !== atoms) {
    throw new CapkitScoringError('atomSizes', `has ${atomSizes.length} entries, expected ${atoms}`);
  }
  const cellSize = cells.map((members) =>
    members.reduce((sum, atom) => sum + (atomSizes[atom] as number), 0),
  );
  const reasons: (SuppressionReason | undefined)[] = cells.map(
    (_, cell) =>
      options.withheld?.[cell] ??
      ((cellSize[cell] as number) > 0 && (cellSize[cell] as number) < k ? 'primary' : undefined),
  );
  let anySmall = false;
  for (let atom = 0; atom < atoms; atom += 1) {
    const n = atomSizes[atom] as number;
    if (n > 0 && n < k) anySmall = true;
  }
  if (!anySmall) return reasons;
  for (;;) {
    const published = cells.map(
      (_, cell) => reasons[cell] === undefined && (cellSize[cell] as number) > 0,
    );
    const graph = regionGraph(structure, published, atomSizes);
    const { arcs, groupOf } = contract(graph, k);
    const leaks = findLeaks(arcs, k, options.quickCandidates ?? true).map((inGroups) =>
      groupOf.map((group) => inGroups[group] as number),
    );
    if (leaks.length === 0) return reasons;
    const chosen = new Set<number>();
    // Several leaks are fixed in one round, but not two that touch the same regions: the first
    // fix may already undo the second, which the next round checks.
    const touched = new Uint8Array(graph.nodes);
    for (const inside of leaks) {
      // Withholding a cell merges its region into its merge target; one that crosses the
      // boundary of the leaking set can undo it. Prefer the smallest cell whose merge leaves no
      // small cut on either side of the merged node (fewer rounds, fewer cells withheld), else
      // the smallest crossing cell; the next round checks either way.
      let best = -1;
      let bestNode = -1;
      let bestResolves = false;
      let blocked = false;
      for (let node = 1; node < graph.nodes; node += 1) {
        const target = graph.mergeTarget[node] as number;
        if (inside[node] === inside[target]) continue;
        if (touched[node] === 1 || touched[target] === 1) blocked = true;
        const cell = graph.cellOfNode[node] as number;
        const resolves = mergeResolves(graph, inside, node, target, k);
        const better =
          best < 0 ||
          (resolves && !bestResolves) ||
          (resolves === bestResolves && (cellSize[cell] as number) < (cellSize[best] as number));
        if (better) {
          best = cell;
          bestNode = node;
          bestResolves = resolves;
        }
      }
      if (blocked && chosen.size > 0) continue;
      if (best < 0) {
        throw new CapkitScoringError(
          'cells',
          'cannot protect a small group: no published cell left to withhold',
        );
      }
      chosen.add(best);
      touched[bestNode] = 1;
      touched[graph.mergeTarget[bestNode] as number] = 1;
    }
    for (const cell of chosen) reasons[cell] = 'complementary';
  }
}

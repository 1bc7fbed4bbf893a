/**
 * The cells of a publication as an attacker sees them: a directed graph of regions (see
 * {@link regionGraph}), and its contraction before the search for small cuts.
 */

/** What the region graph is built from (a `CellStructure`). */
export interface RegionInput {
  readonly atoms: number;
  readonly cells: readonly (readonly number[])[];
  readonly family: ArrayLike<number>;
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
export interface Graph {
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
export type ArcGraph = Pick<Graph, 'nodes' | 'tail' | 'head' | 'weight'>;

/**
 * Merges nodes that every closed set with out-weight below k holds together or leaves out
 * together: the ends of an arc of weight ≥ k (cutting it costs k or more, and it may not enter),
 * and nodes on a directed cycle (each must be in W if the next is). Repeats until nothing more
 * merges; the search then runs on far fewer nodes. Returns the merged arcs and each node's group.
 */
export function contract(graph: ArcGraph, k: number): { arcs: ArcGraph; groupOf: Int32Array } {
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

export function regionGraph(
  structure: RegionInput,
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

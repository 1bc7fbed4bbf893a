import type { ArcGraph } from './regionGraph.js';

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
export function mergeResolves(
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
export function findLeaks(graph: ArcGraph, k: number, quick: boolean): Uint8Array[] {
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

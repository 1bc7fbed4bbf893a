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
  /**
   * Max-flow from s to t, stopping once it reaches k; below k, also the nodes reachable from s
   * in the residual network (the source side of a minimum cut). Work is kept to what the
   * search touches: visits are stamped, and only the edges used are restored afterwards.
   */
  flow(s: number, t: number, k: number): { value: number; sourceSide?: Uint8Array } {
    const nodes = this.first.length;
    const { via, seen, queue } = this.scratch(nodes);
    const used: number[] = [];
    let value = 0;
    for (;;) {
      this.generation += 1;
      const generation = this.generation;
      seen[s] = generation;
      let headIndex = 0;
      let tailIndex = 0;
      queue[tailIndex++] = s;
      while (headIndex < tailIndex && seen[t] !== generation) {
        const u = queue[headIndex++] as number;
        for (let e = this.first[u] as number; e >= 0; e = this.next[e] as number) {
          const v = this.to[e] as number;
          if (seen[v] !== generation && (this.capacity[e] as number) > 0) {
            seen[v] = generation;
            via[v] = e;
            queue[tailIndex++] = v;
          }
        }
      }
      if (seen[t] !== generation || value >= k) {
        let sourceSide: Uint8Array | undefined;
        if (value < k) {
          sourceSide = new Uint8Array(nodes);
          for (let i = 0; i < tailIndex; i += 1) sourceSide[queue[i] as number] = 1;
        }
        for (const e of used) {
          this.capacity[e] = this.initial[e] as number;
          this.capacity[e ^ 1] = this.initial[e ^ 1] as number;
        }
        return sourceSide === undefined ? { value } : { value, sourceSide };
      }
      let bottleneck = k - value;
      for (let v = t; v !== s; v = this.to[(via[v] as number) ^ 1] as number)
        bottleneck = Math.min(bottleneck, this.capacity[via[v] as number] as number);
      for (let v = t; v !== s; v = this.to[(via[v] as number) ^ 1] as number) {
        const e = via[v] as number;
        used.push(e);
        this.capacity[e] = (this.capacity[e] as number) - bottleneck;
        this.capacity[e ^ 1] = (this.capacity[e ^ 1] as number) + bottleneck;
      }
      value += bottleneck;
    }
  }

  private generation = 0;
  private buffers?: { via: Int32Array; seen: Int32Array; queue: Int32Array };

  private scratch(nodes: number): { via: Int32Array; seen: Int32Array; queue: Int32Array } {
    this.buffers ??= {
      via: new Int32Array(nodes),
      seen: new Int32Array(nodes),
      queue: new Int32Array(nodes),
    };
    return this.buffers;
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
 * The cheap candidates: for each node x, x with everything that reaches it (closed by
 * construction; its cut is the arcs leaving it) and everything x does not reach (closed too;
 * its cut is the arcs entering what x reaches). Each set is walked once with a generation
 * stamp, and its cut summed over the arcs at its nodes, so small sets cost little.
 */
function quickLeaks(graph: ArcGraph, k: number): Uint8Array[] {
  const { nodes, tail, head, weight } = graph;
  const outArcs: number[][] = Array.from({ length: nodes }, () => []);
  const inArcs: number[][] = Array.from({ length: nodes }, () => []);
  for (let a = 0; a < tail.length; a += 1) {
    outArcs[tail[a] as number]?.push(a);
    inArcs[head[a] as number]?.push(a);
  }
  const stamp = new Int32Array(nodes);
  let generation = 0;
  // Nodes reached from `start` along arcs backwards (`into`) or forwards; stamped `generation`.
  const walk = (start: number, backwards: boolean): number[] => {
    generation += 1;
    stamp[start] = generation;
    const found = [start];
    for (let i = 0; i < found.length; i += 1) {
      const u = found[i] as number;
      for (const a of (backwards ? inArcs : outArcs)[u] ?? []) {
        const v = (backwards ? tail : head)[a] as number;
        if (stamp[v] !== generation) {
          stamp[v] = generation;
          found.push(v);
        }
      }
    }
    return found;
  };
  const leaks: Uint8Array[] = [];
  for (let x = 0; x < nodes; x += 1) {
    if ((outArcs[x]?.length ?? 0) + (inArcs[x]?.length ?? 0) === 0) continue;
    const ancestors = walk(x, true);
    let leaving = 0;
    for (const u of ancestors)
      for (const a of outArcs[u] ?? [])
        if (stamp[head[a] as number] !== generation) leaving += weight[a] as number;
    if (leaving > 0 && leaving < k) {
      const inside = new Uint8Array(nodes);
      for (const u of ancestors) inside[u] = 1;
      leaks.push(inside);
    }
    const reached = walk(x, false);
    let entering = 0;
    for (const v of reached)
      for (const a of inArcs[v] ?? [])
        if (stamp[tail[a] as number] !== generation) entering += weight[a] as number;
    if (entering > 0 && entering < k) {
      const inside = new Uint8Array(nodes).fill(1);
      for (const v of reached) inside[v] = 0;
      leaks.push(inside);
    }
  }
  return leaks;
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
  const isLeak = (inside: Uint8Array) => {
    const n = closedCutWeight(graph, inside);
    return n > 0 && n < k;
  };
  const leaks: Uint8Array[] = quick ? quickLeaks(graph, k) : [];
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
        if (value < k && sourceSide !== undefined && isLeak(sourceSide)) return [sourceSide];
      }
    }
  }
  return [];
}

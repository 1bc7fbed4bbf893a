import { findLeaks, mergeResolves } from './closedCuts.js';
import { contract, regionGraph } from './regionGraph.js';
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
 * Decides which cells to withhold so that no group of fewer than `k` people — a cell, a cell's
 * remainder after its sub-cells, or any union of atoms — can be read from the published cells,
 * directly or by adding and subtracting them (differencing across every table of the set).
 *
 * - Primary suppression: a cell with 0 < n < k is withheld.
 * - Complementary suppression: while some set of atoms with 0 < n < k has a total that is an
 *   integer combination of the published cells, the smallest published cell whose withholding
 *   joins the leaking part to the rest is withheld too, and the check runs again.
 *
 * The check is exact, not a rule of thumb (see `regionGraph`): with cells from two
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

import { protectCells, type CellStructure, type SuppressionReason } from './linkedSuppression.js';
import { hierarchyDepths } from './mergePartials.js';
import { CapkitScoringError } from './scoringError.js';

export type { SuppressionReason } from './linkedSuppression.js';

/**
 * Decides which groups' results to withhold so that no group of fewer than `k` people can be
 * read, directly or by differencing along one hierarchy.
 *
 * - Primary suppression: a group with 0 < n < k is withheld.
 * - Complementary suppression: a parent's people are its children's plus its own direct
 *   members, so published groups can be added and subtracted. Enough other groups are withheld
 *   that no set of fewer than `k` people — a withheld group, a parent's direct members, or
 *   several withheld siblings together — has a total that follows from the published groups
 *   (an exact linear-algebra check, see `protectCells`).
 *
 * This protects one hierarchy. Several tables published from the same people (units and roles,
 * say) must be protected together: use `summarisePublication`.
 *
 * @param counts respondents per group, rolled up the hierarchy (a parent counts its descendants)
 * @param parentOf parent group index, −1 for a top-level group; all −1 for a flat grouping
 * @returns per group: `undefined` (published) or why it is withheld
 * @throws {CapkitScoringError} for a `parentOf` of the wrong length or with a cycle, or counts
 *   that are not rolled up (a parent with fewer people than its children).
 */
export function suppressSmallGroups(
  counts: ArrayLike<number>,
  parentOf: Int32Array,
  k: number,
): (SuppressionReason | undefined)[] {
  const groups = counts.length;
  if (parentOf.length !== groups) {
    throw new CapkitScoringError(
      'parentOf',
      `has ${parentOf.length} entries, expected one per group (${groups})`,
    );
  }
  hierarchyDepths(parentOf);
  return protectCells(hierarchyStructure(parentOf), directMembers(counts, parentOf), k);
}

/**
 * The atoms of one hierarchy: the people of each group in none of its children, from counts
 * rolled up along `parentOf`.
 *
 * @throws {CapkitScoringError} for counts that are not rolled up (a parent with fewer people
 *   than its children together).
 */
export function directMembers(counts: ArrayLike<number>, parentOf: Int32Array): Float64Array {
  const direct = Float64Array.from({ length: counts.length }, (_, g) => counts[g] as number);
  parentOf.forEach((parent, g) => {
    if (parent >= 0) direct[parent] = (direct[parent] as number) - (counts[g] as number);
  });
  direct.forEach((n, g) => {
    if (n < 0) {
      throw new CapkitScoringError(
        `counts[${g}]`,
        `is ${counts[g] as number}, fewer than its children together: roll the counts up the hierarchy first`,
      );
    }
  });
  return direct;
}

/**
 * One hierarchy as cells of atoms: atom g is the direct members of group g, cell g is its
 * subtree (one laminar family, as `protectCells` requires).
 */
export function hierarchyStructure(parentOf: Int32Array): CellStructure {
  const groups = parentOf.length;
  const subtree: number[][] = Array.from({ length: groups }, (_, g) => [g]);
  for (let g = 0; g < groups; g += 1) {
    for (let a = parentOf[g] as number; a >= 0; a = parentOf[a] as number) subtree[a]?.push(g);
  }
  return {
    atoms: groups,
    cells: subtree.map((atoms) => atoms.sort((a, b) => a - b)),
    family: new Uint8Array(groups),
  };
}

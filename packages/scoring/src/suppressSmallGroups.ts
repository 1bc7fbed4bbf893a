import { hierarchyDepths } from './mergePartials.js';
import { CapkitScoringError } from './scoringError.js';

/** Why a group's results are withheld. */
export type SuppressionReason = 'primary' | 'complementary';

interface Hierarchy {
  readonly groups: number;
  readonly children: readonly (readonly number[])[];
  readonly count: (g: number) => number;
  /** People in a group who are in none of its children: its direct members. */
  readonly residual: (g: number) => number;
}

// Cells the attacker reasons about: group g is cell g; the direct members of g are cell groups + g.
type Derivation = Map<number, number>;

/**
 * Decides which groups' results to withhold so that no group of fewer than `k` people can be
 * read, directly or by differencing.
 *
 * - Primary suppression: a group with 0 < n < k is withheld.
 * - Complementary suppression: a parent's people are its children's plus its own direct
 *   members, so published siblings can be subtracted from a published parent. The check plays
 *   that attacker: it derives, one relation at a time, any cell that is the only unknown of a
 *   "parent = direct members + children" relation, and while a small group (a withheld group,
 *   or a parent's direct members) can be derived, it withholds one more cell of the relation
 *   that revealed it — the smallest published child, else the parent.
 *
 * Counts are those of the rolled-up groups (a parent counts its descendants). In a tree of sum
 * relations, deriving one unknown at a time finds every exactly recoverable cell, so the
 * result is safe against differencing along the hierarchy.
 *
 * @param counts respondents per group, rolled up the hierarchy
 * @param parentOf parent group index, −1 for a top-level group; all −1 for a flat grouping
 * @returns per group: `undefined` (published) or why it is withheld
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
  const children: number[][] = Array.from({ length: groups }, () => []);
  for (let g = 0; g < groups; g += 1) {
    const parent = parentOf[g] as number;
    if (parent >= 0) children[parent]?.push(g);
  }
  const count = (g: number) => counts[g] as number;
  const residual = (g: number) =>
    count(g) - (children[g] ?? []).reduce((sum, child) => sum + count(child), 0);
  const tree: Hierarchy = { groups, children, count, residual };
  const isSmall = (n: number) => n > 0 && n < k;

  const reasons: (SuppressionReason | undefined)[] = Array.from({ length: groups }, (_, g) =>
    isSmall(count(g)) ? 'primary' : undefined,
  );
  for (;;) {
    const { leaked, derivedBy } = playAttacker(tree, reasons, isSmall);
    if (leaked === undefined) return reasons;
    const extra = cellToWithhold(tree, reasons, derivedBy, leaked.relation, leaked.cell);
    reasons[extra] = 'complementary';
  }
}

/** Derives cells until a small one falls out (returned) or nothing more can be derived. */
function playAttacker(
  tree: Hierarchy,
  reasons: readonly (SuppressionReason | undefined)[],
  isSmall: (n: number) => boolean,
): { leaked?: { cell: number; relation: number }; derivedBy: Derivation } {
  const { groups, children, count, residual } = tree;
  const known = new Set<number>();
  for (let g = 0; g < groups; g += 1) {
    if (reasons[g] === undefined) known.add(g);
    if (residual(g) === 0) known.add(groups + g);
  }
  const derivedBy: Derivation = new Map();
  const sizeOf = (cell: number) => (cell < groups ? count(cell) : residual(cell - groups));
  let changed = true;
  while (changed) {
    changed = false;
    for (let parent = 0; parent < groups; parent += 1) {
      const kids = children[parent] ?? [];
      if (kids.length === 0) continue;
      const unknown = [parent, groups + parent, ...kids].filter((cell) => !known.has(cell));
      const [cell] = unknown;
      if (unknown.length !== 1 || cell === undefined) continue;
      known.add(cell);
      derivedBy.set(cell, parent);
      changed = true;
      if (isSmall(sizeOf(cell))) return { leaked: { cell, relation: parent }, derivedBy };
    }
  }
  return { derivedBy };
}

/**
 * A published group to withhold so that relation `relation` no longer reveals `exclude`: its
 * smallest published child, else its parent; when every other member was itself derived,
 * the relation that derived one of them is opened up instead.
 */
function cellToWithhold(
  tree: Hierarchy,
  reasons: readonly (SuppressionReason | undefined)[],
  derivedBy: Derivation,
  relation: number,
  exclude: number,
): number {
  const { groups, children, count } = tree;
  const groupsInRelation = [...(children[relation] ?? [])]
    .sort((a, b) => count(a) - count(b))
    .concat(relation)
    .filter((g) => g !== exclude);
  const published = groupsInRelation.find((g) => reasons[g] === undefined && count(g) > 0);
  if (published !== undefined) return published;
  for (const cell of [...groupsInRelation, groups + relation]) {
    const origin = derivedBy.get(cell);
    if (cell !== exclude && origin !== undefined && origin !== relation) {
      return cellToWithhold(tree, reasons, derivedBy, origin, cell);
    }
  }
  throw new CapkitScoringError(
    'parentOf',
    `cannot protect group ${exclude}: no published group left to withhold`,
  );
}

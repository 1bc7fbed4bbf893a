import type { WithheldReason } from './pairedChange.js';

/**
 * The one withholding rule of the evaluation face, whatever the groups are: groups with
 * 0 < n < k are withheld (primary); then, while the people of the whole that no published group
 * covers number 1 to k − 1 — so that whole − published groups would reveal them — the smallest
 * published group is withheld too (complementary), one at a time. `remainder` counts those
 * people for a given set of reasons.
 */
function withholdUntilRemainderSafe(
  sizes: readonly number[],
  k: number,
  remainder: (reasons: readonly (WithheldReason | null)[]) => number,
): (WithheldReason | null)[] {
  const reasons: (WithheldReason | null)[] = sizes.map((n) =>
    n > 0 && n < k ? 'fewerThanK' : null,
  );
  for (let left = remainder(reasons); left > 0 && left < k; left = remainder(reasons)) {
    let smallest = -1;
    sizes.forEach((n, g) => {
      if (reasons[g] === null && n > 0 && (smallest < 0 || n < (sizes[smallest] ?? 0)))
        smallest = g;
    });
    // Every group withheld: the remainder is the whole, published on its own (if n ≥ k).
    if (smallest < 0) break;
    reasons[smallest] = 'complementary';
  }
  return reasons;
}

/**
 * Which groups to publish beside their whole so that no group of fewer than k people can be
 * derived by differencing, for groups that partition the whole (their sizes given): the
 * remainder is exactly the withheld groups' people. Returns each group's reason, `null` for
 * published.
 */
export function protectRemainder(
  sizes: readonly number[],
  k: number,
): ('fewerThanK' | 'complementary' | null)[] {
  return withholdUntilRemainderSafe(sizes, k, (reasons) =>
    sizes.reduce((sum, n, g) => (reasons[g] === null ? sum : sum + n), 0),
  );
}

/**
 * {@link protectRemainder} for groups that may overlap: the remainder is the people of the whole
 * (the union) in no published group, recounted after each complementary withholding.
 */
export function protectRemainderOfSets(
  groups: readonly ReadonlySet<string>[],
  k: number,
): (WithheldReason | null)[] {
  const everyone = new Set(groups.flatMap((people) => [...people]));
  return withholdUntilRemainderSafe(
    groups.map((people) => people.size),
    k,
    (reasons) =>
      everyone.size -
      new Set(groups.flatMap((people, g) => (reasons[g] === null ? [...people] : []))).size,
  );
}

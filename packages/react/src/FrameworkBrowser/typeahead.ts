import type { FrameworkTreeNode } from './frameworkTree.js';
import { startsWithFolded, type SearchableText } from './searchText.js';

function findFrom(
  rows: readonly FrameworkTreeNode[],
  fromIndex: number,
  field: (node: FrameworkTreeNode) => SearchableText,
  foldedPrefix: string,
): number | undefined {
  for (let step = 0; step < rows.length; step += 1) {
    const index = (fromIndex + step) % rows.length;
    const node = rows[index];
    if (node !== undefined && startsWithFolded(field(node), foldedPrefix)) return index;
  }
  return undefined;
}

/**
 * Index of the first node, from `fromIndex` on and wrapping round to the top, whose label starts
 * with `foldedPrefix` (already folded with `foldSearchQuery`); failing that, whose code does;
 * `undefined` when none does. Labels come first because codes often share a prefix ("DG-…") that
 * would make every node match a single letter.
 */
export function findTypeaheadMatch(
  rows: readonly FrameworkTreeNode[],
  fromIndex: number,
  foldedPrefix: string,
): number | undefined {
  return (
    findFrom(rows, fromIndex, (node) => node.searchableLabel, foldedPrefix) ??
    findFrom(rows, fromIndex, (node) => node.searchableCode, foldedPrefix)
  );
}

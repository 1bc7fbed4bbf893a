import { foldSearchQuery } from '../FrameworkBrowser/searchText.js';
import type { OrgTree, OrgTreeNode } from './orgTree.js';

/** What a key does in the unit tree (WAI-ARIA tree view pattern). */
export type TreeKeyAction =
  | { readonly kind: 'focus'; readonly node: OrgTreeNode | undefined }
  | { readonly kind: 'open'; readonly ids: readonly string[]; readonly open: boolean }
  | { readonly kind: 'select'; readonly node: OrgTreeNode }
  | { readonly kind: 'none' };

const singleCharacter = /^.$/su;

/**
 * What `key` does on the row at `index` of the visible `rows`: Down/Up/Home/End move; Right
 * opens a closed unit or moves into an open one; Left closes an open unit or moves to its
 * parent (the two swap in right-to-left text, where a unit's children lie to the left); Enter
 * and Space select; `*` opens the unit's siblings; a printable character moves to the next unit
 * whose name or code starts with it. `undefined` for a key the tree leaves to the browser.
 */
export function treeKeyAction(
  key: string,
  rtl: boolean,
  tree: OrgTree,
  rows: readonly OrgTreeNode[],
  index: number,
  openIds: ReadonlySet<string>,
): TreeKeyAction | undefined {
  const node = rows[index];
  if (node === undefined) return undefined;
  const expandable = node.children.length > 0;
  const open = openIds.has(node.id);
  const logical =
    rtl && key === 'ArrowLeft' ? 'ArrowRight' : rtl && key === 'ArrowRight' ? 'ArrowLeft' : key;
  switch (logical) {
    case 'ArrowDown':
      return { kind: 'focus', node: rows[index + 1] };
    case 'ArrowUp':
      return { kind: 'focus', node: rows[index - 1] };
    case 'Home':
      return { kind: 'focus', node: rows[0] };
    case 'End':
      return { kind: 'focus', node: rows[rows.length - 1] };
    case 'ArrowRight':
      if (!expandable) return { kind: 'none' };
      return open
        ? { kind: 'focus', node: rows[index + 1] }
        : { kind: 'open', ids: [node.id], open: true };
    case 'ArrowLeft':
      if (expandable && open) return { kind: 'open', ids: [node.id], open: false };
      return {
        kind: 'focus',
        node: node.parentId === undefined ? undefined : tree.nodes.get(node.parentId),
      };
    case 'Enter':
    case ' ':
      return { kind: 'select', node };
    case '*':
      return {
        kind: 'open',
        ids: rows
          .filter((row) => row.parentId === node.parentId && row.children.length > 0)
          .map((row) => row.id),
        open: true,
      };
    default: {
      if (!singleCharacter.test(key)) return undefined;
      const folded = foldSearchQuery(key);
      if (folded === '') return { kind: 'none' };
      for (let step = 1; step <= rows.length; step += 1) {
        const candidate = rows[(index + step) % rows.length];
        if (
          candidate !== undefined &&
          (candidate.searchableName.folded.startsWith(folded) ||
            candidate.searchableCode.folded.startsWith(folded))
        )
          return { kind: 'focus', node: candidate };
      }
      return { kind: 'none' };
    }
  }
}

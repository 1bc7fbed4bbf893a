import { memo } from 'react';
import {
  ancestorAreaIds,
  type CompetencyMatch,
  type FrameworkTree,
  type FrameworkTreeNode,
} from './frameworkTree.js';
import { HighlightedText } from './HighlightedText.js';
import { langIfDifferent } from './textLanguage.js';

/** Id of the element of a node, unique in the page thanks to the browser's own id. */
export function treeItemId(idPrefix: string, node: FrameworkTreeNode): string {
  return `${idPrefix}-node-${node.index}`;
}

/** Whether a node has children to show: areas with none are end nodes, like competencies. */
export function isExpandable(node: FrameworkTreeNode): boolean {
  return node.kind === 'area' && node.children.length > 0;
}

/**
 * `key` when it is `node`'s own or lies below `node`, else `undefined`: what an item passes down as
 * its children's `selectedKey` and `activeKey`.
 */
export function keyWithin(
  tree: FrameworkTree,
  key: string | undefined,
  node: FrameworkTreeNode,
): string | undefined {
  if (key === undefined || key === node.key) return key;
  return node.kind === 'area' && ancestorAreaIds(tree, key).includes(node.id) ? key : undefined;
}

/** Props of {@link FrameworkTreeItem}. */
export interface FrameworkTreeItemProps {
  /** The area or competency to show; an area shows its children when open. */
  readonly node: FrameworkTreeNode;
  /** The whole tree, to tell which children lead to the selected or active node. */
  readonly tree: FrameworkTree;
  /** 1-based position among its visible siblings (`aria-posinset`). */
  readonly posInSet: number;
  /** Number of visible siblings, itself included (`aria-setsize`). */
  readonly setSize: number;
  /** Ids of the open areas. */
  readonly openAreaIds: ReadonlySet<string>;
  /**
   * Key of the selected competency when it is this node or below it, else `undefined`: so that a
   * new selection re-renders only the two paths it changes.
   */
  readonly selectedKey: string | undefined;
  /** Key of the node in the tab order when it is this node or below it, else `undefined`. */
  readonly activeKey: string | undefined;
  /** Search matches by competency id. */
  readonly matches: ReadonlyMap<string, CompetencyMatch>;
  /** Prefix of element ids, from `useId`. */
  readonly idPrefix: string;
  /** The reader's locale, to mark text in another language with `lang`. */
  readonly locale: string;
}

/** One `treeitem`: an area with its `group` of children, or a competency. */
export const FrameworkTreeItem = memo(function FrameworkTreeItem({
  node,
  tree,
  posInSet,
  setSize,
  openAreaIds,
  selectedKey,
  activeKey,
  matches,
  idPrefix,
  locale,
}: FrameworkTreeItemProps) {
  const id = treeItemId(idPrefix, node);
  const labelId = `${id}-label`;
  const statementId = `${id}-statement`;
  const groupId = `${id}-group`;
  const match = node.kind === 'competency' ? matches.get(node.id) : undefined;
  // When only the statement matched, show it, so the reader sees why the competency is listed.
  const statementOnly =
    match !== undefined &&
    match.code.length === 0 &&
    match.label.length === 0 &&
    match.statement.length > 0;
  const expandable = isExpandable(node);
  const open = expandable && openAreaIds.has(node.id);
  const selected = node.kind === 'competency' && node.key === selectedKey;

  // The treeitem holds only its own row, so that its visible text is its name (WCAG 2.5.3). Its
  // children's group follows it and is tied to it with aria-owns, as in APG's navigation treeview.
  return (
    <div role="none" className="ck-framework-browser__tree-node">
      <div
        id={id}
        role="treeitem"
        className="ck-framework-browser__tree-item"
        aria-labelledby={labelId}
        aria-describedby={statementOnly ? statementId : undefined}
        aria-owns={open ? groupId : undefined}
        aria-level={node.level}
        aria-setsize={setSize}
        aria-posinset={posInSet}
        aria-expanded={expandable ? open : undefined}
        aria-selected={node.kind === 'competency' ? selected : undefined}
        tabIndex={node.key === activeKey ? 0 : -1}
        data-node-key={node.key}
        data-kind={node.kind}
        data-state={expandable ? (open ? 'open' : 'closed') : undefined}
        data-selected={selected ? '' : undefined}
        data-match={match === undefined ? undefined : ''}
      >
        {node.kind === 'area' && (
          <span
            className="ck-framework-browser__tree-toggle"
            data-expandable={expandable ? '' : undefined}
            aria-hidden="true"
          />
        )}
        <span id={labelId} className="ck-framework-browser__tree-label">
          <span className="ck-framework-browser__tree-code">
            <HighlightedText text={node.code} ranges={match?.code} />
          </span>{' '}
          <span
            className="ck-framework-browser__tree-name"
            lang={langIfDifferent(node.label.lang, locale)}
          >
            <HighlightedText text={node.label.text} ranges={match?.label} />
          </span>
        </span>
      </div>
      {statementOnly && node.kind === 'competency' && (
        <div
          id={statementId}
          className="ck-framework-browser__tree-statement"
          lang={langIfDifferent(node.statement.lang, locale)}
          data-node-key={node.key}
        >
          <HighlightedText text={node.statement.text} ranges={match.statement} />
        </div>
      )}
      {open && node.kind === 'area' && (
        <div id={groupId} role="group" className="ck-framework-browser__tree-group">
          {node.children.map((child, index) => (
            <FrameworkTreeItem
              key={child.key}
              node={child}
              tree={tree}
              posInSet={index + 1}
              setSize={node.children.length}
              openAreaIds={openAreaIds}
              selectedKey={keyWithin(tree, selectedKey, child)}
              activeKey={keyWithin(tree, activeKey, child)}
              matches={matches}
              idPrefix={idPrefix}
              locale={locale}
            />
          ))}
        </div>
      )}
    </div>
  );
});

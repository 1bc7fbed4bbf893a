import { memo } from 'react';
import { HighlightedText } from '../FrameworkBrowser/HighlightedText.js';
import { langIfDifferent } from '../FrameworkBrowser/textLanguage.js';
import { localizedCount } from '../shared/localeFormat.js';
import type { OrganisationBrowserMessages } from './messages.js';
import type { OrgTreeNode, UnitMatch } from './orgTree.js';

/** The DOM id of a unit's treeitem. */
export function unitItemId(idPrefix: string, id: string): string {
  return `${idPrefix}-unit-${id}`;
}

/** Props of {@link OrgUnitTreeItem}. */
export interface OrgUnitTreeItemProps {
  readonly node: OrgTreeNode;
  readonly posInSet: number;
  readonly setSize: number;
  readonly openIds: ReadonlySet<string>;
  readonly selectedId: string | undefined;
  readonly activeId: string | undefined;
  readonly matches: ReadonlyMap<string, UnitMatch>;
  readonly idPrefix: string;
  readonly locale: string;
  readonly messages: OrganisationBrowserMessages;
}

/** One unit of the tree (a WAI-ARIA treeitem) and, when open, its sub-units in a group. */
export const OrgUnitTreeItem = memo(function OrgUnitTreeItem({
  node,
  posInSet,
  setSize,
  openIds,
  selectedId,
  activeId,
  matches,
  idPrefix,
  locale,
  messages,
}: OrgUnitTreeItemProps) {
  const expandable = node.children.length > 0;
  const open = expandable && openIds.has(node.id);
  const match = matches.get(node.id);
  const itemId = unitItemId(idPrefix, node.id);
  return (
    <div role="none" className="ck-organisation-browser__node">
      <div
        id={itemId}
        role="treeitem"
        className="ck-organisation-browser__item"
        aria-level={node.depth}
        aria-posinset={posInSet}
        aria-setsize={setSize}
        aria-expanded={expandable ? open : undefined}
        aria-selected={node.id === selectedId}
        // The head count is part of the name: it is visible text inside the item (WCAG 2.5.3).
        aria-labelledby={`${itemId}-label ${itemId}-count`}
        tabIndex={node.id === activeId ? 0 : -1}
        data-unit-id={node.id}
        data-state={expandable ? (open ? 'open' : 'closed') : undefined}
        data-match={match === undefined ? undefined : ''}
      >
        <span
          className="ck-organisation-browser__toggle"
          data-expandable={expandable ? '' : undefined}
          aria-hidden="true"
        />
        <span id={`${itemId}-label`} className="ck-organisation-browser__label">
          {node.code !== undefined && (
            <>
              <span className="ck-organisation-browser__code">
                <HighlightedText text={node.code} ranges={match?.code} />
              </span>{' '}
            </>
          )}
          <span lang={langIfDifferent(node.name.lang, locale)}>
            <HighlightedText text={node.name.text} ranges={match?.name} />
          </span>
        </span>{' '}
        <span id={`${itemId}-count`} className="ck-organisation-browser__count">
          {messages.headCount(
            localizedCount(locale, node.ownCount),
            localizedCount(locale, node.totalCount),
            expandable,
          )}
        </span>
      </div>
      {open && (
        <div role="group" className="ck-organisation-browser__group">
          {node.children.map((child, index) => (
            <OrgUnitTreeItem
              key={child.id}
              node={child}
              posInSet={index + 1}
              setSize={node.children.length}
              openIds={openIds}
              selectedId={selectedId}
              activeId={activeId}
              matches={matches}
              idPrefix={idPrefix}
              locale={locale}
              messages={messages}
            />
          ))}
        </div>
      )}
    </div>
  );
});

import type { CompetencyFramework } from '@capkit/model';
import {
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { localizedCount } from '../shared/localeFormat.js';
import { useControllableState } from '../shared/useControllableState.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import type {
  HeadingProps,
  LoadStateProps,
  LocaleProps,
  SelectionProps,
} from '../shared/widgetProps.js';
import { CompetencyDetails } from './CompetencyDetails.js';
import {
  ancestorAreaIds,
  areaKey,
  buildFrameworkTree,
  competencyKey,
  filterFrameworkTree,
  visibleNodes,
  type FrameworkTree,
  type FrameworkTreeNode,
} from './frameworkTree.js';
import { FrameworkSearch } from './FrameworkSearch.js';
import { FrameworkTreeItem, isExpandable, keyWithin, treeItemId } from './FrameworkTreeItem.js';
import { defaultFrameworkBrowserMessages, type FrameworkBrowserMessages } from './messages.js';
import { foldSearchQuery } from './searchText.js';
import { findTypeaheadMatch } from './typeahead.js';

/** Props of {@link FrameworkBrowser}. */
export interface FrameworkBrowserProps
  extends LocaleProps<FrameworkBrowserMessages>, LoadStateProps, SelectionProps, HeadingProps {
  /**
   * The framework to browse. May be left out while `status` is `'loading'` or `'error'`; left out
   * when ready, it shows as empty.
   */
  readonly framework?: CompetencyFramework | undefined;
  /**
   * Ids of the open areas, for controlled expansion. Leave it out for uncontrolled expansion.
   * While a search is active, the areas holding matches show open whatever this says.
   */
  readonly expandedIds?: readonly string[] | undefined;
  /**
   * Ids of the areas open at first, for uncontrolled expansion.
   * @default the areas enclosing the initially selected competency
   */
  readonly defaultExpandedIds?: readonly string[] | undefined;
  /**
   * Called with the new open area ids when the reader opens or closes an area (outside a search),
   * or selects a competency found by search whose areas were closed.
   */
  readonly onExpandedChange?: ((expandedIds: string[]) => void) | undefined;
}

const emptyTree: FrameworkTree = { roots: [], nodes: new Map(), competencyCount: 0 };
const noAreaIds: ReadonlySet<string> = new Set();
// Typed characters within this time of each other extend one typeahead search (as in APG's examples).
const typeaheadWindowMs = 500;
// Wait for the reader to stop typing before the result count is announced, so that a screen
// reader says it once rather than once per keystroke.
const announcementDelayMs = 500;
const singleCharacter = /^.$/su;

/**
 * A competency framework as a tree (WAI-ARIA tree view pattern) of areas and competencies, with a
 * search that filters it and a details panel for the selected competency: its statement and its
 * proficiency scale's levels. One tab stop; arrow keys, Home, End, Enter, Space, `*` and typeahead
 * inside. State is exposed as `data-state`, `data-selected-id` and `data-searching` on the root.
 */
export function FrameworkBrowser({
  framework,
  status = 'ready',
  errorMessage,
  selectedId: controlledSelectedId,
  defaultSelectedId = null,
  onSelectionChange,
  expandedIds: controlledExpandedIds,
  defaultExpandedIds,
  onExpandedChange,
  locale: ownLocale,
  dir: ownDir,
  headingLevel = 2,
  messages: messageOverrides,
  className,
}: FrameworkBrowserProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages(
    'FrameworkBrowser',
    defaultFrameworkBrowserMessages,
    messageOverrides,
  );
  const idPrefix = useId();
  const treeRef = useRef<HTMLDivElement>(null);
  const typeahead = useRef({ buffer: '', at: 0 });

  // Built once per framework and language: every keystroke below reuses it.
  const tree = useMemo(
    () => (framework === undefined ? emptyTree : buildFrameworkTree(framework, [locale])),
    [framework, locale],
  );

  const [query, setQuery] = useState('');
  // Typing stays responsive on large frameworks: React filters at a lower priority.
  const deferredQuery = useDeferredValue(query);
  const view = useMemo(() => filterFrameworkTree(tree, deferredQuery), [tree, deferredQuery]);
  const searching = view.query !== '';

  const [selectedId, setSelectedId] = useControllableState({
    value: controlledSelectedId,
    defaultValue: defaultSelectedId,
    onChange: onSelectionChange,
    name: 'FrameworkBrowser selectedId',
  });
  const selectedNode = selectedId === null ? undefined : tree.nodes.get(competencyKey(selectedId));
  const selected = selectedNode?.kind === 'competency' ? selectedNode : undefined;

  const [initialExpandedIds] = useState<readonly string[]>(
    () =>
      defaultExpandedIds ??
      (selectedId === null ? [] : ancestorAreaIds(tree, competencyKey(selectedId))),
  );
  const [expandedIds, commitExpanded] = useControllableState<readonly string[]>({
    value: controlledExpandedIds,
    defaultValue: initialExpandedIds,
    // The caller's handler gets an array of its own to keep.
    onChange: (next) => onExpandedChange?.([...next]),
    name: 'FrameworkBrowser expandedIds',
  });
  const expandedSet = useMemo(() => new Set(expandedIds), [expandedIds]);

  // Closing an area during a search is temporary: it lasts until the query changes.
  const [closedInSearch, setClosedInSearch] = useState({ query: '', ids: noAreaIds });
  const closedNow = closedInSearch.query === view.query ? closedInSearch.ids : noAreaIds;
  const openAreaIds = useMemo(
    () =>
      searching ? new Set([...view.openAreaIds].filter((id) => !closedNow.has(id))) : expandedSet,
    [searching, view.openAreaIds, closedNow, expandedSet],
  );

  const rows = useMemo(() => visibleNodes(view.roots, openAreaIds), [view.roots, openAreaIds]);
  const rowIndex = useMemo(() => new Map(rows.map((node, index) => [node.key, index])), [rows]);

  // The one node in the tab order: the last one focused, or the selected one, or the first; when
  // that is hidden (in a closed area, or filtered out), the nearest visible area above it.
  const [focusedKey, setFocusedKey] = useState<string | undefined>(undefined);
  const nearestVisible = (key: string | undefined): string | undefined => {
    if (key === undefined) return undefined;
    return [key, ...ancestorAreaIds(tree, key).map(areaKey)].find((candidate) =>
      rowIndex.has(candidate),
    );
  };
  const activeKey = nearestVisible(focusedKey) ?? nearestVisible(selected?.key) ?? rows[0]?.key;

  const [announcement, setAnnouncement] = useState('');
  const resultSummary = searching
    ? messages.resultCount(localizedCount(locale, view.matchCount), view.query)
    : '';
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncement(resultSummary), announcementDelayMs);
    return () => clearTimeout(timer);
  }, [resultSummary]);

  const setAreasOpen = (ids: readonly string[], open: boolean) => {
    if (searching) {
      const next = new Set(closedNow);
      for (const id of ids) {
        if (open) next.delete(id);
        else next.add(id);
      }
      setClosedInSearch({ query: view.query, ids: next });
      return;
    }
    const next = open
      ? [...expandedIds, ...ids.filter((id) => !expandedSet.has(id))]
      : expandedIds.filter((id) => !ids.includes(id));
    if (next.length !== expandedIds.length) commitExpanded(next);
  };

  const select = (node: FrameworkTreeNode) => {
    if (node.kind !== 'competency') return;
    setSelectedId(node.id);
    // Keep it in sight once the search is cleared: open the areas that enclose it.
    const closed = ancestorAreaIds(tree, node.key).filter((id) => !expandedSet.has(id));
    if (closed.length > 0) commitExpanded([...expandedIds, ...closed]);
  };

  const activate = (node: FrameworkTreeNode) => {
    if (node.kind === 'competency') select(node);
    else if (isExpandable(node)) setAreasOpen([node.id], !openAreaIds.has(node.id));
  };

  const focusNode = (node: FrameworkTreeNode | undefined) => {
    if (node === undefined) return;
    setFocusedKey(node.key);
    treeRef.current?.ownerDocument.getElementById(treeItemId(idPrefix, node))?.focus();
  };

  const typeAhead = (character: string, index: number, now: number) => {
    const state = typeahead.current;
    state.buffer = now - state.at < typeaheadWindowMs ? state.buffer + character : character;
    state.at = now;
    // Pressing one letter again and again cycles through the nodes starting with it.
    const repeated = state.buffer.split(character).join('') === '';
    const prefix = repeated ? character : state.buffer;
    const found = findTypeaheadMatch(
      rows,
      prefix.length === 1 ? index + 1 : index,
      foldSearchQuery(prefix),
    );
    if (found !== undefined) focusNode(rows[found]);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = activeKey === undefined ? undefined : rowIndex.get(activeKey);
    const node = index === undefined ? undefined : rows[index];
    if (index === undefined || node === undefined) return;
    const now = performance.now();
    const typing =
      now - typeahead.current.at < typeaheadWindowMs && typeahead.current.buffer !== '';
    // In right-to-left text the arrow pointing towards the line's start is Right.
    const key =
      dir === 'rtl' && event.key === 'ArrowLeft'
        ? 'ArrowRight'
        : dir === 'rtl' && event.key === 'ArrowRight'
          ? 'ArrowLeft'
          : event.key;
    switch (key) {
      case 'ArrowDown':
        focusNode(rows[index + 1]);
        break;
      case 'ArrowUp':
        focusNode(rows[index - 1]);
        break;
      case 'Home':
        focusNode(rows[0]);
        break;
      case 'End':
        focusNode(rows[rows.length - 1]);
        break;
      case 'ArrowRight':
        if (isExpandable(node)) {
          if (!openAreaIds.has(node.id)) setAreasOpen([node.id], true);
          else focusNode(rows[index + 1]);
        }
        break;
      case 'ArrowLeft':
        if (isExpandable(node) && openAreaIds.has(node.id)) setAreasOpen([node.id], false);
        else if (node.parentId !== undefined) focusNode(tree.nodes.get(areaKey(node.parentId)));
        break;
      case 'Enter':
        activate(node);
        break;
      case ' ':
        if (typing) typeAhead(' ', index, now);
        else activate(node);
        break;
      case '*':
        setAreasOpen(
          rows
            .filter((row) => row.parentId === node.parentId && isExpandable(row))
            .map((row) => row.id),
          true,
        );
        break;
      default:
        // A printable key's `key` is one character; other keys have names ("Tab", "Shift").
        if (!singleCharacter.test(event.key)) return;
        typeAhead(event.key, index, now);
    }
    event.preventDefault();
  };

  const handleFocus = (event: FocusEvent<HTMLDivElement>) => {
    // Focus bubbles up from the focused treeitem, however deep.
    const target: EventTarget = event.target;
    const key = target instanceof HTMLElement ? target.dataset['nodeKey'] : undefined;
    if (key !== undefined) setFocusedKey(key);
  };

  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    // A click on an item or on the statement shown under it; not on a group's indentation, which
    // would toggle the area around it.
    const clicked = target.closest('[role="treeitem"], .ck-framework-browser__tree-statement');
    const key = clicked instanceof HTMLElement ? clicked.dataset['nodeKey'] : undefined;
    const node = key === undefined ? undefined : tree.nodes.get(key);
    if (node === undefined) return;
    focusNode(node);
    activate(node);
  };

  const empty = status === 'ready' && tree.roots.length === 0;
  const rootProps = {
    className: ['ck-framework-browser', className].filter(Boolean).join(' '),
    dir,
    'data-state': widgetState(status, empty),
  };

  if (status !== 'ready' || empty) {
    return (
      <div {...rootProps} aria-busy={status === 'loading' ? true : undefined}>
        <WidgetStatus
          status={status}
          empty={empty}
          messages={messages}
          errorMessage={errorMessage}
        />
      </div>
    );
  }

  const selectedArea =
    selected?.parentId === undefined ? undefined : tree.nodes.get(areaKey(selected.parentId));
  return (
    <div
      {...rootProps}
      data-selected-id={selected?.id}
      data-searching={searching ? '' : undefined}
      data-result-count={searching ? view.matchCount : undefined}
    >
      <FrameworkSearch
        idPrefix={idPrefix}
        query={query}
        onQueryChange={setQuery}
        announcement={announcement}
        messages={messages}
      />
      <div className="ck-framework-browser__body">
        <div className="ck-framework-browser__tree-panel">
          {rows.length > 0 && (
            <div
              ref={treeRef}
              role="tree"
              className="ck-framework-browser__tree"
              aria-label={messages.treeLabel}
              onKeyDown={handleKeyDown}
              onFocus={handleFocus}
              onClick={handleClick}
            >
              {view.roots.map((node, index) => (
                <FrameworkTreeItem
                  key={node.key}
                  node={node}
                  tree={tree}
                  posInSet={index + 1}
                  setSize={view.roots.length}
                  openAreaIds={openAreaIds}
                  selectedKey={keyWithin(tree, selected?.key, node)}
                  activeKey={keyWithin(tree, activeKey, node)}
                  matches={view.matches}
                  idPrefix={idPrefix}
                  locale={locale}
                />
              ))}
            </div>
          )}
        </div>
        <CompetencyDetails
          node={selected}
          area={selectedArea?.kind === 'area' ? selectedArea : undefined}
          scales={framework?.scales ?? []}
          headingLevel={headingLevel}
          locale={locale}
          messages={messages}
          headingId={`${idPrefix}-details-heading`}
        />
      </div>
    </div>
  );
}

import type { Locale } from 'date-fns';
import { formatCalendarDay } from '../shared/calendarDay.js';
import type {
  CompetencyFramework,
  Membership,
  OrgUnit,
  Person,
  PersonalData,
  Role,
} from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
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
import { foldSearchQuery } from '../FrameworkBrowser/searchText.js';
import { localizedCount } from '../shared/localeFormat.js';
import { useControllableState } from '../shared/useControllableState.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import {
  type HeadingProps,
  type LoadStateProps,
  type LocaleProps,
  type SelectionProps,
} from '../shared/widgetProps.js';
import {
  defaultOrganisationBrowserMessages,
  type OrganisationBrowserMessages,
} from './messages.js';
import { OrgHeading } from './OrgHeading.js';
import { OrgSearch } from './OrgSearch.js';
import {
  ancestorIds,
  buildOrgTree,
  currentMemberships,
  filterOrgTree,
  matchesQuery,
  membershipsByUnit,
  roleHeadCounts as roleHeadCountsOf,
  visibleUnits,
  type OrgTreeNode,
} from './orgTree.js';
import { OrgUnitTreeItem, unitItemId } from './OrgUnitTreeItem.js';
import { RoleProfiles } from './RoleProfiles.js';
import { treeKeyAction } from './treeKeys.js';
import { UnitPeople } from './UnitPeople.js';

/** Props of {@link OrganisationBrowser}; `selectedId` is a unit's id. */
export interface OrganisationBrowserProps
  extends LocaleProps<OrganisationBrowserMessages>, LoadStateProps, SelectionProps, HeadingProps {
  /** The organisation's units; they nest through `parentId`. */
  readonly units?: readonly OrgUnit[] | undefined;
  /** The roles and their profiles (required level per competency). */
  readonly roles?: readonly Role[] | undefined;
  /**
   * The people, by pseudonymous id. When given, memberships of anyone not listed are ignored.
   * @default every person the memberships name
   */
  readonly people?: readonly Person[] | undefined;
  /** Who holds which role in which unit, from when to when. */
  readonly memberships?: readonly Membership[] | undefined;
  /**
   * Names to show beside the pseudonymous ids. Pass them only where the reader may see them;
   * left out, the widget shows ids only and holds no personal data.
   */
  readonly personalData?: readonly PersonalData[] | undefined;
  /** The frameworks the roles refer to: competency names and the scales that name levels. */
  readonly frameworks?: readonly CompetencyFramework[] | undefined;
  /**
   * The date (ISO `YYYY-MM-DD`) the head counts hold on: a membership counts when it began on
   * or before it and ends on or after it. The widget reads no clock (server and browser would
   * disagree): pass today's date from the app. Left out, only memberships with no end date count.
   */
  readonly asOf?: string | undefined;
  /**
   * The date-fns locale every date is written in (`PP`, e.g. "1 Mar 2026" in `enGB`).
   * @default date-fns' own English (`enUS`)
   */
  readonly dateLocale?: Locale | undefined;
  /** Ids of the open units, for controlled expansion. */
  readonly expandedIds?: readonly string[] | undefined;
  /**
   * Ids of the units open at first, for uncontrolled expansion.
   * @default the top units
   */
  readonly defaultExpandedIds?: readonly string[] | undefined;
  /** Called with the new open unit ids when the reader opens or closes a unit. */
  readonly onExpandedChange?: ((expandedIds: string[]) => void) | undefined;
}

const noIds: readonly string[] = [];
const announcementDelayMs = 500;

/**
 * The set-up step: the organisation's units as a tree (WAI-ARIA tree view) with head counts,
 * own and with sub-units; the people of the selected unit with their roles and dates, by
 * pseudonymous id (names only when `personalData` is passed); and each role's required levels,
 * named with the scale's labels. A plain-language summary comes first; one search filters units
 * and roles. State: `data-state`, `data-selected-id`, `data-searching` on the root.
 */
export function OrganisationBrowser({
  units = [],
  roles = [],
  people,
  memberships = [],
  personalData,
  frameworks = [],
  asOf,
  dateLocale,
  status = 'ready',
  errorMessage,
  selectedId: controlledSelectedId,
  defaultSelectedId = null,
  onSelectionChange,
  expandedIds: controlledExpandedIds,
  defaultExpandedIds,
  onExpandedChange,
  headingLevel = 2,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: OrganisationBrowserProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages(
    'OrganisationBrowser',
    defaultOrganisationBrowserMessages,
    messageOverrides,
  );
  const idPrefix = useId();
  const treeRef = useRef<HTMLDivElement>(null);

  const current = useMemo(() => {
    const known = people === undefined ? undefined : new Set(people.map((person) => person.id));
    return currentMemberships(memberships, asOf).filter(
      (membership) => known === undefined || known.has(membership.personId),
    );
  }, [memberships, people, asOf]);
  const tree = useMemo(() => buildOrgTree(units, current, [locale]), [units, current, locale]);
  const byUnit = useMemo(() => membershipsByUnit(current), [current]);
  const roleHeadCounts = useMemo(() => roleHeadCountsOf(current, tree), [current, tree]);
  const roleById = useMemo(() => new Map(roles.map((role) => [role.id, role])), [roles]);
  const names = useMemo(
    () => new Map((personalData ?? []).map((entry) => [entry.personId, entry.name])),
    [personalData],
  );

  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const view = useMemo(() => filterOrgTree(tree, deferredQuery), [tree, deferredQuery]);
  const searching = view.query !== '';
  const shownRoles = useMemo(() => {
    const folded = foldSearchQuery(deferredQuery);
    return roles.filter((role) =>
      matchesQuery(resolveLocalizedText(role.title, [locale]).text, folded),
    );
  }, [roles, deferredQuery, locale]);

  const [selectedId, setSelectedId] = useControllableState({
    value: controlledSelectedId,
    defaultValue: defaultSelectedId,
    onChange: onSelectionChange,
    name: 'OrganisationBrowser selectedId',
  });
  const selected = selectedId === null ? undefined : tree.nodes.get(selectedId);

  // Uncontrolled with no default, the top units are open: those of the units as they are now, so
  // that units arriving after a loading state open too (`null` until the reader opens or closes one).
  const [ownExpanded, commitExpanded] = useControllableState<readonly string[] | null>({
    value: controlledExpandedIds,
    defaultValue: defaultExpandedIds ?? null,
    onChange: (next) => onExpandedChange?.([...(next ?? [])]),
    name: 'OrganisationBrowser expandedIds',
  });
  const rootIds = useMemo(() => tree.roots.map((root) => root.id), [tree]);
  const expandedIds = ownExpanded ?? rootIds;
  const expandedSet = useMemo(() => new Set(expandedIds), [expandedIds]);
  // During a search the units enclosing a match are open; closing one lasts until the query changes.
  const [closedInSearch, setClosedInSearch] = useState({ query: '', ids: noIds });
  const openIds = useMemo(() => {
    if (!searching) return expandedSet;
    const closed = closedInSearch.query === view.query ? closedInSearch.ids : noIds;
    return new Set([...view.openIds].filter((id) => !closed.includes(id)));
  }, [searching, expandedSet, view, closedInSearch]);

  const rows = useMemo(() => visibleUnits(view.roots, openIds), [view.roots, openIds]);
  const rowIndex = useMemo(() => new Map(rows.map((node, index) => [node.id, index])), [rows]);

  const [focusedId, setFocusedId] = useState<string | undefined>(undefined);
  const nearestVisible = (id: string | undefined) =>
    id === undefined
      ? undefined
      : [id, ...ancestorIds(tree, id)].find((candidate) => rowIndex.has(candidate));
  const activeId = nearestVisible(focusedId) ?? nearestVisible(selected?.id) ?? rows[0]?.id;

  const resultSummary = searching
    ? messages.resultCount(
        localizedCount(locale, view.matches.size),
        localizedCount(locale, shownRoles.length),
        query.trim(),
      )
    : '';
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncement(resultSummary), announcementDelayMs);
    return () => clearTimeout(timer);
  }, [resultSummary]);

  const setOpen = (ids: readonly string[], open: boolean) => {
    if (searching) {
      const closed = closedInSearch.query === view.query ? closedInSearch.ids : noIds;
      setClosedInSearch({
        query: view.query,
        ids: open ? closed.filter((other) => !ids.includes(other)) : [...closed, ...ids],
      });
      return;
    }
    const changed = ids.filter((id) => open !== expandedSet.has(id));
    if (changed.length === 0) return;
    commitExpanded(
      open ? [...expandedIds, ...changed] : expandedIds.filter((other) => !changed.includes(other)),
    );
  };

  const select = (node: OrgTreeNode) => {
    setSelectedId(node.id);
    const closed = ancestorIds(tree, node.id).filter((id) => !expandedSet.has(id));
    if (closed.length > 0) commitExpanded([...expandedIds, ...closed]);
  };

  const focusNode = (node: OrgTreeNode | undefined) => {
    if (node === undefined) return;
    setFocusedId(node.id);
    treeRef.current?.ownerDocument.getElementById(unitItemId(idPrefix, node.id))?.focus();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = activeId === undefined ? undefined : rowIndex.get(activeId);
    if (index === undefined) return;
    const action = treeKeyAction(event.key, dir === 'rtl', tree, rows, index, openIds);
    if (action === undefined) return;
    if (action.kind === 'focus') focusNode(action.node);
    else if (action.kind === 'open') setOpen(action.ids, action.open);
    else if (action.kind === 'select') select(action.node);
    event.preventDefault();
  };

  const handleFocus = (event: FocusEvent<HTMLDivElement>) => {
    const target: EventTarget = event.target;
    const id = target instanceof HTMLElement ? target.dataset['unitId'] : undefined;
    if (id !== undefined) setFocusedId(id);
  };

  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const item = target.closest('[role="treeitem"]');
    const id = item instanceof HTMLElement ? item.dataset['unitId'] : undefined;
    const node = id === undefined ? undefined : tree.nodes.get(id);
    if (node === undefined) return;
    focusNode(node);
    // A click on the toggle opens or closes; on the name it selects.
    if (target.closest('.ck-organisation-browser__toggle') !== null && node.children.length > 0)
      setOpen([node.id], !openIds.has(node.id));
    else select(node);
  };

  const empty = status === 'ready' && tree.roots.length === 0;
  const rootProps = {
    className: ['ck-organisation-browser', className].filter(Boolean).join(' '),
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

  const summary = messages.summary({
    people: localizedCount(locale, tree.peopleCount),
    units: localizedCount(locale, tree.nodes.size),
    roles: localizedCount(locale, roles.length),
    emptyUnits: localizedCount(locale, tree.emptyUnitCount),
    asOf: asOf === undefined ? undefined : formatCalendarDay(asOf, dateLocale),
  });
  const unitsHeadingId = `${idPrefix}-units`;
  return (
    <div {...rootProps} data-selected-id={selected?.id} data-searching={searching ? '' : undefined}>
      <p className="ck-summary">{summary}</p>
      <OrgSearch
        idPrefix={idPrefix}
        query={query}
        onQueryChange={setQuery}
        announcement={announcement}
        messages={messages}
      />
      <div className="ck-organisation-browser__body">
        <section className="ck-organisation-browser__units" aria-labelledby={unitsHeadingId}>
          <OrgHeading
            level={headingLevel}
            id={unitsHeadingId}
            className="ck-organisation-browser__heading"
          >
            {messages.unitsHeading}
          </OrgHeading>
          {rows.length > 0 && (
            <div
              ref={treeRef}
              role="tree"
              className="ck-organisation-browser__tree"
              aria-label={messages.treeLabel}
              onKeyDown={handleKeyDown}
              onFocus={handleFocus}
              onClick={handleClick}
            >
              {view.roots.map((node, index) => (
                <OrgUnitTreeItem
                  key={node.id}
                  node={node}
                  posInSet={index + 1}
                  setSize={view.roots.length}
                  openIds={openIds}
                  selectedId={selected?.id}
                  activeId={activeId}
                  matches={view.matches}
                  idPrefix={idPrefix}
                  locale={locale}
                  messages={messages}
                />
              ))}
            </div>
          )}
        </section>
        <UnitPeople
          unit={selected}
          memberships={selected === undefined ? [] : (byUnit.get(selected.id) ?? [])}
          roles={roleById}
          names={names}
          headingLevel={headingLevel}
          headingId={`${idPrefix}-people`}
          locale={locale}
          dateLocale={dateLocale}
          messages={messages}
        />
      </div>
      <RoleProfiles
        roles={shownRoles}
        headCounts={roleHeadCounts}
        frameworks={frameworks}
        headingLevel={headingLevel}
        idPrefix={idPrefix}
        locale={locale}
        messages={messages}
      />
    </div>
  );
}

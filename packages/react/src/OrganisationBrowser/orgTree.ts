import type { Membership, OrgUnit, ResolvedText } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import {
  findMatches,
  foldSearchQuery,
  prepareSearchableText,
  type SearchableText,
  type TextRange,
} from '../FrameworkBrowser/searchText.js';

/**
 * Whether a membership counts on `asOf` (an ISO calendar date, `YYYY-MM-DD`): it has begun
 * (`from` ≤ `asOf`) and not ended (`to` absent, or `asOf` ≤ `to`; `to` is the last day in the
 * role, so it still counts on that day). Without `asOf` there is no date to compare with, and
 * only open-ended memberships (no `to`) count: the widget never reads a clock of its own, so the
 * server and the browser always agree.
 */
export function isCurrentMembership(membership: Membership, asOf: string | undefined): boolean {
  if (asOf === undefined) return membership.to === undefined;
  // ISO calendar dates of one length compare as strings in date order.
  return membership.from <= asOf && (membership.to === undefined || asOf <= membership.to);
}

/** The memberships that count on `asOf`; see {@link isCurrentMembership}. */
export function currentMemberships(
  memberships: readonly Membership[],
  asOf: string | undefined,
): Membership[] {
  return memberships.filter((membership) => isCurrentMembership(membership, asOf));
}

/** One unit in the tree, with its head counts. */
export interface OrgTreeNode {
  readonly id: string;
  readonly code: string | undefined;
  /** The unit's name in the reader's language (or the nearest one it has). */
  readonly name: ResolvedText;
  readonly searchableName: SearchableText;
  readonly searchableCode: SearchableText;
  readonly parentId: string | undefined;
  readonly depth: number;
  readonly children: readonly OrgTreeNode[];
  /** Distinct people with a current membership in this unit itself. */
  readonly ownCount: number;
  /** Distinct people with a current membership in this unit or any unit under it. */
  readonly totalCount: number;
}

/** The unit tree of an organisation on one date. */
export interface OrgTree {
  readonly roots: readonly OrgTreeNode[];
  readonly nodes: ReadonlyMap<string, OrgTreeNode>;
  /** Distinct people with a current membership in any unit of the tree. */
  readonly peopleCount: number;
  /** Units with no one currently in a role, themselves or below them. */
  readonly emptyUnitCount: number;
}

/**
 * Builds the unit tree from `parentId`s, with the head counts of the current memberships
 * (already filtered with {@link currentMemberships}). A unit whose parent is missing, or that
 * sits in a cycle of parents, becomes a root, so that every unit shows exactly once. Children
 * keep the order of `units`. Memberships in units that are not listed are not counted.
 */
export function buildOrgTree(
  units: readonly OrgUnit[],
  current: readonly Membership[],
  languages: readonly string[],
): OrgTree {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const parentOf = (unit: OrgUnit): string | undefined => {
    // Walk up; a parent chain that returns to the unit (a cycle) makes it a root.
    const parentId = unit.parentId;
    if (parentId === undefined || !byId.has(parentId)) return undefined;
    const seen = new Set([unit.id]);
    for (let at: string | undefined = parentId; at !== undefined; at = byId.get(at)?.parentId) {
      if (seen.has(at)) return undefined;
      seen.add(at);
      if (!byId.has(at)) break;
    }
    return parentId;
  };
  const childIds = new Map<string | undefined, string[]>();
  for (const unit of byId.values()) {
    const parentId = parentOf(unit);
    const siblings = childIds.get(parentId) ?? [];
    siblings.push(unit.id);
    childIds.set(parentId, siblings);
  }
  const peopleByUnit = new Map<string, Set<string>>();
  for (const membership of current) {
    if (!byId.has(membership.unitId)) continue;
    const people = peopleByUnit.get(membership.unitId) ?? new Set<string>();
    people.add(membership.personId);
    peopleByUnit.set(membership.unitId, people);
  }

  const nodes = new Map<string, OrgTreeNode>();
  let emptyUnitCount = 0;
  // Returns the node and the distinct people of its subtree.
  const build = (
    unit: OrgUnit,
    parentId: string | undefined,
    depth: number,
  ): [OrgTreeNode, Set<string>] => {
    const own = peopleByUnit.get(unit.id) ?? new Set<string>();
    const everyone = new Set(own);
    const children: OrgTreeNode[] = [];
    for (const childId of childIds.get(unit.id) ?? []) {
      const child = byId.get(childId);
      if (child === undefined) continue;
      const [node, people] = build(child, unit.id, depth + 1);
      children.push(node);
      for (const person of people) everyone.add(person);
    }
    const name = resolveLocalizedText(unit.name, languages);
    const node: OrgTreeNode = {
      id: unit.id,
      code: unit.code,
      name,
      searchableName: prepareSearchableText(name.text),
      searchableCode: prepareSearchableText(unit.code ?? ''),
      parentId,
      depth,
      children,
      ownCount: own.size,
      totalCount: everyone.size,
    };
    if (everyone.size === 0) emptyUnitCount += 1;
    nodes.set(unit.id, node);
    return [node, everyone];
  };
  const everyone = new Set<string>();
  const roots: OrgTreeNode[] = [];
  for (const rootId of childIds.get(undefined) ?? []) {
    const unit = byId.get(rootId);
    if (unit === undefined) continue;
    const [node, people] = build(unit, undefined, 1);
    roots.push(node);
    for (const person of people) everyone.add(person);
  }
  return { roots, nodes, peopleCount: everyone.size, emptyUnitCount };
}

/** The ids of the units enclosing `id`, nearest first. */
export function ancestorIds(tree: OrgTree, id: string): string[] {
  const ids: string[] = [];
  for (let at = tree.nodes.get(id)?.parentId; at !== undefined; at = tree.nodes.get(at)?.parentId)
    ids.push(at);
  return ids;
}

/** Where a query matched a unit: in its name, its code or both. */
export interface UnitMatch {
  readonly name: readonly TextRange[];
  readonly code: readonly TextRange[];
}

/** The tree as a search shows it: matching units and the units enclosing them. */
export interface OrgTreeView {
  /** The folded query; `''` when not searching. */
  readonly query: string;
  readonly roots: readonly OrgTreeNode[];
  readonly matches: ReadonlyMap<string, UnitMatch>;
  /** Units to show open: those enclosing a match. */
  readonly openIds: ReadonlySet<string>;
}

/** Filters the tree to the units whose name or code contains `query`, accent- and case-blind. */
export function filterOrgTree(tree: OrgTree, query: string): OrgTreeView {
  const folded = foldSearchQuery(query);
  if (folded === '')
    return { query: '', roots: tree.roots, matches: new Map(), openIds: new Set() };
  const matches = new Map<string, UnitMatch>();
  const openIds = new Set<string>();
  const keep = (node: OrgTreeNode): OrgTreeNode | undefined => {
    const children = node.children.flatMap((child) => keep(child) ?? []);
    const name = findMatches(node.searchableName, folded);
    const code = findMatches(node.searchableCode, folded);
    if (name.length > 0 || code.length > 0) matches.set(node.id, { name, code });
    if (children.length > 0) openIds.add(node.id);
    if (children.length === 0 && !matches.has(node.id)) return undefined;
    return { ...node, children };
  };
  return { query: folded, roots: tree.roots.flatMap((root) => keep(root) ?? []), matches, openIds };
}

/** The rows a reader can reach: the roots and the children of every open unit, in order. */
export function visibleUnits(
  roots: readonly OrgTreeNode[],
  openIds: ReadonlySet<string>,
): OrgTreeNode[] {
  const rows: OrgTreeNode[] = [];
  const walk = (nodes: readonly OrgTreeNode[]) => {
    for (const node of nodes) {
      rows.push(node);
      if (openIds.has(node.id)) walk(node.children);
    }
  };
  walk(roots);
  return rows;
}

/** Whether a role title matches a folded query; every role matches the empty query. */
export function matchesQuery(text: string, foldedQuery: string): boolean {
  return foldedQuery === '' || findMatches(prepareSearchableText(text), foldedQuery).length > 0;
}

/** The memberships of each unit, by unit id. */
export function membershipsByUnit(memberships: readonly Membership[]): Map<string, Membership[]> {
  const map = new Map<string, Membership[]>();
  for (const membership of memberships) {
    const list = map.get(membership.unitId) ?? [];
    list.push(membership);
    map.set(membership.unitId, list);
  }
  return map;
}

/** Distinct people in each role, by role id, over the units of the tree. */
export function roleHeadCounts(
  memberships: readonly Membership[],
  tree: OrgTree,
): Map<string, number> {
  const sets = new Map<string, Set<string>>();
  for (const membership of memberships) {
    if (!tree.nodes.has(membership.unitId)) continue;
    const set = sets.get(membership.roleId) ?? new Set<string>();
    set.add(membership.personId);
    sets.set(membership.roleId, set);
  }
  return new Map([...sets].map(([id, set]) => [id, set.size]));
}

import type { Competency, CompetencyFramework, FrameworkArea, ResolvedText } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import {
  findMatches,
  foldSearchQuery,
  prepareSearchableText,
  type SearchableText,
  type TextRange,
} from './searchText.js';

/** What every node of the tree has, area or competency. */
interface FrameworkTreeNodeBase {
  /**
   * Unique among all nodes: `area:<id>` or `competency:<id>`, since an area and a competency may
   * share an id.
   */
  readonly key: string;
  /** The area's or competency's own id. */
  readonly id: string;
  /** Human code, e.g. `DG-2.1`. */
  readonly code: string;
  /** Label in the reader's language, with the language it is actually in. */
  readonly label: ResolvedText;
  /** Depth in the tree, 1 for the top level (the value of `aria-level`). */
  readonly level: number;
  /** Id of the enclosing area in the tree; `undefined` at the top level. */
  readonly parentId: string | undefined;
  /** Position in depth-first order, unique in the tree; used to build element ids. */
  readonly index: number;
  /** The code, folded for search and typeahead. */
  readonly searchableCode: SearchableText;
  /** The label, folded for search and typeahead. */
  readonly searchableLabel: SearchableText;
}

/** An area of the framework: a branch of the tree. */
export interface FrameworkAreaNode extends FrameworkTreeNodeBase {
  readonly kind: 'area';
  /** Sub-areas first, then the area's competencies, each in the framework's order. */
  readonly children: readonly FrameworkTreeNode[];
  /** The area as the framework gives it. */
  readonly area: FrameworkArea;
}

/** A competency of the framework: a leaf of the tree. */
export interface FrameworkCompetencyNode extends FrameworkTreeNodeBase {
  readonly kind: 'competency';
  /** Statement in the reader's language, with the language it is actually in. */
  readonly statement: ResolvedText;
  /** The statement, folded for search. */
  readonly searchableStatement: SearchableText;
  /** The competency as the framework gives it. */
  readonly competency: Competency;
}

/** A node of the framework tree. */
export type FrameworkTreeNode = FrameworkAreaNode | FrameworkCompetencyNode;

/** A competency framework as a tree of areas and competencies, in one reader's language. */
export interface FrameworkTree {
  /** Top-level nodes: areas without a (known) parent, then competencies without a (known) area. */
  readonly roots: readonly FrameworkTreeNode[];
  /** Every node by its {@link FrameworkTreeNode.key}. */
  readonly nodes: ReadonlyMap<string, FrameworkTreeNode>;
  /** How many competencies the tree holds. */
  readonly competencyCount: number;
}

/** Key of the area node with this id. */
export function areaKey(id: string): string {
  return `area:${id}`;
}

/** Key of the competency node with this id. */
export function competencyKey(id: string): string {
  return `competency:${id}`;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Builds the tree of a framework: areas nested through `parentId`, competencies under their
 * `areaId`, labels and statements resolved for a reader who prefers `languages`.
 *
 * Lenient with imperfect data, since the widget shows what it is given: an area whose parent is
 * unknown, or that sits in a `parentId` cycle, becomes a top-level area; a competency whose area is
 * unknown or absent becomes a top-level competency.
 */
export function buildFrameworkTree(
  framework: Pick<CompetencyFramework, 'areas' | 'competencies'>,
  languages: readonly string[],
): FrameworkTree {
  const areaIds = new Set(framework.areas.map((area) => area.id));
  const subAreas = new Map<string | undefined, FrameworkArea[]>();
  for (const area of framework.areas) {
    const parent =
      area.parentId !== undefined && areaIds.has(area.parentId) ? area.parentId : undefined;
    append(subAreas, parent, area);
  }
  const competenciesOf = new Map<string | undefined, Competency[]>();
  for (const competency of framework.competencies) {
    const area =
      competency.areaId !== undefined && areaIds.has(competency.areaId)
        ? competency.areaId
        : undefined;
    append(competenciesOf, area, competency);
  }

  const nodes = new Map<string, FrameworkTreeNode>();
  const placed = new Set<string>();
  let index = 0;

  function competencyNode(
    competency: Competency,
    level: number,
    parentId: string | undefined,
  ): FrameworkCompetencyNode {
    const label = resolveLocalizedText(competency.label, languages);
    const statement = resolveLocalizedText(competency.statement, languages);
    const node: FrameworkCompetencyNode = {
      kind: 'competency',
      key: competencyKey(competency.id),
      id: competency.id,
      code: competency.code,
      label,
      statement,
      level,
      parentId,
      index: index++,
      searchableCode: prepareSearchableText(competency.code),
      searchableLabel: prepareSearchableText(label.text),
      searchableStatement: prepareSearchableText(statement.text),
      competency,
    };
    nodes.set(node.key, node);
    return node;
  }

  function areaNode(area: FrameworkArea, level: number, parentId: string | undefined) {
    placed.add(area.id);
    const label = resolveLocalizedText(area.label, languages);
    const nodeIndex = index++;
    const children: FrameworkTreeNode[] = [];
    for (const child of subAreas.get(area.id) ?? []) {
      // A child already placed closes a `parentId` cycle: leave it where it is.
      if (!placed.has(child.id)) children.push(areaNode(child, level + 1, area.id));
    }
    for (const competency of competenciesOf.get(area.id) ?? []) {
      children.push(competencyNode(competency, level + 1, area.id));
    }
    const node: FrameworkAreaNode = {
      kind: 'area',
      key: areaKey(area.id),
      id: area.id,
      code: area.code,
      label,
      level,
      parentId,
      index: nodeIndex,
      searchableCode: prepareSearchableText(area.code),
      searchableLabel: prepareSearchableText(label.text),
      children,
      area,
    };
    nodes.set(node.key, node);
    return node;
  }

  const roots: FrameworkTreeNode[] = [];
  for (const area of subAreas.get(undefined) ?? []) roots.push(areaNode(area, 1, undefined));
  // Areas left over sit in a `parentId` cycle, out of reach of every top-level area.
  for (const area of framework.areas) {
    if (!placed.has(area.id)) roots.push(areaNode(area, 1, undefined));
  }
  for (const competency of competenciesOf.get(undefined) ?? []) {
    roots.push(competencyNode(competency, 1, undefined));
  }
  return { roots, nodes, competencyCount: framework.competencies.length };
}

/** Where a competency matched a search, per field, as ranges of the displayed text. */
export interface CompetencyMatch {
  /** Matches in the code. */
  readonly code: readonly TextRange[];
  /** Matches in the label. */
  readonly label: readonly TextRange[];
  /** Matches in the statement. */
  readonly statement: readonly TextRange[];
}

/** The part of a {@link FrameworkTree} that a search leaves visible. */
export interface FrameworkTreeView {
  /** The query, trimmed; empty when nothing is searched and the view is the whole tree. */
  readonly query: string;
  /** Top-level nodes left; areas in it carry only the children left. */
  readonly roots: readonly FrameworkTreeNode[];
  /** Where each matching competency matched, by competency id. */
  readonly matches: ReadonlyMap<string, CompetencyMatch>;
  /** How many competencies match. */
  readonly matchCount: number;
  /** Ids of the areas that hold a match at any depth: they stay visible and open. */
  readonly openAreaIds: ReadonlySet<string>;
}

const noMatches: ReadonlyMap<string, CompetencyMatch> = new Map();
const noAreas: ReadonlySet<string> = new Set();

/**
 * Filters the tree to the competencies whose code, label or statement contains `query`, ignoring
 * case and accents, and the areas that hold them. An empty query leaves the whole tree.
 */
export function filterFrameworkTree(tree: FrameworkTree, query: string): FrameworkTreeView {
  const trimmed = query.trim();
  const folded = foldSearchQuery(trimmed);
  if (folded === '') {
    return {
      query: '',
      roots: tree.roots,
      matches: noMatches,
      matchCount: 0,
      openAreaIds: noAreas,
    };
  }
  const matches = new Map<string, CompetencyMatch>();
  const openAreaIds = new Set<string>();

  function keep(node: FrameworkTreeNode): FrameworkTreeNode | undefined {
    if (node.kind === 'competency') {
      const match: CompetencyMatch = {
        code: findMatches(node.searchableCode, folded),
        label: findMatches(node.searchableLabel, folded),
        statement: findMatches(node.searchableStatement, folded),
      };
      if (match.code.length + match.label.length + match.statement.length === 0) return undefined;
      matches.set(node.id, match);
      return node;
    }
    const children = node.children.flatMap((child) => keep(child) ?? []);
    if (children.length === 0) return undefined;
    openAreaIds.add(node.id);
    return { ...node, children };
  }

  const roots = tree.roots.flatMap((node) => keep(node) ?? []);
  return { query: trimmed, roots, matches, matchCount: matches.size, openAreaIds };
}

/** The ids of the areas enclosing a node, nearest first. */
export function ancestorAreaIds(tree: FrameworkTree, key: string): string[] {
  const ids: string[] = [];
  let parentId = tree.nodes.get(key)?.parentId;
  while (parentId !== undefined) {
    ids.push(parentId);
    parentId = tree.nodes.get(areaKey(parentId))?.parentId;
  }
  return ids;
}

/**
 * The nodes a reader can see, in reading order: the view's top level, and the children of every
 * area in `openAreaIds` whose own ancestors are open too.
 */
export function visibleNodes(
  roots: readonly FrameworkTreeNode[],
  openAreaIds: ReadonlySet<string>,
): FrameworkTreeNode[] {
  const rows: FrameworkTreeNode[] = [];
  function visit(nodes: readonly FrameworkTreeNode[]) {
    for (const node of nodes) {
      rows.push(node);
      if (node.kind === 'area' && openAreaIds.has(node.id)) visit(node.children);
    }
  }
  visit(roots);
  return rows;
}

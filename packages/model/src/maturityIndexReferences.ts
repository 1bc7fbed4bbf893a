import { formatPath } from './validationIssue.js';
import type { IssueList } from './issueList.js';
import type { MaturityIndex } from './maturityIndex.js';

/**
 * Checks the maturity indices of a workspace: unique ids (of indices; and of entities, nodes,
 * indicators and levels in each, nodes and indicators sharing one set of ids since both sit in
 * the tree); exactly one root node; parents that resolve, without a cycle, each indicator under
 * a node; a power for every generalised mean; goalposts with `low` below `high`; entities' units;
 * values of known entities and indicators, at most one per pair; levels by ascending `minScore`.
 */
export function checkMaturityIndexes(
  indexes: readonly MaturityIndex[],
  list: IssueList,
  units: ReadonlyMap<string, unknown>,
): void {
  list.index(indexes, ['maturityIndexes']);
  indexes.forEach((index, x) => {
    const path = ['maturityIndexes', x];
    const entities = list.index(index.entities, [...path, 'entities']);
    index.entities.forEach((entity, e) => {
      if (entity.unitId !== undefined)
        list.resolve(units, entity.unitId, [...path, 'entities', e, 'unitId'], 'unit');
    });

    const nodes = list.index(index.nodes, [...path, 'nodes']);
    const roots = index.nodes.filter((node) => node.parentId === undefined).length;
    if (roots !== 1) list.add([...path, 'nodes'], 'maturity.rootCount', { count: roots });
    index.nodes.forEach((node, n) => {
      const at = [...path, 'nodes', n];
      if (node.parentId !== undefined)
        list.resolve(nodes, node.parentId, [...at, 'parentId'], 'node');
      if (node.aggregation === 'generalised' && node.power === undefined)
        list.add([...at, 'power'], 'maturity.powerRequired', { id: node.id });
    });
    list.acyclic(nodes, (id) => [
      ...path,
      'nodes',
      index.nodes.findIndex((node) => node.id === id),
      'parentId',
    ]);

    const indicators = list.index(index.indicators, [...path, 'indicators']);
    index.indicators.forEach((indicator, i) => {
      const at = [...path, 'indicators', i];
      const clash = nodes.has(indicator.id)
        ? index.nodes.findIndex((node) => node.id === indicator.id)
        : -1;
      if (clash !== -1 && indicators.get(indicator.id) === indicator) {
        list.add([...at, 'id'], 'id.duplicate', {
          id: indicator.id,
          collection: `${formatPath(path)}.nodes and indicators`,
          firstPath: formatPath([...path, 'nodes', clash, 'id']),
        });
      }
      list.resolve(nodes, indicator.parentId, [...at, 'parentId'], 'node');
      const { goalposts } = indicator;
      if (goalposts !== undefined && !(goalposts.low < goalposts.high))
        list.add([...at, 'goalposts'], 'maturity.emptyGoalposts', { ...goalposts });
    });

    const firstValue = new Map<string, number>();
    index.values.forEach((value, v) => {
      const at = [...path, 'values', v];
      list.resolve(entities, value.entityId, [...at, 'entityId'], 'entity');
      list.resolve(indicators, value.indicatorId, [...at, 'indicatorId'], 'indicator');
      const key = `${value.entityId}\u0000${value.indicatorId}`;
      const first = firstValue.get(key);
      if (first === undefined) firstValue.set(key, v);
      else {
        list.add(at, 'maturity.duplicateValue', {
          entityId: value.entityId,
          indicatorId: value.indicatorId,
          firstPath: formatPath([...path, 'values', first]),
        });
      }
    });

    list.index(index.levels, [...path, 'levels']);
    index.levels.forEach((level, l) => {
      const previous = index.levels[l - 1];
      if (previous !== undefined && !(level.minScore > previous.minScore)) {
        list.add([...path, 'levels', l, 'minScore'], 'maturity.levelsNotAscending', {
          value: level.minScore,
          previous: previous.minScore,
        });
      }
    });
  });
}

// fast-check arbitraries of maturity indices (test helpers, not exported by index.ts).
import fc from 'fast-check';
import {
  calendarDateArbitrary,
  finiteNumber,
  localizedTextArbitrary,
  nonBlankTextArbitrary,
  pickFrom,
  plain,
  sometimesWith,
  uniqueIds,
  uniqueIdsBetween,
} from './arbitraryPrimitives.js';
import {
  maturityAggregationSchema,
  maturityEntityKindSchema,
  type MaturityIndex,
  type MaturityNode,
} from './maturityIndex.js';

function nodeAt(id: string, parentId: string | undefined): fc.Arbitrary<MaturityNode> {
  return fc
    .record(
      {
        title: localizedTextArbitrary,
        weight: finiteNumber(0, 5),
        aggregation: pickFrom(maturityAggregationSchema.options),
        power: finiteNumber(-3, 3),
      },
      { requiredKeys: ['title'], ...plain },
    )
    .map(({ aggregation, power, ...rest }) => ({
      id,
      ...(parentId === undefined ? {} : { parentId }),
      ...rest,
      ...(aggregation === undefined ? {} : { aggregation }),
      // A generalised mean always has its power; other aggregations may carry one unused.
      ...(aggregation === 'generalised'
        ? { power: power ?? 1 }
        : power === undefined
          ? {}
          : { power }),
    }));
}

/**
 * A maturity index that `validateWorkspace` accepts: one root, nodes under earlier nodes (no
 * cycle), indicators under nodes with ids apart from the nodes', goalposts low below high, at
 * most one value per entity and indicator (some left missing), levels by ascending `minScore`,
 * entities of `unitIds` or of none.
 */
export function maturityIndexWithId(
  id: string,
  unitIds: readonly string[],
): fc.Arbitrary<MaturityIndex> {
  return fc
    .record(
      {
        // One set of unique ids, split among nodes, indicators, entities and levels.
        shape: fc.tuple(
          fc.integer({ min: 1, max: 3 }),
          fc.integer({ min: 0, max: 4 }),
          fc.integer({ min: 0, max: 3 }),
          fc.integer({ min: 0, max: 4 }),
        ),
        ids: uniqueIds(14),
      },
      plain,
    )
    .chain(({ shape: [nodeCount, indicatorCount, entityCount, levelCount], ids }) => {
      const nodeIds = ids.slice(0, nodeCount);
      const indicatorIds = ids.slice(nodeCount, nodeCount + indicatorCount);
      const entityIds = ids.slice(
        nodeCount + indicatorCount,
        nodeCount + indicatorCount + entityCount,
      );
      const levelIds = uniqueIdsBetween(levelCount, levelCount);
      const nodes = fc.tuple(
        ...nodeIds.map((nodeId, n) =>
          n === 0
            ? nodeAt(nodeId, undefined)
            : pickFrom(nodeIds.slice(0, n)).chain((parentId) => nodeAt(nodeId, parentId)),
        ),
      );
      const indicators = fc.tuple(
        ...indicatorIds.map((indicatorId) =>
          fc
            .record(
              {
                title: localizedTextArbitrary,
                parentId: pickFrom(nodeIds),
                direction: fc.constantFrom('higherIsBetter' as const, 'lowerIsBetter' as const),
                unit: nonBlankTextArbitrary,
                weight: finiteNumber(0, 5),
                target: finiteNumber(-100, 100),
                goalposts: fc
                  .tuple(finiteNumber(-100, 100), finiteNumber(0.001, 100))
                  .map(([low, width]) => ({ low, high: low + width }))
                  .filter(({ low, high }) => low < high),
              },
              { requiredKeys: ['title', 'parentId', 'direction', 'unit'], ...plain },
            )
            .map((indicator) => ({ id: indicatorId, ...indicator })),
        ),
      );
      const entities = fc.tuple(
        ...entityIds.map((entityId) =>
          sometimesWith(
            fc
              .record(
                { name: localizedTextArbitrary, group: nonBlankTextArbitrary },
                { requiredKeys: ['name'], ...plain },
              )
              .map((entity) => ({ id: entityId, ...entity })),
            'unitId',
            unitIds,
          ),
        ),
      );
      // Each (entity, indicator) pair has a value or is missing.
      const values = fc
        .tuple(
          ...entityIds.flatMap((entityId) =>
            indicatorIds.map((indicatorId) =>
              fc.option(
                finiteNumber(-1000, 1000).map((value) => ({ entityId, indicatorId, value })),
                { nil: undefined },
              ),
            ),
          ),
        )
        .map((entries) => entries.filter((entry) => entry !== undefined));
      const levels = levelIds.chain((chosen) =>
        fc
          .uniqueArray(fc.integer({ min: -50, max: 150 }), {
            minLength: chosen.length,
            maxLength: chosen.length,
          })
          .chain((scores) =>
            fc.tuple(
              ...[...scores]
                .sort((a, b) => a - b)
                .map((minScore, l) =>
                  localizedTextArbitrary.map((name) => ({ id: chosen[l] ?? '', name, minScore })),
                ),
            ),
          ),
      );
      return fc.record(
        {
          id: fc.constant(id),
          title: localizedTextArbitrary,
          entityKind: pickFrom(maturityEntityKindSchema.options),
          entities,
          nodes,
          indicators,
          values,
          levels,
          measuredOn: calendarDateArbitrary,
        },
        {
          requiredKeys: [
            'id',
            'title',
            'entityKind',
            'entities',
            'nodes',
            'indicators',
            'values',
            'levels',
          ],
          ...plain,
        },
      );
    });
}

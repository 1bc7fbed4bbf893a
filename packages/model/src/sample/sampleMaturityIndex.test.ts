import { describe, expect, it } from 'vitest';
import { generateSampleWorkspace } from './generateSampleWorkspace.js';

describe('the sample maturity index', () => {
  const workspace = generateSampleWorkspace({ people: 2_000, seed: 3 });
  const [index] = workspace.maturityIndexes;

  it('scores every department on sixteen indicators in four dimensions', () => {
    expect(workspace.maturityIndexes).toHaveLength(1);
    const departments = workspace.units.filter((unit) => unit.parentId === workspace.units[0]?.id);
    expect(index?.entities.map((entity) => entity.unitId)).toEqual(
      departments.map((unit) => unit.id),
    );
    expect(index?.nodes.filter((node) => node.parentId === 'dmi')).toHaveLength(4);
    expect(index?.indicators).toHaveLength(16);
    expect(index?.indicators.filter((i) => i.direction === 'lowerIsBetter')).toHaveLength(4);
    expect(new Set(index?.nodes.map((node) => node.aggregation))).toEqual(
      new Set(['arithmetic', undefined, 'geometric', 'generalised']),
    );
  });

  it('leaves a few values missing, none twice', () => {
    const cells = (index?.entities.length ?? 0) * (index?.indicators.length ?? 0);
    const values = index?.values ?? [];
    expect(cells - values.length).toBeGreaterThan(0);
    expect(values.length / cells).toBeGreaterThan(0.9);
    expect(new Set(values.map((v) => `${v.entityId} ${v.indicatorId}`)).size).toBe(values.length);
  });

  it('keeps values within their goalposts and maps scores to four levels', () => {
    const indicators = new Map(index?.indicators.map((indicator) => [indicator.id, indicator]));
    for (const value of index?.values ?? []) {
      const goalposts = indicators.get(value.indicatorId)?.goalposts;
      if (goalposts === undefined) continue;
      expect(value.value).toBeGreaterThanOrEqual(goalposts.low);
      expect(value.value).toBeLessThanOrEqual(goalposts.high);
    }
    expect(index?.levels.map((level) => [level.name.en, level.minScore])).toEqual([
      ['Initial', 0],
      ['Developing', 25],
      ['Defined', 50],
      ['Optimised', 75],
    ]);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateSampleWorkspace({ people: 2_000, seed: 3 }).maturityIndexes).toEqual(
      workspace.maturityIndexes,
    );
    expect(generateSampleWorkspace({ people: 2_000, seed: 4 }).maturityIndexes).not.toEqual(
      workspace.maturityIndexes,
    );
  });
});

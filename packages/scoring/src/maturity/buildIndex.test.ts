import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapkitScoringError } from '../scoringError.js';
import { buildIndex } from './buildIndex.js';
import type { MaturityInput } from './maturityInput.js';

// 5 entities × 4 indicators (i3 lower is better), pillars p1 (i0 ×1, i1 ×3) and p2 (i2, i3),
// root = geometric mean of p1 (×2) and p2 (×1), min–max to 1–100. Expected values:
// reference/maturity/reference.py (numpy), run outside the project.
const raw = [
  [10, 200, 0.5, 30],
  [22, 150, 0.9, 10],
  [15, 400, 0.2, 25],
  [30, 100, 0.7, 50],
  [25, 300, 0.4, 20],
];
function example(): MaturityInput {
  return {
    nodes: [
      { id: 'index', aggregation: { method: 'geometric' } },
      { id: 'p1', parentId: 'index', weight: 2 },
      { id: 'p2', parentId: 'index', weight: 1 },
    ],
    indicators: [
      { id: 'i0', parentId: 'p1', direction: 'higherIsBetter', weight: 1 },
      { id: 'i1', parentId: 'p1', direction: 'higherIsBetter', weight: 3 },
      { id: 'i2', parentId: 'p2', direction: 'higherIsBetter' },
      { id: 'i3', parentId: 'p2', direction: 'lowerIsBetter' },
    ],
    entities: raw.map((_, e) => ({ id: `e${e}` })),
    values: raw.flatMap((row, e) =>
      row.map((value, i) => ({ entityId: `e${e}`, indicatorId: `i${i}`, value })),
    ),
    levels: [
      { id: 'basic', name: 'Basic', minScore: 0 },
      { id: 'developing', name: 'Developing', minScore: 35 },
      { id: 'advanced', name: 'Advanced', minScore: 60 },
    ],
  };
}
const minMax1to100 = { normalisation: { method: 'minMax', low: 1, high: 100 } } as const;

describe('buildIndex', () => {
  it('scores every node, ranks and levels the entities, and reports effective weights', () => {
    const result = buildIndex(example(), minMax1to100);
    const expected = [
      31.461111561900243, 43.02847627024894, 59.60965311131517, 28.887817902459112,
      62.937056668647855,
    ];
    result.entities.forEach((entity, e) =>
      expect(entity.score).toBeCloseTo(expected[e] as number, 10),
    );
    expect(result.entities.map((entity) => entity.rank)).toEqual([4, 3, 2, 5, 1]);
    expect(result.entities.map((entity) => entity.level?.id)).toEqual([
      'basic',
      'developing',
      'developing',
      'basic',
      'advanced',
    ]);
    const p1 = result.nodes.find((node) => node.id === 'p1');
    [25.75, 28.225, 81.4375, 25.75, 69.0625].forEach((score, e) =>
      expect(p1?.scores[e]).toBeCloseTo(score, 10),
    );
    expect(p1?.ranks).toEqual([4, 3, 1, 4, 2]);
    const effective = result.indicators.map((indicator) => indicator.effectiveWeight);
    [1 / 6, 0.5, 1 / 6, 1 / 6].forEach((weight, i) => expect(effective[i]).toBeCloseTo(weight, 15));
    expect(result.nodes.map((node) => node.effectiveWeight)).toEqual([1, 2 / 3, 1 / 3]);
    expect(result.rootId).toBe('index');
    expect(result.restsOn).toEqual({
      entities: 5,
      indicators: 4,
      nodes: 3,
      values: 20,
      missing: 0,
      imputed: 0,
      incompleteEntities: 0,
    });
    expect(result.provenance.engine).toBe('@capkit/scoring');
    expect(result.provenance.configHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('marks an entity with a missing value incomplete, never scoring it 0; imputation fills it', () => {
    const input = example();
    input.values = input.values.filter(
      (value) => !(value.entityId === 'e1' && value.indicatorId === 'i2'),
    );
    const none = buildIndex(input, minMax1to100);
    const e1 = none.entities[1];
    expect(e1?.incomplete).toBe(true);
    expect(e1?.missingIndicatorIds).toEqual(['i2']);
    // p2 of e1 rests on i3 alone: min–max of −i3 (best 10) is 100.
    expect(none.nodes[2]?.scores[1]).toBeCloseTo(100, 12);
    expect(none.restsOn).toMatchObject({ missing: 1, imputed: 0, incompleteEntities: 1 });
    // With half of p2's children required, e1 keeps its p2 score; with all, it has none.
    const strict = buildIndex(input, { ...minMax1to100, minAvailability: 1 });
    expect(strict.entities[1]).toMatchObject({ score: null, rank: null, level: null });
    expect(strict.entities.map((entity) => entity.rank)).toEqual([3, null, 2, 4, 1]);
    const filled = buildIndex(input, { ...minMax1to100, imputation: 'columnMean' });
    expect(filled.entities[1]).toMatchObject({ incomplete: false, imputedIndicatorIds: ['i2'] });
    expect(filled.restsOn.imputed).toBe(1);
  });

  it('aggregates each node by its own method: Copeland for one pillar, arithmetic for the other', () => {
    const input = example();
    input.nodes = [
      { id: 'index' },
      { id: 'p1', parentId: 'index', aggregation: { method: 'copeland' } },
      { id: 'p2', parentId: 'index', aggregation: { method: 'harmonic' } },
    ];
    const result = buildIndex(input, minMax1to100);
    // p1 by hand: weights 1/4 (i0) and 3/4 (i1), so i1 decides every pair where they disagree;
    // i1 = 200, 150, 400, 100, 300 gives wins − losses 0, −2, 4, −4, 2 (no ties).
    expect(result.nodes[1]?.scores).toEqual([0, -2, 4, -4, 2]);
    expect(result.nodes[1]?.aggregation).toEqual({ method: 'copeland' });
    // p2 harmonic of i2 and i3 normalised (reference.py's n columns 2 and 3): e1 has 100 and 100.
    expect(result.nodes[2]?.scores[1]).toBeCloseTo(100, 12);
  });

  it('reports the outlier treatment of each indicator', () => {
    const result = buildIndex(example(), { ...minMax1to100, treatment: {} });
    expect(result.treatment.map((t) => t.action)).toEqual(['none', 'none', 'none', 'none']);
    expect(result.method.treatment).toEqual({});
  });

  it('equal weighting ignores the given weights', () => {
    const result = buildIndex(example(), { ...minMax1to100, weighting: 'equal' });
    expect(result.indicators.map((indicator) => indicator.effectiveWeight)).toEqual([
      0.25, 0.25, 0.25, 0.25,
    ]);
  });

  it('scaling all weights of one group leaves every result unchanged (property)', () => {
    const base = buildIndex(example(), minMax1to100);
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.constantFrom('p1', 'p2', 'index'),
        (factor, group) => {
          const input = example();
          for (const indicator of input.indicators)
            if (indicator.parentId === group) indicator.weight = (indicator.weight ?? 1) * factor;
          for (const node of input.nodes)
            if (node.parentId === group) node.weight = (node.weight ?? 1) * factor;
          const scaled = buildIndex(input, minMax1to100);
          scaled.entities.forEach((entity, e) => {
            expect(entity.score).toBeCloseTo(base.entities[e]?.score ?? Number.NaN, 9);
            expect(entity.rank).toBe(base.entities[e]?.rank);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses bad input with located errors', () => {
    const bad = (change: (input: MaturityInput) => void) => {
      const input = example();
      change(input);
      return () => buildIndex(input);
    };
    expect(bad((input) => (input.nodes[1] = { id: 'p1', parentId: 'nowhere' }))).toThrow(
      new CapkitScoringError('nodes[1].parentId', '"nowhere" is not a node'),
    );
    expect(bad((input) => input.nodes.push({ id: 'other' }))).toThrow(
      /nodes\[3\]\.parentId: a second root/,
    );
    expect(bad((input) => input.nodes.push({ id: 'empty', parentId: 'index' }))).toThrow(
      /nodes\[3\]: node "empty" has no children/,
    );
    expect(
      bad(
        (input) =>
          (input.indicators[0] = {
            id: 'i0',
            parentId: 'p1',
            direction: 'higherIsBetter',
            weight: -1,
          }),
      ),
    ).toThrow(/^indicators\[0\]\.weight:/);
    expect(
      bad((input) => input.values.push({ entityId: 'e0', indicatorId: 'i0', value: 1 })),
    ).toThrow(/values\[20\]: a second value of "i0" for "e0"/);
    expect(
      bad((input) => input.values.push({ entityId: 'x', indicatorId: 'i0', value: 1 })),
    ).toThrow(/values\[20\]\.entityId/);
    expect(bad((input) => Object.assign(input.nodes[0] ?? {}, { agregation: 1 }))).toThrow(
      /nodes\[0\]\.agregation: is not a known key/,
    );
    expect(bad((input) => input.levels?.reverse())).toThrow(/levels\[1\]\.minScore/);
    expect(() => buildIndex(example(), { normalisation: { method: 'goalposts' } })).toThrow(
      /indicators\[0\]: cannot normalise "i0" \(goalposts\): it has no goalposts/,
    );
    // Min–max to 0–100 gives the worst entity a 0, which a geometric mean refuses.
    const geometricPillar = example();
    geometricPillar.nodes[1] = {
      id: 'p1',
      parentId: 'index',
      weight: 2,
      aggregation: { method: 'geometric' },
    };
    expect(() => buildIndex(geometricPillar)).toThrow(
      'nodes[1].aggregation: the geometric mean of "p1" needs values above 0, but "e0" has 0 from "i0"',
    );
    expect(() => buildIndex(example(), { imputation: 'mean' } as never)).toThrow(
      /^options\.imputation:/,
    );
  });

  it('cycles are refused', () => {
    const input = example();
    input.nodes.push({ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' });
    input.indicators.push({ id: 'i9', parentId: 'a', direction: 'higherIsBetter' });
    expect(() => buildIndex(input)).toThrow(/is on a cycle/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ministries } from '../../test/fixtures/MaturityIndexChart.fixtures.js';
import {
  factorRows,
  levelRows,
  maturityRows,
  nodeNamer,
  rankSwapGroups,
  readFactor,
  type MaturityEntityRow,
} from './maturityRows.js';

// A row with only what rankSwapGroups reads: its id and interval.
function row(id: string, nominal: number, lower: number, upper: number): MaturityEntityRow {
  return {
    id,
    name: { text: id, lang: 'en' },
    score: null,
    rank: nominal,
    level: null,
    interval: { nominal, median: nominal, lower, upper, unscoredRuns: 0 },
    dimensions: [],
    missingIndicators: [],
    imputedIndicators: [],
  };
}

const overlap = (a: MaturityEntityRow, b: MaturityEntityRow) =>
  a.interval !== null &&
  b.interval !== null &&
  a.interval.lower <= b.interval.upper &&
  b.interval.lower <= a.interval.upper;

describe('maturityRows', () => {
  const { index, result, uncertainty } = ministries;
  const rows = maturityRows(index, result, uncertainty, ['en']);

  it('puts the engine’s entities in rank order, named from the document', () => {
    // The scoring README's table: Finance, Education, Transport, Justice, Health, Interior.
    expect(rows.map((entry) => [entry.name.text, entry.rank, entry.level?.name.text])).toEqual([
      ['Finance', 1, 'Managed'],
      ['Education', 2, 'Defined'],
      ['Transport', 3, 'Defined'],
      ['Justice', 4, 'Defined'],
      ['Health', 5, 'Defined'],
      ['Interior', 6, 'Initial'],
    ]);
    expect(
      rows.map((entry) => entry.interval && [entry.interval.lower, entry.interval.upper]),
    ).toEqual([
      [1, 1],
      [2, 3],
      [2, 3],
      [4, 5],
      [4, 5],
      [6, 6],
    ]);
  });

  it('takes each dimension’s score and rank from the engine’s node, not recomputed', () => {
    const education = rows.find((entry) => entry.id === 'education');
    const services = result.nodes.find((node) => node.id === 'services');
    // Education is the third entity of the input.
    expect(education?.dimensions.map((dimension) => dimension.name.text)).toEqual([
      'Services',
      'Capacity',
    ]);
    expect(education?.dimensions[0]?.score).toBe(services?.scores[2]);
    expect(education?.dimensions[0]?.rank).toBe(services?.ranks[2]);
    // Services weighs 2, capacity 1: two thirds and one third of the index.
    expect(education?.dimensions.map((dimension) => dimension.weight)).toEqual([2 / 3, 1 / 3]);
    expect(education?.imputedIndicators.map((name) => name.text)).toEqual(['Staff trained']);
  });

  it('shows ids where there is no document, and puts unscored entities last', () => {
    const bare = maturityRows(undefined, result, undefined, ['en']);
    expect(bare[0]?.name).toEqual({ text: 'finance', lang: 'und' });
    expect(bare[0]?.interval).toBeNull();
    expect(bare[0]?.dimensions).toEqual([]);
    const unscored = {
      ...result,
      entities: result.entities.map((entity) =>
        entity.id === 'finance' ? { ...entity, score: null, rank: null, level: null } : entity,
      ),
    };
    expect(maturityRows(index, unscored, undefined, ['en']).at(-1)?.id).toBe('finance');
  });

  it('orders the choices by their total effect, weights first here', () => {
    // README: weights 0.74, normalisation 0.26, imputation 0.23, the root's aggregation 0.14.
    const factors = factorRows(uncertainty, nodeNamer(index, ['en']));
    expect(factors.map((factor) => [factor.kind, factor.node])).toEqual([
      ['weights', ''],
      ['normalisation', ''],
      ['imputation', ''],
      ['aggregation', 'Digital maturity'],
    ]);
    expect(factors[0]?.total).toBeCloseTo(0.74, 2);
    expect(factors[0]?.factor).toBe(uncertainty.mostInfluential);
    expect(factorRows(undefined, () => '')).toEqual([]);
  });

  it('reads factor names, keeping an unknown one as it is', () => {
    const name = (id: string) => `node ${id}`;
    expect(readFactor('aggregation:services', name)).toEqual({
      kind: 'aggregation',
      node: 'node services',
    });
    expect(readFactor('treatment', name)).toEqual({ kind: 'treatment', node: '' });
    expect(readFactor('seasonality', name)).toEqual({ kind: 'other', node: 'seasonality' });
  });

  it('lists who reached each level, by the engine’s level', () => {
    expect(
      levelRows(index, rows, ['en']).map((level) => [level.name.text, level.minScore, level.ids]),
    ).toEqual([
      ['Initial', 0, ['interior']],
      ['Defined', 40, ['education', 'transport', 'justice', 'health']],
      ['Managed', 70, ['finance']],
    ]);
  });
});

describe('rankSwapGroups', () => {
  it('groups the places whose intervals overlap (worked by hand)', () => {
    // The README's intervals: 1–1, 2–3, 2–3, 4–5, 4–5, 6–6: places 2–3 and 4–5 could swap.
    const rows = [
      row('a', 1, 1, 1),
      row('b', 2, 2, 3),
      row('c', 3, 2, 3),
      row('d', 4, 4, 5),
      row('e', 5, 4, 5),
      row('f', 6, 6, 6),
    ];
    expect(rankSwapGroups(rows)).toEqual([
      { from: 2, to: 3, ids: ['b', 'c'] },
      { from: 4, to: 5, ids: ['d', 'e'] },
    ]);
  });

  it('chains overlaps, counts a shared end as overlap, and not a gap', () => {
    // 1–2 meets 2–3, which meets 3–3: one group of places 1 to 3, though 1–2 and 3–3 do not meet.
    expect(rankSwapGroups([row('a', 1, 1, 2), row('b', 2, 2, 3), row('c', 3, 3, 3)])).toEqual([
      { from: 1, to: 3, ids: ['a', 'b', 'c'] },
    ]);
    // 1–2 and 3–4 leave a gap: no swap.
    expect(rankSwapGroups([row('a', 1, 1, 2), row('b', 3, 3, 4)])).toEqual([]);
  });

  it('puts overlapping places together and no others (property)', () => {
    const intervals = fc.array(
      fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 6 })),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(intervals, (drawn) => {
        const rows = drawn.map(([lower, width], i) =>
          row(`e${String(i)}`, lower + Math.floor(width / 2), lower, lower + width),
        );
        const groups = rankSwapGroups(rows);
        const groupOf = new Map<string, number>();
        groups.forEach((group, g) => {
          expect(group.ids.length).toBeGreaterThan(1);
          for (const id of group.ids) {
            expect(groupOf.has(id)).toBe(false);
            groupOf.set(id, g);
          }
        });
        for (const a of rows)
          for (const b of rows) {
            if (a === b) continue;
            if (overlap(a, b)) expect(groupOf.get(a.id)).toBe(groupOf.get(b.id));
          }
        // A place overlapping no other is in no group.
        for (const a of rows)
          if (!rows.some((b) => b !== a && overlap(a, b))) expect(groupOf.has(a.id)).toBe(false);
      }),
    );
  });
});

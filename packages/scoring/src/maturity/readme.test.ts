import { describe, expect, it } from 'vitest';
import { analyseUncertainty, buildIndex, type MaturityInput } from './index.js';

describe('README example (maturity), kept runnable', () => {
  it('builds an index over ministries, with rank intervals and the choice that moves ranks most', () => {
    // --- README example starts
    // Services online (%), waiting days (lower is better), staff trained (%), budget executed.
    const data: Record<string, (number | null)[]> = {
      health: [62, 14, 40, 0.55],
      finance: [81, 6, 58, 0.72],
      education: [55, 9, null, 0.81],
      interior: [38, 21, 33, 0.6],
      justice: [47, 12, 61, 0.49],
      transport: [70, 8, 29, 0.66],
    };
    const indicatorIds = ['online', 'waitingDays', 'trained', 'budgetExecuted'];
    const input: MaturityInput = {
      nodes: [
        { id: 'index', aggregation: { method: 'geometric' } },
        { id: 'services', parentId: 'index', weight: 2 },
        { id: 'capacity', parentId: 'index' },
      ],
      indicators: indicatorIds.map((id, i) => ({
        id,
        parentId: i < 2 ? 'services' : 'capacity',
        direction: id === 'waitingDays' ? 'lowerIsBetter' : 'higherIsBetter',
      })),
      entities: Object.keys(data).map((id) => ({ id })),
      values: Object.entries(data).flatMap(([entityId, row]) =>
        row.flatMap((value, i) =>
          value === null ? [] : [{ entityId, indicatorId: indicatorIds[i] ?? '', value }],
        ),
      ),
      levels: [
        { id: 'initial', name: 'Initial', minScore: 0 },
        { id: 'defined', name: 'Defined', minScore: 40 },
        { id: 'managed', name: 'Managed', minScore: 70 },
      ],
    };
    const options = {
      imputation: 'columnMedian',
      normalisation: { method: 'minMax', low: 1, high: 100 },
    } as const;
    const index = buildIndex(input, options);
    const uncertainty = analyseUncertainty(input, options, {
      samples: 500,
      seed: 2026,
      weightNoise: 0.25, // every weight uniform within ±25 %, renormalised per node
      normalisations: [options.normalisation, { method: 'zScore', mean: 100, sd: 15 }],
      aggregations: [
        { nodeId: 'index', alternatives: [{ method: 'geometric' }, { method: 'arithmetic' }] },
      ],
      imputation: true, // column median or none
    });
    const table = uncertainty.entities.map((entity, e) => ({
      id: entity.id,
      score: index.entities[e]?.score?.toFixed(1),
      level: index.entities[e]?.level?.name,
      rank: entity.nominalRank,
      interval: `${entity.lowerRank}–${entity.upperRank}`,
    }));
    const movesRanksMost = uncertainty.mostInfluential;
    // --- README example ends

    // Seeded, so these are the same in every run (and the README's table shows them).
    expect(table).toEqual([
      { id: 'health', score: '41.8', level: 'Defined', rank: 5, interval: '4–5' },
      { id: 'finance', score: '93.4', level: 'Managed', rank: 1, interval: '1–1' },
      { id: 'education', score: '62.5', level: 'Defined', rank: 2, interval: '2–3' },
      { id: 'interior', score: '2.9', level: 'Initial', rank: 6, interval: '6–6' },
      { id: 'justice', score: '44.0', level: 'Defined', rank: 4, interval: '4–5' },
      { id: 'transport', score: '56.2', level: 'Defined', rank: 3, interval: '2–3' },
    ]);
    expect(movesRanksMost).toBe('weights');
    expect(uncertainty.factors).toEqual([
      'weights',
      'normalisation',
      'aggregation:index',
      'imputation',
    ]);
    expect(uncertainty.sensitivity?.total[0]).toBeCloseTo(0.7385742562557208, 12);
    expect(index.entities.find((entity) => entity.id === 'education')?.imputedIndicatorIds).toEqual(
      ['trained'],
    );
    expect(table.map((row) => row.rank)).toEqual(index.entities.map((entity) => entity.rank));
    expect(uncertainty.restsOn.runs).toBe(500 * 6);
  });
});

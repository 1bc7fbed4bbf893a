import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './buildIndex.js';
import type { Aggregation, MaturityInput } from './maturityInput.js';
import type { Normalisation } from './normalise.js';
import { drawParameters } from './drawParameters.js';
import { analyseUncertainty } from './uncertainty.js';

// 12 entities × 6 indicators in two pillars, seeded; entity e11 leads on every indicator.
function example(): MaturityInput {
  let state = 7;
  const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
  const values = [];
  for (let e = 0; e < 12; e += 1)
    for (let i = 0; i < 6; i += 1)
      values.push({
        entityId: `e${e}`,
        indicatorId: `i${i}`,
        value: e === 11 ? 20 : 1 + 10 * next(),
      });
  return {
    nodes: [
      { id: 'index' },
      { id: 'p1', parentId: 'index' },
      { id: 'p2', parentId: 'index', weight: 2 },
    ],
    indicators: Array.from({ length: 6 }, (_, i) => ({
      id: `i${i}`,
      parentId: i < 3 ? 'p1' : 'p2',
      direction: 'higherIsBetter' as const,
      weight: 1 + i,
    })),
    entities: Array.from({ length: 12 }, (_, e) => ({
      id: `e${e}`,
      group: e % 2 === 0 ? 'even' : 'odd',
    })),
    values,
  };
}
const normalisations: Normalisation[] = [
  { method: 'minMax', low: 1, high: 100 },
  { method: 'percentileRank' },
  { method: 'zScore', mean: 50, sd: 10 },
];
const alternatives: Aggregation[] = [{ method: 'arithmetic' }, { method: 'geometric' }];
const options = { normalisation: normalisations[0] } as const;
const plan = {
  samples: 64,
  seed: 3,
  weightNoise: 0.3,
  normalisations,
  aggregations: [{ nodeId: 'index', alternatives }],
};

describe('analyseUncertainty', () => {
  it('is reproducible from its seed, and another seed draws differently', () => {
    const first = analyseUncertainty(example(), options, plan);
    const again = analyseUncertainty(example(), options, plan);
    expect([...again.draws.ranks]).toEqual([...first.draws.ranks]);
    expect(again.entities).toEqual(first.entities);
    const other = analyseUncertainty(example(), options, { ...plan, seed: 4 });
    expect([...other.draws.weights]).not.toEqual([...first.draws.weights]);
  });

  it('reproduces every run from its seed (property)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const small = { ...plan, samples: 8, seed };
        const first = analyseUncertainty(example(), options, small);
        const again = analyseUncertainty(example(), options, small);
        expect([...again.draws.ranks]).toEqual([...first.draws.ranks]);
        expect([...again.draws.weights]).toEqual([...first.draws.weights]);
        expect(again.sensitivity).toEqual(first.sensitivity);
      }),
      { numRuns: 10 },
    );
  });

  it('records every run’s parameters, and each run can be replayed with buildIndex', () => {
    const result = analyseUncertainty(example(), options, plan);
    expect(result.factors).toEqual(['weights', 'normalisation', 'aggregation:index']);
    expect(result.restsOn).toEqual({ samples: 64, runs: 64 * 5, intervalRuns: 128, entities: 12 });
    const { draws } = result;
    expect([...draws.design.subarray(0, 10)]).toEqual([0, 1, 2, 3, 4, 0, 1, 2, 3, 4]);
    // AB_normalisation (design 3) is A with B's normalisation: same weights as A, B's choice.
    for (let j = 0; j < 64; j += 1) {
      const a = j * 5;
      expect([...draws.weights.subarray((a + 3) * 9, (a + 4) * 9)]).toEqual([
        ...draws.weights.subarray(a * 9, (a + 1) * 9),
      ]);
      expect(draws.normalisation[a + 3]).toBe(draws.normalisation[a + 1]);
      expect(draws.aggregation[a + 3]).toBe(draws.aggregation[a]);
    }
    for (const run of [0, 1, 7, 13, 200, 319]) {
      const input = example();
      const weights = draws.weights.subarray(run * 9, (run + 1) * 9);
      input.indicators.forEach((indicator, i) => (indicator.weight = weights[i] as number));
      input.nodes.forEach((node, n) => (node.weight = weights[6 + n] as number));
      (input.nodes[0] as { aggregation?: Aggregation }).aggregation = alternatives[
        draws.aggregation[run] as number
      ] as Aggregation;
      const replay = buildIndex(input, {
        normalisation: normalisations[draws.normalisation[run] as number],
      });
      expect(replay.entities.map((entity) => entity.rank)).toEqual([
        ...draws.ranks.subarray(run * 12, (run + 1) * 12),
      ]);
    }
  });

  it('reads one run back as plain values', () => {
    const result = analyseUncertainty(example(), options, plan);
    const run = drawParameters(result, 8);
    const { draws } = result;
    expect(run).toMatchObject({
      run: 8,
      sample: 1,
      design: 'AB:normalisation',
      imputation: false,
      treatment: false,
    });
    expect(run.normalisation).toEqual(normalisations[draws.normalisation[8] as number]);
    expect(run.aggregations).toEqual({ index: alternatives[draws.aggregation[8] as number] });
    expect(run.weights?.['i0']).toBe(draws.weights[8 * 9]);
    expect(run.weights?.['p2']).toBe(draws.weights[8 * 9 + 8]);
    expect(run.ranks).toEqual([...draws.ranks.subarray(8 * 12, 9 * 12)]);
    expect(() => drawParameters(result, 320)).toThrow(RangeError);
  });

  it('gives each entity its nominal rank, median and 5–95 % interval', () => {
    const result = analyseUncertainty(example(), options, plan);
    const nominal = buildIndex(example(), options);
    result.entities.forEach((entity, e) => {
      expect(entity.nominalRank).toBe(nominal.entities[e]?.rank);
      expect(entity.lowerRank).toBeLessThanOrEqual(entity.medianRank);
      expect(entity.medianRank).toBeLessThanOrEqual(entity.upperRank);
    });
    // The entity ahead on every indicator is first whatever the choices: its rank never moves.
    expect(result.entities[11]).toMatchObject({
      nominalRank: 1,
      medianRank: 1,
      lowerRank: 1,
      upperRank: 1,
    });
    expect(result.entities[11]?.sensitivity?.first).toEqual([null, null, null]);
  });

  it('reports Sobol indices in [0, 1] (raw beside), and one factor alone explains all the variance', () => {
    const result = analyseUncertainty(example(), options, { ...plan, samples: 200 });
    const all = [result.sensitivity, ...result.entities.map((entity) => entity.sensitivity)];
    for (const indices of all)
      for (const value of [...(indices?.first ?? []), ...(indices?.total ?? [])])
        if (value !== null) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
    expect(result.mostInfluential).toMatch(/^(weights|normalisation|aggregation:index)$/);
    const single = analyseUncertainty(example(), options, {
      samples: 300,
      seed: 5,
      normalisations,
    });
    expect(single.factors).toEqual(['normalisation']);
    expect(Math.abs((single.sensitivity?.totalRaw[0] ?? 0) - 1)).toBeLessThan(0.15);
    expect(Math.abs((single.sensitivity?.firstRaw[0] ?? 0) - 1)).toBeLessThan(0.15);
    expect(single.mostInfluential).toBe('normalisation');
  });

  it('switches imputation and treatment on and off, and can skip the sensitivity runs', () => {
    const input = example();
    input.values = input.values.filter(
      (value) => !(value.entityId === 'e3' && value.indicatorId === 'i1'),
    );
    const result = analyseUncertainty(
      input,
      { ...options, imputation: 'groupMean' },
      {
        samples: 40,
        seed: 1,
        imputation: true,
        treatment: true,
        sensitivity: false,
      },
    );
    expect(result.factors).toEqual(['imputation', 'treatment']);
    expect(result.restsOn.runs).toBe(40);
    expect(result.sensitivity).toBeNull();
    expect(result.entities[0]?.sensitivity).toBeNull();
    expect(new Set(result.draws.imputation)).toEqual(new Set([0, 1]));
    expect(new Set(result.draws.treatment)).toEqual(new Set([0, 1]));
  });

  it('refuses plans it cannot run, with located errors', () => {
    expect(() => analyseUncertainty(example(), options, { samples: 10, seed: 1 })).toThrow(
      /^plan: nothing is varied/,
    );
    expect(() =>
      analyseUncertainty(example(), options, {
        samples: 10,
        seed: 1,
        aggregations: [{ nodeId: 'x', alternatives }],
      }),
    ).toThrow('plan.aggregations[0].nodeId: "x" is not a node');
    expect(() =>
      analyseUncertainty(example(), options, { samples: 10, seed: 1, imputation: true }),
    ).toThrow(/^plan\.imputation: the nominal imputation is none/);
    expect(() =>
      analyseUncertainty(example(), options, { samples: 10, seed: 1, weightNoise: 1.5 }),
    ).toThrow(/^plan\.weightNoise:/);
    // A geometric mean meeting the 0 of a percentile rank fails in the run that draws it.
    expect(() =>
      analyseUncertainty(example(), options, {
        samples: 20,
        seed: 1,
        normalisations: [{ method: 'percentileRank' }, { method: 'rank' }],
        aggregations: [
          { nodeId: 'p1', alternatives: [{ method: 'geometric' }, { method: 'harmonic' }] },
        ],
      }),
    ).toThrow(
      /^nodes\[1\]\.aggregation: run \d+: the (geometric|harmonic) mean of "p1" needs values above 0/,
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateNode, aggregationScratch, markComplete } from './aggregate.js';
import { compileMaturityInput, type Aggregation, type MaturityInput } from './maturityInput.js';
import { localWeights } from './weights.js';

// One node over the given indicator columns (entity-major `rows`), with weights `weights`.
function aggregateRows(
  given: number[][],
  weights: number[],
  aggregation: Aggregation,
  minAvailability = 0,
) {
  // An index has at least two entities: a single row is given twice.
  const rows = given.length === 1 ? [given[0] as number[], given[0] as number[]] : given;
  const E = rows.length;
  const I = weights.length;
  const input: MaturityInput = {
    nodes: [{ id: 'root', aggregation }],
    indicators: weights.map((weight, i) => ({
      id: `i${i}`,
      parentId: 'root',
      direction: 'higherIsBetter',
      weight,
    })),
    entities: rows.map((_, e) => ({ id: `e${e}` })),
    values: [],
  };
  const framework = compileMaturityInput(input);
  const columns = new Float64Array((I + 1) * E);
  rows.forEach((row, e) => row.forEach((value, i) => (columns[i * E + e] = value)));
  aggregateNode(
    columns,
    framework,
    0,
    aggregation,
    localWeights(framework, 'manual'),
    minAvailability,
    aggregationScratch(E),
  );
  return [...columns.subarray(I * E, I * E + given.length)];
}

// Expected values: reference/maturity/reference.py (numpy and scipy.stats gmean, hmean, pmean
// with weights), run outside the project: v = 20, 50, 80, 35 with weights 1, 2, 3, 2.
const v = [20, 50, 80, 35];
const w = [1, 2, 3, 2];

describe('aggregateNode', () => {
  it('arithmetic, geometric, harmonic and power means', () => {
    expect(aggregateRows([v], w, { method: 'arithmetic' })[0]).toBeCloseTo(53.75, 12);
    expect(aggregateRows([v], w, { method: 'geometric' })[0]).toBeCloseTo(48.645985581955735, 12);
    expect(aggregateRows([v], w, { method: 'harmonic' })[0]).toBeCloseTo(43.32688588007737, 12);
    expect(aggregateRows([v], w, { method: 'generalised', power: 2 })[0]).toBeCloseTo(
      58.148516748065035,
      12,
    );
    expect(aggregateRows([v], w, { method: 'generalised', power: -0.5 })[0]).toBeCloseTo(
      45.96992674899123,
      12,
    );
    expect(aggregateRows([v], w, { method: 'generalised', power: 3 })[0]).toBeCloseTo(
      61.70732243160118,
      12,
    );
  });

  it('Copeland: wins − losses of the weighted pairwise majority (computed by hand in reference.py)', () => {
    const rows = [
      [1, 5, 5],
      [2, 1, 1],
      [3, 3, 0],
      [2, 1, 1],
    ];
    expect(aggregateRows(rows, [2, 1, 1], { method: 'copeland' })).toEqual([0, -1, 2, -1]);
  });

  it('leaves missing children out, renormalising the weights, unless too few are present', () => {
    const rows = [[20, Number.NaN, 80, 35]];
    // (1·20 + 3·80 + 2·35) / 6
    expect(aggregateRows(rows, w, { method: 'arithmetic' })[0]).toBeCloseTo(330 / 6, 12);
    expect(aggregateRows(rows, w, { method: 'arithmetic' }, 0.75)[0]).toBeCloseTo(330 / 6, 12);
    expect(aggregateRows(rows, w, { method: 'arithmetic' }, 0.8)[0]).toBeNaN();
    expect(
      aggregateRows([[Number.NaN, Number.NaN]], [1, 1], { method: 'arithmetic' })[0],
    ).toBeNaN();
  });

  it('refuses a 0 in a geometric or harmonic mean, naming node, entity and child', () => {
    expect(() => aggregateRows([[20, 0, 5, 1]], w, { method: 'geometric' })).toThrow(
      'nodes[0].aggregation: the geometric mean of "root" needs values above 0, but "e0" has 0 from "i1"',
    );
    expect(() => aggregateRows([[20, 3, -5, 1]], w, { method: 'harmonic' })).toThrow(
      /needs values above 0, but "e0" has -5 from "i2"/,
    );
    expect(() => aggregateRows([[20, 3, -5, 1]], w, { method: 'generalised', power: 2 })).toThrow(
      /needs values of 0 or more/,
    );
    // A power above 0 takes zeros.
    expect(aggregateRows([[0, 0, 0, 4]], w, { method: 'generalised', power: 2 })[0]).toBeCloseTo(
      2,
      12,
    );
  });

  it('the shortcut for nodes without missing children gives the same numbers, bit for bit (property)', () => {
    const methods: Aggregation[] = [
      { method: 'arithmetic' },
      { method: 'geometric' },
      { method: 'harmonic' },
      { method: 'generalised', power: 0.5 },
      { method: 'generalised', power: -2 },
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.double({ min: 0.01, max: 1000, noNaN: true }), {
            minLength: 3,
            maxLength: 3,
          }),
          { minLength: 2, maxLength: 8 },
        ),
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.constantFrom(...methods),
        (rows, weights, aggregation) => {
          fc.pre(weights.some((w) => w > 0));
          const E = rows.length;
          const framework = compileMaturityInput({
            nodes: [{ id: 'root' }],
            indicators: weights.map((weight, i) => ({
              id: `i${i}`,
              parentId: 'root',
              direction: 'higherIsBetter',
              weight,
            })),
            entities: rows.map((_, e) => ({ id: `e${e}` })),
            values: [],
          });
          const columns = new Float64Array(4 * E);
          rows.forEach((row, e) => row.forEach((value, i) => (columns[i * E + e] = value)));
          const local = localWeights(framework, 'manual');
          const general = Float64Array.from(columns);
          aggregateNode(general, framework, 0, aggregation, local, 0, aggregationScratch(E));
          const scratch = aggregationScratch(E, 4);
          markComplete(columns, framework, scratch);
          expect([...scratch.complete]).toEqual([1, 1, 1, 0]);
          aggregateNode(columns, framework, 0, aggregation, local, 0, scratch);
          expect([...columns.subarray(3 * E)]).toEqual([...general.subarray(3 * E)]);
          expect(scratch.complete[3]).toBe(1);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('harmonic ≤ geometric ≤ arithmetic for positive values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0.01, max: 1000, noNaN: true }),
            fc.double({ min: 0.01, max: 10, noNaN: true }),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (pairs) => {
          const row = pairs.map(([value]) => value);
          const weights = pairs.map(([, weight]) => weight);
          const arithmetic = aggregateRows([row], weights, { method: 'arithmetic' })[0] as number;
          const geometric = aggregateRows([row], weights, { method: 'geometric' })[0] as number;
          const harmonic = aggregateRows([row], weights, { method: 'harmonic' })[0] as number;
          expect(geometric).toBeLessThanOrEqual(arithmetic * (1 + 1e-12));
          expect(harmonic).toBeLessThanOrEqual(geometric * (1 + 1e-12));
        },
      ),
      { numRuns: 100 },
    );
  });
});

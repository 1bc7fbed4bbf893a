import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competencyImportancePerformance } from './competencyImportancePerformance.js';
import { pairedResponsesFromRows } from './pairedResponses.js';

const scale = { min: 1, max: 5 };
// Items 0 and 1 measure competency 0, item 2 competency 1; only two people answered item 2.
const data = pairedResponsesFromRows([
  { importance: [5, 4, 5], performance: [2, 4, 1] },
  { importance: [4, 4, 5], performance: [3, 4, 1] },
  { importance: [5, 4, null], performance: [2, 4, null] },
  { importance: [4, 4, null], performance: [3, 4, null] },
  { importance: [5, 4, null], performance: [2, 4, null] },
]);
const competencyOfItem = [0, 0, 1];

describe('competencyImportancePerformance', () => {
  it('averages the published items of a competency, worked by hand', () => {
    // Item 0: Ī = 23/5 = 4.6, P̄ = 12/5 = 2.4; item 1: Ī = P̄ = 4. Competency 0:
    // Ī = (4.6 + 4) / 2 = 4.3, P̄ = (2.4 + 4) / 2 = 3.2, on 5 people. Item 2 rests on 2 < 5 people.
    const result = competencyImportancePerformance(data, scale, { competencyOfItem, k: 5 });
    const [first, second] = result.items;
    expect(first?.meanImportance).toBeCloseTo(4.3, 12);
    expect(first?.meanPerformance).toBeCloseTo(3.2, 12);
    expect(first?.n).toBe(5);
    expect(result.itemsUsed).toEqual([[0, 1], []]);
    // Competency 1 has no published item: withheld, with neither values nor size.
    expect(second).toMatchObject({ meanImportance: null, n: null, withheld: 'primary' });
    // The only plotted point is the grand mean: on both cross-hairs, which leans to "concentrate here".
    expect(first).toMatchObject({
      quadrant: 'concentrateHere',
      onImportanceCrosshair: true,
      onPerformanceCrosshair: true,
    });
    expect(result.quadrantCounts.concentrateHere).toBe(1);
  });

  it('places points against the scale midpoint when asked', () => {
    // Midpoint 3: Ī 4.3 ≥ 3 is high, P̄ 3.2 > 3 is high.
    const result = competencyImportancePerformance(data, scale, {
      competencyOfItem,
      k: 5,
      crosshairs: 'scaleMidpoint',
    });
    expect(result.items[0]?.quadrant).toBe('keepUpTheGoodWork');
    expect(result.crosshair).toEqual({ importance: 3, performance: 3 });
  });

  it('never publishes a competency resting on fewer than k people', () => {
    const rows = fc.array(
      fc.record({
        importance: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), {
          minLength: 3,
          maxLength: 3,
        }),
        performance: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), {
          minLength: 3,
          maxLength: 3,
        }),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(rows, fc.integer({ min: 2, max: 6 }), (answers, k) => {
        const result = competencyImportancePerformance(pairedResponsesFromRows(answers), scale, {
          competencyOfItem,
          competencies: 2,
          k,
        });
        for (const item of result.items) {
          if (item.meanImportance !== null) expect(item.n).toBeGreaterThanOrEqual(k);
          if (item.withheld !== undefined) expect(item.n).toBeNull();
        }
      }),
    );
  });
});

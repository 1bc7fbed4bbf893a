import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  importancePerformance,
  type ImportancePerformanceOptions,
} from './importancePerformance.js';
import { pairedResponsesFromRows, type PairedRow } from './pairedResponses.js';

const scale = { min: 1, max: 5 };
// The hand-worked examples are a few respondents: compute them without the disclosure rule
// (k = 1); the tests under "disclosure" check the rule on its own.
const everyone = { k: 1, allowSmallGroups: true } as const;

describe('importancePerformance: hand-worked values (scale 1–5)', () => {
  // Two respondents × four items; item means (Ī, P̄):
  //   item 0: I (5,5), P (2,2) → (5, 2)
  //   item 1: I (5,4), P (5,4) → (4.5, 4.5)
  //   item 2: I (2,2), P (1,2) → (2, 1.5)
  //   item 3: I (2,3), P (5,5) → (2.5, 5)
  // Grand means: Ī = (5 + 4.5 + 2 + 2.5)/4 = 3.5; P̄ = (2 + 4.5 + 1.5 + 5)/4 = 3.25.
  const data = pairedResponsesFromRows([
    { importance: [5, 5, 2, 2], performance: [2, 5, 1, 5] },
    { importance: [5, 4, 2, 3], performance: [2, 4, 2, 5] },
  ]);

  it('splits at the grand means into the four Martilla & James quadrants', () => {
    const result = importancePerformance(data, scale, everyone);
    expect(result.crosshair).toEqual({ importance: 3.5, performance: 3.25 });
    expect(result.items.map((item) => item.quadrant)).toEqual([
      'concentrateHere', // 5 ≥ 3.5, 2 < 3.25
      'keepUpTheGoodWork', // 4.5 ≥ 3.5, 4.5 > 3.25
      'lowPriority', // 2 < 3.5, 1.5 < 3.25
      'possibleOverkill', // 2.5 < 3.5, 5 > 3.25
    ]);
    expect(result.items[0]).toEqual({
      item: 0,
      meanImportance: 5,
      meanPerformance: 2,
      n: 2,
      quadrant: 'concentrateHere',
      onImportanceCrosshair: false,
      onPerformanceCrosshair: false,
    });
    expect(result.quadrantCounts).toEqual({
      concentrateHere: 1,
      keepUpTheGoodWork: 1,
      lowPriority: 1,
      possibleOverkill: 1,
    });
    expect(result).toMatchObject({
      method: 'martillaJames1977',
      basis: 'completePairs',
      crosshairs: 'grandMean',
      onCrosshairRule: 'towardsConcentrateHere',
      n: 8,
    });
  });

  it('can split at the scale midpoint (1 + 5)/2 = 3 instead', () => {
    const result = importancePerformance(data, scale, { ...everyone, crosshairs: 'scaleMidpoint' });
    expect(result.crosshair).toEqual({ importance: 3, performance: 3 });
    // item 3 (2.5, 5): 2.5 < 3 and 5 > 3 → still possible overkill; the rest as before.
    expect(result.items.map((item) => item.quadrant)).toEqual([
      'concentrateHere',
      'keepUpTheGoodWork',
      'lowPriority',
      'possibleOverkill',
    ]);
  });

  it('puts points on a cross-hair towards "concentrate here"', () => {
    // Midpoint 3. Item means: (3, 3) on both lines; (3, 4) on the importance line;
    // (2, 3) on the performance line; (4, 3) on the performance line.
    const onLines = pairedResponsesFromRows([
      { importance: [3, 3, 2, 4], performance: [3, 4, 3, 3] },
    ]);
    const result = importancePerformance(onLines, scale, {
      ...everyone,
      crosshairs: 'scaleMidpoint',
    });
    expect(
      result.items.map(({ quadrant, onImportanceCrosshair, onPerformanceCrosshair }) => [
        quadrant,
        onImportanceCrosshair,
        onPerformanceCrosshair,
      ]),
    ).toEqual([
      ['concentrateHere', true, true], // Ī = 3 counts high, P̄ = 3 counts low
      ['keepUpTheGoodWork', true, false], // Ī = 3 counts high, P̄ = 4 high
      ['lowPriority', false, true], // Ī = 2 low, P̄ = 3 counts low
      ['concentrateHere', false, true], // Ī = 4 high, P̄ = 3 counts low
    ]);
  });

  it('finds a point exactly on the grand-mean cross-hair even when the doubles are not exact', () => {
    // Item importance means 10/3 (4,3,3), 3 (3,3,·), 8/3 (3,3,2): grand mean (10/3 + 3 + 8/3)/3 = 3,
    // so item 1 lies on the importance cross-hair, whatever 10/3 + 8/3 rounds to.
    const thirds = pairedResponsesFromRows([
      { importance: [4, 3, 3], performance: [1, 1, 1] },
      { importance: [3, 3, 3], performance: [1, 1, 1] },
      { importance: [3, null, 2], performance: [1, 1, 1] },
    ]);
    const result = importancePerformance(thirds, scale, everyone);
    expect(result.items[1]).toMatchObject({ meanImportance: 3, onImportanceCrosshair: true });
    expect(result.items[0]?.onImportanceCrosshair).toBe(false);
  });

  it('leaves items without complete pairs unplotted', () => {
    const sparse = pairedResponsesFromRows([{ importance: [4, null], performance: [2, 3] }]);
    const result = importancePerformance(sparse, scale, everyone);
    expect(result.items[1]).toMatchObject({ quadrant: null, meanImportance: null, n: 0 });
    expect(result.quadrantCounts.concentrateHere).toBe(1);
  });

  it('gives no grand-mean cross-hairs when nothing can be plotted', () => {
    const empty = pairedResponsesFromRows([{ importance: [null], performance: [3] }]);
    expect(importancePerformance(empty, scale, everyone).crosshair).toEqual({
      importance: null,
      performance: null,
    });
  });

  it('rejects an unknown cross-hair placement with its location', () => {
    const options = { crosshairs: 'median' } as unknown as ImportancePerformanceOptions;
    expect(() => importancePerformance(data, scale, { ...everyone, ...options })).toThrow(
      /^options\.crosshairs:/,
    );
  });
});

describe('importancePerformance: properties', () => {
  const rowsArb = fc.integer({ min: 1, max: 8 }).chain((items) => {
    const side = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 5 }), {
      minLength: items,
      maxLength: items,
    });
    return fc.array(fc.record({ importance: side, performance: side }), {
      minLength: 1,
      maxLength: 20,
    });
  });
  const crosshairsArb = fc.constantFrom('grandMean' as const, 'scaleMidpoint' as const);

  it('puts every plotted item in exactly one quadrant: the counts sum to the scored items', () => {
    fc.assert(
      fc.property(rowsArb, crosshairsArb, (rows, crosshairs) => {
        const result = importancePerformance(pairedResponsesFromRows(rows), scale, {
          ...everyone,
          crosshairs,
        });
        const counts = Object.values(result.quadrantCounts).reduce((a, b) => a + b, 0);
        expect(counts).toBe(result.items.filter((item) => (item.n ?? 0) > 0).length);
      }),
    );
  });

  it('agrees with a direct reading of the rule', () => {
    fc.assert(
      fc.property(rowsArb, crosshairsArb, (rows, crosshairs) => {
        const result = importancePerformance(pairedResponsesFromRows(rows), scale, {
          ...everyone,
          crosshairs,
        });
        const { importance, performance } = result.crosshair;
        for (const item of result.items) {
          if (item.quadrant === null || importance === null || performance === null) continue;
          const mi = item.meanImportance ?? 0;
          const mp = item.meanPerformance ?? 0;
          // Away from the lines the doubles decide; on them the flags say which way it went.
          if (!item.onImportanceCrosshair) {
            expect(['concentrateHere', 'keepUpTheGoodWork'].includes(item.quadrant)).toBe(
              mi > importance,
            );
          }
          if (!item.onPerformanceCrosshair) {
            expect(['keepUpTheGoodWork', 'possibleOverkill'].includes(item.quadrant)).toBe(
              mp > performance,
            );
          }
        }
      }),
    );
  });

  it('does not depend on the order of the respondents', () => {
    fc.assert(
      fc.property(
        rowsArb.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        crosshairsArb,
        ([rows, shuffled], crosshairs) => {
          const a = importancePerformance(pairedResponsesFromRows(rows), scale, {
            ...everyone,
            crosshairs,
          });
          const b = importancePerformance(pairedResponsesFromRows(shuffled), scale, {
            ...everyone,
            crosshairs,
          });
          expect(b.items).toEqual(a.items);
          expect(b.crosshair).toEqual(a.crosshair);
        },
      ),
    );
  });
});

describe('importancePerformance: disclosure rule', () => {
  // Six people. Items 0 and 1 are answered by everyone, item 2 by two people only (k = 5).
  //   item 0: (5, 2) each → (Ī, P̄) = (5, 2).   item 1: (3, 4) each → (3, 4).
  //   item 2: (1, 1) → would pull the grand means to (3, 7/3).
  //   Cross-hairs over the published items: Ī = (5 + 3)/2 = 4, P̄ = (2 + 4)/2 = 3.
  const data = pairedResponsesFromRows(
    Array.from({ length: 6 }, (_, r) => ({
      importance: [5, 3, r < 2 ? 1 : null],
      performance: [2, 4, r < 2 ? 1 : null],
    })),
  );

  it('withholds an item of two people and leaves it out of the cross-hairs and counts', () => {
    const result = importancePerformance(data, scale);
    expect(result.disclosure).toEqual({ rule: 'minimumRespondents', k: 5 });
    expect(result.items[2]).toEqual({
      item: 2,
      meanImportance: null,
      meanPerformance: null,
      n: null,
      quadrant: null,
      onImportanceCrosshair: false,
      onPerformanceCrosshair: false,
      withheld: 'primary',
    });
    expect(result.crosshair).toEqual({ importance: 4, performance: 3 });
    expect(result.items.map((item) => item.quadrant)).toEqual([
      'concentrateHere',
      'possibleOverkill',
      null,
    ]);
    expect(result.quadrantCounts).toEqual({
      concentrateHere: 1,
      keepUpTheGoodWork: 0,
      lowPriority: 0,
      possibleOverkill: 1,
    });
    expect(result.n).toBe(12);
  });

  it('withholds a single respondent’s point (leak 6)', () => {
    const one = pairedResponsesFromRows([{ importance: [5, 2], performance: [1, 4] }]);
    const result = importancePerformance(one, scale);
    expect(result.items.every((item) => item.withheld === 'primary' && item.n === null)).toBe(true);
    expect(result.crosshair).toEqual({ importance: null, performance: null });
    expect(result.n).toBe(0);
  });

  it('names an unknown option', () => {
    expect(() =>
      importancePerformance(data, scale, {
        crosshair: 'grandMean',
      } as ImportancePerformanceOptions),
    ).toThrow(/^options\.crosshair: is not an option here/);
  });
});

describe('importancePerformance: disclosure properties', () => {
  const surveyArb = fc.integer({ min: 1, max: 5 }).chain((items) => {
    const side = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 3 }), {
      minLength: items,
      maxLength: items,
    });
    return fc.record({
      rows: fc.array(fc.record({ importance: side, performance: side }), {
        minLength: 1,
        maxLength: 14,
      }),
      k: fc.integer({ min: 2, max: 6 }),
      shift: fc.integer({ min: 1, max: 4 }),
    });
  });
  const completePairs = (rows: readonly PairedRow[], j: number) =>
    rows.filter((row) => row.importance[j] != null && row.performance[j] != null).length;

  it('publishes no point resting on fewer than k people; withheld points carry no numbers', () => {
    fc.assert(
      fc.property(surveyArb, ({ rows, k }) => {
        const result = importancePerformance(pairedResponsesFromRows(rows), scale, { k });
        for (const item of result.items) {
          const n = completePairs(rows, item.item);
          if (n > 0 && n < k) {
            expect(item).toMatchObject({
              meanImportance: null,
              meanPerformance: null,
              n: null,
              quadrant: null,
              withheld: 'primary',
            });
          } else {
            expect(item.withheld).toBeUndefined();
            expect(item.n).toBe(n);
          }
        }
      }),
    );
  });

  it('does not move a published point or cross-hair when answers to a withheld item change', () => {
    fc.assert(
      fc.property(surveyArb, ({ rows, k, shift }) => {
        const before = importancePerformance(pairedResponsesFromRows(rows), scale, { k });
        const withheld = new Set(
          before.items.filter((item) => item.withheld).map((item) => item.item),
        );
        const rotate = (ratings: readonly (number | null)[]) =>
          ratings.map((rating, j) =>
            rating === null || !withheld.has(j) ? rating : ((rating - 1 + shift) % 5) + 1,
          );
        const changed = rows.map((row) => ({
          importance: rotate(row.importance),
          performance: rotate(row.performance),
        }));
        const after = importancePerformance(pairedResponsesFromRows(changed), scale, { k });
        expect(after.items).toEqual(before.items);
        expect(after.crosshair).toEqual(before.crosshair);
        expect(after.quadrantCounts).toEqual(before.quadrantCounts);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  competencyMeanWeightedDiscrepancy,
  competitionRanks,
  meanWeightedDiscrepancy,
} from './borich.js';
import { pairedResponsesFromRows, type PairedRow } from './pairedResponses.js';
import { CapkitScoringError } from './scoringError.js';

const scale = { min: 1, max: 5 };
// The hand-worked examples are a few respondents: compute them without the disclosure rule
// (k = 1), which the tests under "disclosure" check on its own.
const everyone = { k: 1, allowSmallGroups: true } as const;

describe('meanWeightedDiscrepancy: hand-worked values (scale 1–5)', () => {
  // Three respondents × two items:
  //   item 0: (I, P) = (5,3), (4,2), (5,4) → D = 2, 2, 1 → D̄ = 5/3; Ī = 14/3;
  //           MWDS = 5/3 × 14/3 = 70/9 ≈ 7.778 (per respondent: (2 + 2 + 1) × 14/3 / 3, the same).
  //   item 1: (I, P) = (4,4), (3,3), (2,1) → D = 0, 0, 1 → D̄ = 1/3; Ī = 9/3 = 3; MWDS = 1.
  const rows: PairedRow[] = [
    { importance: [5, 4], performance: [3, 4] },
    { importance: [4, 3], performance: [2, 3] },
    { importance: [5, 2], performance: [4, 1] },
  ];

  it('weights each item’s mean discrepancy by its mean importance', () => {
    const result = meanWeightedDiscrepancy(pairedResponsesFromRows(rows), scale, everyone);
    expect(result.items[0]?.meanWeightedDiscrepancy).toBeCloseTo(70 / 9, 14);
    expect(result.items[0]).toMatchObject({ n: 3, rank: 1 });
    expect(result.items[0]?.meanDiscrepancy).toBeCloseTo(5 / 3, 14);
    expect(result.items[0]?.meanImportance).toBeCloseTo(14 / 3, 14);
    expect(result.items[1]).toEqual({
      item: 1,
      meanWeightedDiscrepancy: 1,
      meanDiscrepancy: 1 / 3,
      meanImportance: 3,
      n: 3,
      importanceN: 3,
      rank: 2,
    });
    expect(result.ranking).toEqual([0, 1]);
    expect(result).toMatchObject({
      method: 'borich1980',
      discrepancyBasis: 'completePairs',
      importanceBasis: 'completePairs',
      tieRule: 'competition',
      disclosure: { rule: 'minimumRespondents', k: 1 },
      n: 6,
    });
  });

  it('takes Ī from the complete pairs only, not from every importance rating', () => {
    // A fourth respondent rates item 0's importance as 1 but skips its performance, and rates
    // item 1 as (5, 5).
    //   item 0: complete pairs unchanged → MWDS stays 70/9. Had Ī used all importance ratings it
    //           would be (14 + 1) / 4 = 15/4 and MWDS = 5/3 × 15/4 = 6.25 — not what we report.
    //   item 1: D = 0, 0, 1, 0 → D̄ = 1/4; Ī = (4 + 3 + 2 + 5) / 4 = 7/2; MWDS = 7/8 = 0.875.
    const data = pairedResponsesFromRows([...rows, { importance: [1, 5], performance: [null, 5] }]);
    const result = meanWeightedDiscrepancy(data, scale, everyone);
    expect(result.items[0]?.meanWeightedDiscrepancy).toBeCloseTo(70 / 9, 14);
    expect(result.items[0]?.meanWeightedDiscrepancy).not.toBeCloseTo(6.25, 2);
    expect(result.items[0]?.n).toBe(3);
    expect(result.items[1]?.meanWeightedDiscrepancy).toBe(0.875);
    expect(result.items[1]?.n).toBe(4);
  });

  it('gives tied items the same rank and skips the next ("1, 2, 2, 4")', () => {
    // item 0: one pair (4,3) → D̄ = 1, Ī = 4 → MWDS 4.
    // item 1: two pairs (4,3), (4,3) → D̄ = 1, Ī = 4 → MWDS 4 (equal to item 0, different n).
    // item 2: two pairs (5,1), (5,1) → D̄ = 4, Ī = 5 → MWDS 20.
    // item 3: two pairs (3,3), (3,3) → MWDS 0.
    const data = pairedResponsesFromRows([
      { importance: [4, 4, 5, 3], performance: [3, 3, 1, 3] },
      { importance: [null, 4, 5, 3], performance: [null, 3, 1, 3] },
    ]);
    const result = meanWeightedDiscrepancy(data, scale, everyone);
    expect(result.items.map((item) => item.meanWeightedDiscrepancy)).toEqual([4, 4, 20, 0]);
    expect(result.items.map((item) => item.rank)).toEqual([2, 2, 1, 4]);
    expect(result.ranking).toEqual([2, 0, 1, 3]);
  });

  it('leaves an item without complete pairs unscored and unranked', () => {
    const data = pairedResponsesFromRows([
      { importance: [4, null], performance: [2, 3] },
      { importance: [3, 5], performance: [3, null] },
    ]);
    const result = meanWeightedDiscrepancy(data, scale, everyone);
    expect(result.items[1]).toEqual({
      item: 1,
      meanWeightedDiscrepancy: null,
      meanDiscrepancy: null,
      meanImportance: null,
      n: 0,
      importanceN: 0,
      rank: null,
    });
    expect(result.ranking).toEqual([0]);
  });

  it('rejects a byte off the scale with its location', () => {
    const data = pairedResponsesFromRows([{ importance: [4, 3], performance: [2, 0] }]);
    expect(() => meanWeightedDiscrepancy(data, scale)).toThrow(
      new CapkitScoringError(
        'performance[row 0][item 1]',
        'is 0, neither missing (255) nor on the scale 1–5',
      ),
    );
  });
});

describe('competitionRanks: ties decided exactly', () => {
  const rank = (values: number[], compare: (a: number, b: number) => number): number[] => {
    const v = Float64Array.from(values);
    const ranks = new Float64Array(values.length);
    competitionRanks(v, v.map(Math.abs), compare, Int32Array.from(values.keys()), ranks);
    return Array.from(ranks);
  };

  it('ties two doubles one ulp apart when they are equal as fractions', () => {
    // 0.1 + 0.2 = 0.30000000000000004 in doubles; if both stand for 3/10 they tie.
    expect(rank([0.1 + 0.2, 0.3, 0.5], () => 0)).toEqual([2, 2, 1]);
  });

  it('orders close doubles by their exact values, not by their rounding', () => {
    // The doubles put unit 0 first, but the exact comparison says unit 1 is larger.
    const exactlyUnit1Larger = (a: number, b: number): number => (a === b ? 0 : a === 1 ? 1 : -1);
    expect(rank([0.1 + 0.2, 0.3, 0.5], exactlyUnit1Larger)).toEqual([3, 2, 1]);
  });

  it('never asks the exact comparison about values far apart', () => {
    expect(
      rank([3, 1, 2], () => {
        throw new Error('not needed');
      }),
    ).toEqual([1, 3, 2]);
  });

  it('leaves unscored (NaN) units unranked', () => {
    expect(rank([Number.NaN, 1, Number.NaN, 2], () => 0)).toEqual([Number.NaN, 2, Number.NaN, 1]);
  });
});

describe('competencyMeanWeightedDiscrepancy', () => {
  // Item MWDS as in the tie example above: 4, 4, 20, 0 (n = 1, 2, 2, 2).
  const data = pairedResponsesFromRows([
    { importance: [4, 4, 5, 3], performance: [3, 3, 1, 3] },
    { importance: [null, 4, 5, 3], performance: [null, 3, 1, 3] },
  ]);

  it('averages the item MWDS of each competency: (4 + 4) / 2 = 4 and (20 + 0) / 2 = 10', () => {
    const result = competencyMeanWeightedDiscrepancy(data, scale, [0, 0, 1, 1], everyone);
    expect(result.competencies).toEqual([
      {
        competency: 0,
        meanWeightedDiscrepancy: 4,
        items: 2,
        itemsUsed: [0, 1],
        itemsWithheld: [],
        n: 3,
        rank: 2,
      },
      {
        competency: 1,
        meanWeightedDiscrepancy: 10,
        items: 2,
        itemsUsed: [2, 3],
        itemsWithheld: [],
        n: 4,
        rank: 1,
      },
    ]);
    expect(result.ranking).toEqual([1, 0]);
    expect(result.aggregation).toBe('meanOfPublishedItemScores');
    expect(result.itemScores.items.map((item) => item.rank)).toEqual([2, 2, 1, 4]);
  });

  it('leaves out unscored items and reports empty competencies as unscored', () => {
    // Item 1 is made unscored; competency 0 is then item 0 alone (MWDS 4).
    const sparse = pairedResponsesFromRows([
      { importance: [4, null, 5, 3], performance: [3, 3, 1, 3] },
      { importance: [null, 4, 5, 3], performance: [null, null, 1, 3] },
    ]);
    const result = competencyMeanWeightedDiscrepancy(sparse, scale, [0, 0, 1, 1], {
      ...everyone,
      competencies: 3,
    });
    expect(result.competencies[0]).toMatchObject({ meanWeightedDiscrepancy: 4, itemsUsed: [0] });
    expect(result.competencies[2]).toEqual({
      competency: 2,
      meanWeightedDiscrepancy: null,
      items: 0,
      itemsUsed: [],
      itemsWithheld: [],
      n: 0,
      rank: null,
    });
  });

  it('names a bad item → competency map', () => {
    expect(() => competencyMeanWeightedDiscrepancy(data, scale, [0, 1], everyone)).toThrow(
      /^competencyOfItem\.length/,
    );
    expect(() => competencyMeanWeightedDiscrepancy(data, scale, [0, -1, 0, 1], everyone)).toThrow(
      /^competencyOfItem\[1\]/,
    );
    expect(() => competencyMeanWeightedDiscrepancy(data, scale, [0, 1.5, 0, 1], everyone)).toThrow(
      /^competencyOfItem\[1\]/,
    );
    expect(() =>
      competencyMeanWeightedDiscrepancy(data, scale, [0, 0, 1, 2], {
        ...everyone,
        competencies: 2,
      }),
    ).toThrow(/^options\.competencies/);
  });
});

describe('meanWeightedDiscrepancy: properties', () => {
  const rowsArb = fc.integer({ min: 1, max: 6 }).chain((items) => {
    const side = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 6 }), {
      minLength: items,
      maxLength: items,
    });
    return fc.array(fc.record({ importance: side, performance: side }), {
      minLength: 1,
      maxLength: 25,
    });
  });

  it('does not depend on the order of the respondents', () => {
    fc.assert(
      fc.property(
        rowsArb.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        ([rows, shuffled]) => {
          const a = meanWeightedDiscrepancy(pairedResponsesFromRows(rows), scale, everyone);
          const b = meanWeightedDiscrepancy(pairedResponsesFromRows(shuffled), scale, everyone);
          expect(b.items).toEqual(a.items);
          expect(b.ranking).toEqual(a.ranking);
        },
      ),
    );
  });

  it('has the sign of the mean discrepancy (Ī ≥ 1 on a 1–5 scale) and equals D̄ × Ī', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        for (const item of meanWeightedDiscrepancy(pairedResponsesFromRows(rows), scale, everyone)
          .items) {
          if (item.meanWeightedDiscrepancy === null) continue;
          expect(Math.sign(item.meanWeightedDiscrepancy)).toBe(
            Math.sign(item.meanDiscrepancy ?? 0),
          );
          expect(item.meanWeightedDiscrepancy).toBeCloseTo(
            (item.meanDiscrepancy ?? 0) * (item.meanImportance ?? 0),
            12,
          );
        }
      }),
    );
  });

  it('ranks each scored item 1 + the number of items with a higher MWDS', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { items, ranking } = meanWeightedDiscrepancy(
          pairedResponsesFromRows(rows),
          scale,
          everyone,
        );
        const scored = items.filter((item) => item.meanWeightedDiscrepancy !== null);
        for (const item of scored) {
          const higher = scored.filter(
            (other) => (other.meanWeightedDiscrepancy ?? 0) > (item.meanWeightedDiscrepancy ?? 0),
          ).length;
          expect(item.rank).toBe(higher + 1);
        }
        expect(ranking).toHaveLength(scored.length);
      }),
    );
  });
});

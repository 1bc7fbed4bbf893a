import { competitionRanks } from './competitionRanks.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competencyMeanWeightedDiscrepancy, meanWeightedDiscrepancy } from './borich.js';
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

describe('meanWeightedDiscrepancy: importanceBasis', () => {
  // Four respondents × two items (scale 1–5); respondent 3 rates item 0's importance only.
  //   item 0: complete pairs (5,3), (4,2), (5,4) → ΣD = 2 + 2 + 1 = 5, n = 3, D̄ = 5/3.
  //     'completePairs': Ī = (5 + 4 + 5) / 3 = 14/3 → MWDS = 5/3 × 14/3 = 70/9 ≈ 7.778.
  //     'allRatings':    Ī = (5 + 4 + 5 + 1) / 4 = 15/4 → MWDS = 5/3 × 15/4 = 25/4 = 6.25.
  //   item 1: everyone gave both: (4,4), (3,3), (2,1), (5,5) → D̄ = 1/4, Ī = 14/4 = 7/2 under
  //     either basis → MWDS = 7/8 = 0.875.
  const rows: PairedRow[] = [
    { importance: [5, 4], performance: [3, 4] },
    { importance: [4, 3], performance: [2, 3] },
    { importance: [5, 2], performance: [4, 1] },
    { importance: [1, 5], performance: [null, 5] },
  ];

  it('takes Ī over every importance rating under allRatings, D̄ still over complete pairs', () => {
    const result = meanWeightedDiscrepancy(pairedResponsesFromRows(rows), scale, {
      ...everyone,
      importanceBasis: 'allRatings',
    });
    expect(result.importanceBasis).toBe('allRatings');
    expect(result.items[0]).toEqual({
      item: 0,
      meanWeightedDiscrepancy: 6.25,
      meanDiscrepancy: 5 / 3,
      meanImportance: 3.75,
      n: 3,
      importanceN: 4,
      rank: 1,
    });
    expect(result.items[1]).toEqual({
      item: 1,
      meanWeightedDiscrepancy: 0.875,
      meanDiscrepancy: 0.25,
      meanImportance: 3.5,
      n: 4,
      importanceN: 4,
      rank: 2,
    });
    expect(result.n).toBe(7);
  });

  it('keeps the complete-pairs weight by default, and says so', () => {
    const result = meanWeightedDiscrepancy(pairedResponsesFromRows(rows), scale, everyone);
    expect(result.importanceBasis).toBe('completePairs');
    expect(result.items[0]?.meanWeightedDiscrepancy).toBeCloseTo(70 / 9, 14);
    expect(result.items[0]).toMatchObject({ n: 3, importanceN: 3 });
  });

  it('ties exactly under allRatings: 2 × 3 / (1 × 2) = 3 = 1 × 3 / (1 × 1)', () => {
    // item 0: one pair (4, 2) and one importance-only rating 2 → D̄ = 2, Ī = 6/2 = 3 → MWDS 6.
    // item 1: one pair (3, 1) → D̄ = 2, Ī = 3 → MWDS 6. Equal as fractions: rank 1 and 1.
    const data = pairedResponsesFromRows([
      { importance: [4, 3], performance: [2, 1] },
      { importance: [2, null], performance: [null, null] },
    ]);
    const result = meanWeightedDiscrepancy(data, scale, {
      ...everyone,
      importanceBasis: 'allRatings',
    });
    expect(result.items.map((item) => [item.meanWeightedDiscrepancy, item.rank])).toEqual([
      [6, 1],
      [6, 1],
    ]);
  });

  it('applies k to the importance ratings too under allRatings', () => {
    // Item 1 has no complete pair but two importance ratings: unscored under 'completePairs'
    // (nothing rests on anyone), withheld under 'allRatings' (Ī would rest on two people).
    // Item 0: everyone (4, 2) → D̄ = 2, Ī = 4 → MWDS 8.
    const five = Array.from({ length: 5 }, (_, r) => ({
      importance: [4, r < 2 ? 5 : null],
      performance: [2, null],
    }));
    const data = pairedResponsesFromRows(five);
    const pairs = meanWeightedDiscrepancy(data, scale, { k: 3 });
    expect(pairs.items[1]).toEqual({
      item: 1,
      meanWeightedDiscrepancy: null,
      meanDiscrepancy: null,
      meanImportance: null,
      n: 0,
      importanceN: 0,
      rank: null,
    });
    const all = meanWeightedDiscrepancy(data, scale, { k: 3, importanceBasis: 'allRatings' });
    expect(all.items[1]).toEqual({
      item: 1,
      meanWeightedDiscrepancy: null,
      meanDiscrepancy: null,
      meanImportance: null,
      n: null,
      importanceN: null,
      rank: null,
      withheld: 'primary',
    });
    expect(all.items[0]).toMatchObject({ meanWeightedDiscrepancy: 8, n: 5, importanceN: 5 });
  });

  it('names an unknown basis and an unknown option', () => {
    const data = pairedResponsesFromRows(rows);
    expect(() =>
      meanWeightedDiscrepancy(data, scale, {
        importanceBasis: 'everyone' as 'allRatings',
      }),
    ).toThrow(/^options\.importanceBasis: must be 'completePairs' or 'allRatings'/);
    expect(() =>
      meanWeightedDiscrepancy(data, scale, { importancebasis: 'allRatings' } as never),
    ).toThrow(/^options\.importancebasis: is not an option here/);
  });
});

describe('meanWeightedDiscrepancy: disclosure rule', () => {
  it('withholds an item resting on one respondent (leak 6): no score, no n, no rank', () => {
    // One person: D = (4, 2), Ī = (5, 4) → their own MWDS (20, 8) would be shown as "the need".
    const data = pairedResponsesFromRows([{ importance: [5, 4], performance: [1, 2] }]);
    const result = meanWeightedDiscrepancy(data, scale);
    expect(result.disclosure).toEqual({ rule: 'minimumRespondents', k: 5 });
    expect(result.items).toEqual(
      [0, 1].map((item) => ({
        item,
        meanWeightedDiscrepancy: null,
        meanDiscrepancy: null,
        meanImportance: null,
        n: null,
        importanceN: null,
        rank: null,
        withheld: 'primary',
      })),
    );
    expect(result.ranking).toEqual([]);
    expect(result.n).toBe(0);
  });

  it('ranks and totals the published items only', () => {
    // Items 0 and 2 rest on 5 people, item 1 on 4 (withheld under k = 5).
    //   item 0: everyone (5, 2) → MWDS 3 × 5 = 15.  item 2: everyone (4, 3) → 1 × 4 = 4.
    //   item 1: four people (5, 1) → 4 × 5 = 20, which would rank first.
    const data = pairedResponsesFromRows(
      Array.from({ length: 5 }, (_, r) => ({
        importance: [5, r < 4 ? 5 : null, 4],
        performance: [2, 1, 3],
      })),
    );
    const result = meanWeightedDiscrepancy(data, scale);
    expect(result.items.map((item) => [item.meanWeightedDiscrepancy, item.rank, item.n])).toEqual([
      [15, 1, 5],
      [null, null, null],
      [4, 2, 5],
    ]);
    expect(result.ranking).toEqual([0, 2]);
    expect(result.n).toBe(10);
  });

  it('refuses k below 2 unless small groups are allowed, and k that is not a whole number', () => {
    const data = pairedResponsesFromRows([{ importance: [5], performance: [1] }]);
    expect(() => meanWeightedDiscrepancy(data, scale, { k: 1 })).toThrow(
      /^options\.k: below 2 publishes single people’s answers/,
    );
    expect(() => meanWeightedDiscrepancy(data, scale, { k: 2.5 })).toThrow(/^options\.k:/);
    expect(() => meanWeightedDiscrepancy(data, scale, { k: 0, allowSmallGroups: true })).toThrow(
      /^options\.k:/,
    );
    expect(meanWeightedDiscrepancy(data, scale, everyone).items[0]?.meanWeightedDiscrepancy).toBe(
      20,
    );
  });
});

describe('competencyMeanWeightedDiscrepancy: disclosure rule', () => {
  it('leaves a withheld item out of its competency, so the competency cannot reveal it', () => {
    // Six people. Competency 0 = items 0, 1; item 1 is answered by two people only (k = 5).
    //   item 0: everyone (5, 3) → 2 × 5 = 10.   item 1: two people (5, 1) → 4 × 5 = 20.
    //   Competency 0 is item 0 alone: 10 (with item 1 it would be 15, and 2 × 15 − 10 = 20
    //   would give item 1 back). Competency 1 = item 2: everyone (3, 3) → 0.
    //   Competency 2 = item 3, which only the two answer: withheld as a whole.
    const data = pairedResponsesFromRows(
      Array.from({ length: 6 }, (_, r) => ({
        importance: [5, r < 2 ? 5 : null, 3, r < 2 ? 4 : null],
        performance: [3, r < 2 ? 1 : null, 3, r < 2 ? 4 : null],
      })),
    );
    const result = competencyMeanWeightedDiscrepancy(data, scale, [0, 0, 1, 2]);
    expect(result.competencies).toEqual([
      {
        competency: 0,
        meanWeightedDiscrepancy: 10,
        items: 2,
        itemsUsed: [0],
        itemsWithheld: [1],
        n: 6,
        rank: 1,
      },
      {
        competency: 1,
        meanWeightedDiscrepancy: 0,
        items: 1,
        itemsUsed: [2],
        itemsWithheld: [],
        n: 6,
        rank: 2,
      },
      {
        competency: 2,
        meanWeightedDiscrepancy: null,
        items: 1,
        itemsUsed: [],
        itemsWithheld: [3],
        n: null,
        rank: null,
        withheld: 'primary',
      },
    ]);
    expect(result.ranking).toEqual([0, 1]);
    expect(result.n).toBe(12);
    expect(result.disclosure).toEqual({ rule: 'minimumRespondents', k: 5 });
  });
});

describe('Borich disclosure: properties', () => {
  // Up to 14 respondents × 1–5 items, about one rating in four missing, k from 2 to 6.
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
      // Other ratings for the same cells, used to change answers without changing who answered.
      other: fc.array(fc.integer({ min: 1, max: 5 }), {
        minLength: 14 * items,
        maxLength: 14 * items,
      }),
      items: fc.constant(items),
      k: fc.integer({ min: 2, max: 6 }),
      importanceBasis: fc.constantFrom('completePairs' as const, 'allRatings' as const),
    });
  });
  // Counted straight from the rows, apart from the engine.
  const completePairs = (rows: readonly PairedRow[], j: number) =>
    rows.filter((row) => row.importance[j] != null && row.performance[j] != null).length;
  const importanceRatings = (rows: readonly PairedRow[], j: number) =>
    rows.filter((row) => row.importance[j] != null).length;
  const small = (n: number, k: number) => n > 0 && n < k;

  it('publishes no item resting on fewer than k people, and withheld items carry no numbers', () => {
    fc.assert(
      fc.property(surveyArb, ({ rows, items, k, importanceBasis }) => {
        const result = meanWeightedDiscrepancy(pairedResponsesFromRows(rows), scale, {
          k,
          importanceBasis,
        });
        for (let j = 0; j < items; j += 1) {
          const item = result.items[j];
          const mustWithhold =
            small(completePairs(rows, j), k) ||
            (importanceBasis === 'allRatings' && small(importanceRatings(rows, j), k));
          if (mustWithhold) {
            expect(item).toEqual({
              item: j,
              meanWeightedDiscrepancy: null,
              meanDiscrepancy: null,
              meanImportance: null,
              n: null,
              importanceN: null,
              rank: null,
              withheld: 'primary',
            });
          } else {
            expect(item?.withheld).toBeUndefined();
            expect(item?.n).toBe(completePairs(rows, j));
          }
        }
        const published = result.items.filter((item) => item.withheld === undefined);
        expect(result.n).toBe(published.reduce((sum, item) => sum + (item.n ?? 0), 0));
        expect(result.ranking.every((j) => result.items[j]?.withheld === undefined)).toBe(true);
      }),
    );
  });

  it('does not change a published figure when answers to a withheld item change', () => {
    fc.assert(
      fc.property(surveyArb, ({ rows, other, items, k, importanceBasis }) => {
        const options = { k, importanceBasis };
        const map = Array.from({ length: items }, (_, j) => j % 2);
        const before = competencyMeanWeightedDiscrepancy(
          pairedResponsesFromRows(rows),
          scale,
          map,
          options,
        );
        const withheld = new Set(
          before.itemScores.items.filter((item) => item.withheld).map((item) => item.item),
        );
        // Same people answer the same cells; withheld items get other ratings.
        const changed = rows.map((row, r) => {
          const swap = (ratings: readonly (number | null)[], side: number) =>
            ratings.map((rating, j) =>
              rating === null || !withheld.has(j)
                ? rating
                : (other[(r * items + j + side) % other.length] ?? rating),
            );
          return { importance: swap(row.importance, 0), performance: swap(row.performance, 1) };
        });
        const after = competencyMeanWeightedDiscrepancy(
          pairedResponsesFromRows(changed),
          scale,
          map,
          options,
        );
        expect(after.competencies).toEqual(before.competencies);
        expect(after.itemScores.items).toEqual(before.itemScores.items);
        expect(after.ranking).toEqual(before.ranking);
      }),
    );
  });

  it('does not change when people who answer only a withheld item join, while it stays withheld', () => {
    fc.assert(
      fc.property(surveyArb, fc.nat(), fc.integer({ min: 1, max: 5 }), (survey, pick, joiners) => {
        const { rows, items, k, importanceBasis } = survey;
        const j = pick % items;
        // Only where that is true: the item must still rest on fewer than k people afterwards.
        fc.pre(completePairs(rows, j) + joiners < k && importanceRatings(rows, j) + joiners < k);
        const options = { k, importanceBasis };
        const map = Array.from({ length: items }, (_, i) => i % 2);
        const joined = [
          ...rows,
          ...Array.from({ length: joiners }, () => ({
            importance: Array.from({ length: items }, (_, i) => (i === j ? 5 : null)),
            performance: Array.from({ length: items }, (_, i) => (i === j ? 1 : null)),
          })),
        ];
        const before = competencyMeanWeightedDiscrepancy(
          pairedResponsesFromRows(rows),
          scale,
          map,
          options,
        );
        const after = competencyMeanWeightedDiscrepancy(
          pairedResponsesFromRows(joined),
          scale,
          map,
          options,
        );
        expect(after.itemScores.items[j]?.withheld).toBe('primary');
        const others = (result: typeof before) =>
          result.itemScores.items.filter((item) => item.item !== j);
        expect(others(after)).toEqual(others(before));
        expect(after.competencies.map((c) => c.meanWeightedDiscrepancy)).toEqual(
          before.competencies.map((c) => c.meanWeightedDiscrepancy),
        );
        expect(after.ranking).toEqual(before.ranking);
        expect(after.n).toBe(before.n);
      }),
    );
  });
});

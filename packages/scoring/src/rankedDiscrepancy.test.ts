import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanWeightedDiscrepancy } from './borich.js';
import {
  pairedResponsesFromRows,
  type PairedResponses,
  type PairedRow,
} from './pairedResponses.js';
import { createRandom } from './random.js';
import { rankedDiscrepancy } from './rankedDiscrepancy.js';

const scale = { min: 1, max: 5 };
// The hand-worked examples are a few respondents: compute them without the disclosure rule
// (k = 1); the tests under "disclosure" check the rule on its own.
const everyone = { k: 1, allowSmallGroups: true } as const;

// Two respondents × three items, worked by hand:
//   respondent 0: D = (5−3, 3−3, 4−3) = (2, 0, 1) → ranks (3, 1, 2) → u = (R − 1)/(3 − 1) = (1, 0, 0.5)
//   respondent 1: D = (4−3, 4−3, 3−3) = (1, 1, 0) → items 0 and 1 tie for ranks 2 and 3 → mid-rank 2.5
//                 → ranks (2.5, 2.5, 1) → u = (0.75, 0.75, 0)
//   item scores: (1 + 0.75)/2 = 0.875, (0 + 0.75)/2 = 0.375, (0.5 + 0)/2 = 0.25
//   mean ranks:  (3 + 2.5)/2 = 2.75,  (1 + 2.5)/2 = 1.75,  (2 + 1)/2 = 1.5
const handRows: PairedRow[] = [
  { importance: [5, 3, 4], performance: [3, 3, 3] },
  { importance: [4, 4, 3], performance: [3, 3, 3] },
];

describe('rankedDiscrepancy: hand-worked values', () => {
  it('averages each item’s within-respondent relative rank, ties at mid-rank', () => {
    const result = rankedDiscrepancy(pairedResponsesFromRows(handRows), scale, everyone);
    expect(result.items).toEqual([
      { item: 0, meanRelativeRank: 0.875, meanRank: 2.75, n: 2, rank: 1 },
      { item: 1, meanRelativeRank: 0.375, meanRank: 1.75, n: 2, rank: 2 },
      { item: 2, meanRelativeRank: 0.25, meanRank: 1.5, n: 2, rank: 3 },
    ]);
    expect(result).toMatchObject({
      method: 'withinRespondentMidRank',
      withinRespondentTies: 'midRank',
      tieRule: 'competition',
      respondentsUsed: 2,
      respondentsSkipped: 0,
      n: 6,
    });
    expect(result.ranking).toEqual([0, 1, 2]);
  });

  it('skips respondents with fewer than two complete pairs', () => {
    const result = rankedDiscrepancy(
      pairedResponsesFromRows([
        ...handRows,
        { importance: [5, null, 2], performance: [1, 4, null] },
      ]),
      scale,
      everyone,
    );
    expect(result.respondentsSkipped).toBe(1);
    expect(result.items.map((item) => item.meanRelativeRank)).toEqual([0.875, 0.375, 0.25]);
  });

  it('scales ranks so respondents who ranked fewer items weigh the same', () => {
    // A third respondent ranks items 0 and 2 only: D = (5−2, ·, 3−2) = (3, ·, 1) → u = (1, ·, 0).
    //   item 0: (1 + 0.75 + 1)/3 = 11/12; item 1 unchanged 0.375; item 2: (0.5 + 0 + 0)/3 = 1/6.
    const result = rankedDiscrepancy(
      pairedResponsesFromRows([
        ...handRows,
        { importance: [5, null, 3], performance: [2, null, 2] },
      ]),
      scale,
      everyone,
    );
    expect(result.items[0]?.meanRelativeRank).toBeCloseTo(11 / 12, 14);
    expect(result.items[1]?.meanRelativeRank).toBe(0.375);
    expect(result.items[2]?.meanRelativeRank).toBeCloseTo(1 / 6, 14);
    expect(result.items.map((item) => item.n)).toEqual([3, 2, 3]);
  });

  it('gives tied items the same rank', () => {
    // Both respondents: D = (1, 1, 0) → u = (0.75, 0.75, 0) → items 0 and 1 tie at rank 1.
    const result = rankedDiscrepancy(
      pairedResponsesFromRows([handRows[1] as PairedRow, handRows[1] as PairedRow]),
      scale,
      everyone,
    );
    expect(result.items.map((item) => item.rank)).toEqual([1, 1, 3]);
  });
});

function spearman(a: readonly number[], b: readonly number[]): number {
  const midRanks = (x: readonly number[]): number[] =>
    x.map((v) => x.filter((w) => w < v).length + (x.filter((w) => w === v).length + 1) / 2);
  const ra = midRanks(a);
  const rb = midRanks(b);
  const mean = (ra.length + 1) / 2;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  ra.forEach((x, k) => {
    const y = rb[k] ?? 0;
    sab += (x - mean) * (y - mean);
    saa += (x - mean) ** 2;
    sbb += (y - mean) ** 2;
  });
  return sab / Math.sqrt(saa * sbb);
}

describe('rankedDiscrepancy agrees with Borich', () => {
  it('has Spearman ρ > 0.8 with the MWDS on a simulated needs survey', () => {
    // 150 respondents × 12 items on a 1–5 scale: each item has its own typical importance and
    // performance, each respondent a personal offset (some rate everything higher), plus noise.
    const random = createRandom(2021);
    const respondents = 150;
    const items = 12;
    const typicalImportance = Array.from({ length: items }, () => 3 + 2 * random());
    const typicalPerformance = Array.from({ length: items }, () => 1.5 + 2.5 * random());
    const clamp = (x: number): number => Math.min(5, Math.max(1, Math.round(x)));
    const importance = new Uint8Array(respondents * items);
    const performance = new Uint8Array(respondents * items);
    for (let r = 0; r < respondents; r += 1) {
      const offset = random() - 0.5;
      for (let j = 0; j < items; j += 1) {
        importance[r * items + j] = clamp((typicalImportance[j] ?? 0) + offset + random() - 0.5);
        performance[r * items + j] = clamp(
          (typicalPerformance[j] ?? 0) + offset + 1.6 * (random() - 0.5),
        );
      }
    }
    const data: PairedResponses = { respondents, items, importance, performance };
    const borich = meanWeightedDiscrepancy(data, scale).items.map(
      (i) => i.meanWeightedDiscrepancy ?? 0,
    );
    const ranked = rankedDiscrepancy(data, scale, everyone).items.map(
      (i) => i.meanRelativeRank ?? 0,
    );
    expect(spearman(borich, ranked)).toBeGreaterThan(0.8);
  });
});

describe('rankedDiscrepancy: properties', () => {
  const completeRowsArb = fc.integer({ min: 2, max: 6 }).chain((items) => {
    const side = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: items, maxLength: items });
    return fc.array(fc.record({ importance: side, performance: side }), {
      minLength: 1,
      maxLength: 20,
    });
  });
  const rowsArb = fc.integer({ min: 1, max: 6 }).chain((items) => {
    const side = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 }), {
      minLength: items,
      maxLength: items,
    });
    return fc.array(fc.record({ importance: side, performance: side }), {
      minLength: 1,
      maxLength: 20,
    });
  });

  it('keeps every score in [0, 1]', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        for (const item of rankedDiscrepancy(pairedResponsesFromRows(rows), scale, everyone)
          .items) {
          if (item.meanRelativeRank === null) continue;
          expect(item.meanRelativeRank).toBeGreaterThanOrEqual(0);
          expect(item.meanRelativeRank).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('averages exactly 0.5 over the items when every pair is complete', () => {
    // Each respondent's scaled ranks sum to Σ(R − 1)/(m − 1) = (m(m + 1)/2 − m)/(m − 1) = m/2.
    fc.assert(
      fc.property(completeRowsArb, (rows) => {
        const scores = rankedDiscrepancy(pairedResponsesFromRows(rows), scale, everyone).items.map(
          (item) => item.meanRelativeRank ?? 0,
        );
        expect(scores.reduce((a, b) => a + b, 0) / scores.length).toBeCloseTo(0.5, 12);
      }),
    );
  });

  it('does not depend on the order of the respondents', () => {
    fc.assert(
      fc.property(
        rowsArb.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        ([rows, shuffled]) => {
          const a = rankedDiscrepancy(pairedResponsesFromRows(rows), scale, everyone);
          const b = rankedDiscrepancy(pairedResponsesFromRows(shuffled), scale, everyone);
          a.items.forEach((item, j) => {
            const other = b.items[j];
            expect(other?.rank).toBe(item.rank);
            expect(other?.n).toBe(item.n);
            if (item.meanRelativeRank !== null) {
              expect(other?.meanRelativeRank).toBeCloseTo(item.meanRelativeRank, 12);
            }
          });
        },
      ),
    );
  });

  it('does not change when every rating shifts by the same amount (only gaps’ order counts)', () => {
    fc.assert(
      fc.property(completeRowsArb, (rows) => {
        const shifted = rows.map((row) => ({
          importance: row.importance.map((v) => v + 2),
          performance: row.performance.map((v) => v + 2),
        }));
        const a = rankedDiscrepancy(pairedResponsesFromRows(rows), scale, everyone);
        const b = rankedDiscrepancy(pairedResponsesFromRows(shifted), { min: 3, max: 7 }, everyone);
        expect(b.items).toEqual(a.items);
      }),
    );
  });
});

describe('rankedDiscrepancy: disclosure rule', () => {
  // Three people, three items; gaps D = I − P:
  //   r0: (2, 0, 1)   r1: (1, 0, 3)   r2: (3, 1, ·) — r2 did not rate item 2.
  // Under k = 3 item 2 (two people) is withheld and left out of every ranking:
  //   r0 ranks (2, 0) → relative ranks (1, 0); r1 (1, 0) → (1, 0); r2 (3, 1) → (1, 0).
  //   item 0 = 1, item 1 = 0, each over n = 3.
  // Kept in (k = 1), item 0 would be (1 + 1/2 + 1) / 3 = 5/6: it would carry item 2's answers.
  const rows: PairedRow[] = [
    { importance: [4, 3, 4], performance: [2, 3, 3] },
    { importance: [4, 3, 5], performance: [3, 3, 2] },
    { importance: [5, 3, null], performance: [2, 2, null] },
  ];

  it('withholds an item ranked by fewer than k people and ranks the rest without it', () => {
    const result = rankedDiscrepancy(pairedResponsesFromRows(rows), scale, { k: 3 });
    expect(result.disclosure).toEqual({ rule: 'minimumRespondents', k: 3 });
    expect(result.items).toEqual([
      { item: 0, meanRelativeRank: 1, meanRank: 2, n: 3, rank: 1 },
      { item: 1, meanRelativeRank: 0, meanRank: 1, n: 3, rank: 2 },
      { item: 2, meanRelativeRank: null, meanRank: null, n: null, rank: null, withheld: 'primary' },
    ]);
    expect(result.n).toBe(6);
    expect(result.ranking).toEqual([0, 1]);
    const kept = rankedDiscrepancy(pairedResponsesFromRows(rows), scale, everyone);
    expect(kept.items[0]?.meanRelativeRank).toBeCloseTo(5 / 6, 14);
  });

  it('repeats until no published item rests on fewer than k people', () => {
    // Five people, four items, k = 3 (· = not rated):
    //   r0: items 0, 2        r1: items 0, 2
    //   r2: items 0, 1, 3 with gaps (4, 2, 0)    r3: items 0, 1, 3 with gaps (0, 1, 1)
    //   r4: items 1, 3 with gaps (3, 2)
    // Pass 1: item 2 is ranked by r0, r1 only (2 < 3) → withheld.
    // Pass 2: r0 and r1 have one item left and are skipped; item 0 is now ranked by r2, r3
    //   only (2 < 3) → withheld too.
    // Pass 3: r2, r3, r4 rank items 1 and 3: relative ranks r2 (1, 0), r3 tied (½, ½),
    //   r4 (1, 0) → item 1 = (1 + ½ + 1)/3 = 5/6, item 3 = (0 + ½ + 0)/3 = 1/6; mid-ranks
    //   item 1 = (2 + 1.5 + 2)/3 = 11/6, item 3 = (1 + 1.5 + 1)/3 = 7/6. Nothing more withheld.
    const five: PairedRow[] = [
      { importance: [4, null, 5, null], performance: [2, null, 1, null] },
      { importance: [3, null, 4, null], performance: [3, null, 2, null] },
      { importance: [5, 4, null, 3], performance: [1, 2, null, 3] },
      { importance: [2, 3, null, 4], performance: [2, 2, null, 3] },
      { importance: [null, 5, null, 4], performance: [null, 2, null, 2] },
    ];
    const result = rankedDiscrepancy(pairedResponsesFromRows(five), scale, { k: 3 });
    expect(result.items.map((item) => [item.n, item.withheld])).toEqual([
      [null, 'primary'],
      [3, undefined],
      [null, 'primary'],
      [3, undefined],
    ]);
    expect(result.items[1]?.meanRelativeRank).toBeCloseTo(5 / 6, 14);
    expect(result.items[3]?.meanRelativeRank).toBeCloseTo(1 / 6, 14);
    expect(result.items[1]?.meanRank).toBeCloseTo(11 / 6, 14);
    expect(result.ranking).toEqual([1, 3]);
    expect(result.respondentsUsed).toBe(3);
    // Two people skipped: fewer than k, so the count is not shown.
    expect(result.respondentsSkipped).toBeNull();
    expect(result.n).toBe(6);
  });
});

describe('rankedDiscrepancy: disclosure properties', () => {
  const surveyArb = fc.integer({ min: 2, max: 5 }).chain((items) => {
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

  it('publishes no item ranked by fewer than k people; withheld items carry no numbers', () => {
    fc.assert(
      fc.property(surveyArb, ({ rows, k }) => {
        const result = rankedDiscrepancy(pairedResponsesFromRows(rows), scale, { k });
        const published = new Set(
          result.items.filter((item) => item.withheld === undefined).map((item) => item.item),
        );
        // Recount from the rows: people with two or more complete pairs on published items.
        const complete = (row: PairedRow, j: number) =>
          row.importance[j] != null && row.performance[j] != null;
        const rankers = rows.filter(
          (row) => [...published].filter((j) => complete(row, j)).length >= 2,
        );
        for (const item of result.items) {
          if (item.withheld !== undefined) {
            expect([item.meanRelativeRank, item.meanRank, item.n, item.rank]).toEqual([
              null,
              null,
              null,
              null,
            ]);
          } else {
            const n = rankers.filter((row) => complete(row, item.item)).length;
            expect(item.n).toBe(n);
            expect(n === 0 || n >= k).toBe(true);
          }
        }
        expect(result.respondentsUsed).toBe(rankers.length);
      }),
    );
  });

  it('does not change a published score when answers to a withheld item change', () => {
    fc.assert(
      fc.property(surveyArb, ({ rows, k, shift }) => {
        const before = rankedDiscrepancy(pairedResponsesFromRows(rows), scale, { k });
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
        const after = rankedDiscrepancy(pairedResponsesFromRows(changed), scale, { k });
        expect(after.items).toEqual(before.items);
        expect(after.ranking).toEqual(before.ranking);
      }),
    );
  });
});

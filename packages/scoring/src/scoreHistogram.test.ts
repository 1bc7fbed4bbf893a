import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateByGroup, type GroupPartials } from './aggregateByGroup.js';
import { mergePartials, rollUpHierarchy } from './mergePartials.js';
import { responseMatrixFromRows } from './responseMatrix.js';
import { histogramBytes, histogramQuantile } from './scoreHistogram.js';
import { scoreRespondents } from './scoreRespondents.js';
import { compileScoringConfig } from './scoringConfig.js';

// Type 7 quantile of sorted values, written apart from the engine: R's quantile(type = 7).
function type7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const low = sorted[lower] as number;
  return h === lower ? low : low + (h - lower) * ((sorted[lower + 1] as number) - low);
}

// One competency of 8 items (the most whose scores all land exactly on a bin), ratings 1–5.
const eightItems = compileScoringConfig({
  scale: { min: 1, max: 5 },
  competencies: ['A', 'B'],
  items: [
    ...Array.from({ length: 8 }, (_, j) => ({ id: `a${j}`, competency: 'A' })),
    { id: 'b0', competency: 'B' },
    { id: 'b1', competency: 'B', reverseCoded: true },
  ],
});

const surveyArb = fc.record({
  rows: fc.array(
    fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 }), {
      minLength: 10,
      maxLength: 10,
    }),
    { minLength: 1, maxLength: 80 },
  ),
  groups: fc.integer({ min: 1, max: 6 }),
  seed: fc.nat(1000),
});

describe('sparse histograms', () => {
  it('hand-worked: scores 1.5, 5, 5 keep two entries, and the median is 5', () => {
    const config = compileScoringConfig({
      scale: { min: 1, max: 5 },
      competencies: ['A'],
      items: [
        { id: 'a1', competency: 'A' },
        { id: 'a2', competency: 'A' },
      ],
    });
    const partials = aggregateByGroup(
      responseMatrixFromRows(
        [
          [1, 2],
          [5, 5],
          [5, null],
        ],
        2,
      ),
      config,
      { groupOf: new Uint8Array(3), groups: 1 },
      { quantiles: true },
    );
    // Two items: binsPerPoint = lcm(1, 2) = 2; 1.5 is bin (1.5 − 1) × 2 = 1, 5 is bin 8.
    expect(partials.histogram).toMatchObject({ binsPerPoint: 2, bins: 9, origin: 1 });
    expect([...(partials.histogram?.cellStart ?? [])]).toEqual([0, 2]);
    expect([...(partials.histogram?.entryBin ?? [])]).toEqual([1, 8]);
    expect([...(partials.histogram?.entryCount ?? [])]).toEqual([1, 2]);
    expect(histogramQuantile(partials, 0, 0.5)).toBe(5);
    // Q1: h = 0.5 → 1.5 + 0.5 × (5 − 1.5) = 3.25.
    expect(histogramQuantile(partials, 0, 0.25)).toBe(3.25);
  });

  it('gives the exact type 7 quantiles of the scores with up to 8 unit-weight items, every kernel', () => {
    fc.assert(
      fc.property(surveyArb, ({ rows, groups, seed }) => {
        const matrix = responseMatrixFromRows(rows, 10);
        const groupOf = Uint8Array.from(rows, (_, r) => (r * 5 + seed) % groups);
        const scores = scoreRespondents(matrix, eightItems).scores;
        for (const kernel of ['auto', 'portableTally', 'float'] as const) {
          const partials = aggregateByGroup(
            matrix,
            eightItems,
            { groupOf, groups },
            { quantiles: true, kernel },
          );
          for (let cell = 0; cell < groups * 2; cell += 1) {
            const g = Math.floor(cell / 2);
            const c = cell % 2;
            const sorted = rows
              .map((_, r) => (groupOf[r] === g ? (scores[r * 2 + c] as number) : Number.NaN))
              .filter((score) => !Number.isNaN(score))
              .sort((a, b) => a - b);
            for (const p of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) {
              const quantile = histogramQuantile(partials, cell, p);
              if (sorted.length === 0) expect(quantile).toBeNaN();
              else expect(quantile).toBeCloseTo(type7(sorted, p), 12);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps weighted scores within half a bin: type 7 quantiles within 1 / (2 × binsPerPoint)', () => {
    const weighted = compileScoringConfig({
      ...eightItems.config,
      items: eightItems.config.items.map((item, j) => ({ ...item, weight: 1 + (j % 3) * 0.7 })),
    });
    fc.assert(
      fc.property(surveyArb, ({ rows, groups, seed }) => {
        const matrix = responseMatrixFromRows(rows, 10);
        const groupOf = Uint8Array.from(rows, (_, r) => (r * 5 + seed) % groups);
        const scores = scoreRespondents(matrix, weighted).scores;
        const partials = aggregateByGroup(
          matrix,
          weighted,
          { groupOf, groups },
          { quantiles: true },
        );
        const halfBin = 1 / (2 * (partials.histogram?.binsPerPoint ?? 1));
        for (let cell = 0; cell < groups * 2; cell += 1) {
          const sorted = rows
            .map((_, r) =>
              groupOf[r] === Math.floor(cell / 2)
                ? (scores[r * 2 + (cell % 2)] as number)
                : Number.NaN,
            )
            .filter((score) => !Number.isNaN(score))
            .sort((a, b) => a - b);
          if (sorted.length === 0) continue;
          for (const p of [0, 0.25, 0.5, 0.75, 1]) {
            const error = Math.abs(histogramQuantile(partials, cell, p) - type7(sorted, p));
            expect(error).toBeLessThanOrEqual(halfBin + 1e-12);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('holds at most one entry per score counted and 4 bytes per cell, whatever the groups', () => {
    // 20,000 respondents in 5,000 groups: dense bins would be 10,000 cells × 3,361 bins × 4 B = 134 MB.
    const respondents = 20_000;
    const ratings = new Uint8Array(respondents * 10);
    let state = 11;
    for (let i = 0; i < ratings.length; i += 1) {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      ratings[i] = 1 + (state % 5);
    }
    const groupOf = Uint16Array.from({ length: respondents }, (_, r) => r % 5000);
    const partials = aggregateByGroup(
      { respondents, items: 10, ratings },
      eightItems,
      { groupOf, groups: 5000 },
      { quantiles: true },
    );
    const histogram = partials.histogram;
    if (histogram === undefined) throw new Error('no histogram');
    expect(histogram.bins).toBe(4 * 840 + 1);
    const scored = partials.count.reduce((sum, n) => sum + n, 0);
    expect(scored).toBe(respondents * 2);
    expect(histogram.entryBin.length).toBeLessThanOrEqual(scored);
    expect(histogramBytes(histogram)).toBeLessThanOrEqual(4 * (10_000 + 1) + 8 * scored);
    expect(histogramBytes(histogram)).toBeLessThan(400_000);
  });
});

// Partials of one group per node of a forest, and the partials of each node's whole subtree
// computed directly (every respondent of the subtree in one group).
const forestArb = fc
  .record({
    parents: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    survey: surveyArb,
  })
  .map(({ parents, survey }) => ({
    // Node g's parent is an earlier node or −1: a forest, never a cycle.
    parentOf: Int32Array.from(parents, (value, g) => (g === 0 ? -1 : (value % (g + 1)) - 1)),
    ...survey,
  }));

const histogramOf = ({ histogram }: GroupPartials, cell: number) => {
  if (histogram === undefined) return undefined;
  const start = histogram.cellStart[cell] as number;
  const end = histogram.cellStart[cell + 1] as number;
  return {
    bins: [...histogram.entryBin.subarray(start, end)],
    counts: [...histogram.entryCount.subarray(start, end)],
  };
};

describe('sparse histograms merge and roll up exactly', () => {
  it('rolled-up cell = the subtree aggregated as one group', () => {
    fc.assert(
      fc.property(forestArb, ({ parentOf, rows, seed }) => {
        const groups = parentOf.length;
        const matrix = responseMatrixFromRows(rows, 10);
        const groupOf = Uint8Array.from(rows, (_, r) => (r * 3 + seed) % groups);
        const rolled = rollUpHierarchy(
          aggregateByGroup(matrix, eightItems, { groupOf, groups }, { quantiles: true }),
          parentOf,
        );
        const inSubtree = (node: number, root: number): boolean =>
          node === root || (node >= 0 && inSubtree(parentOf[node] as number, root));
        for (let g = 0; g < groups; g += 1) {
          const subtree = aggregateByGroup(
            matrix,
            eightItems,
            {
              groupOf: Uint8Array.from(groupOf, (unit) => (inSubtree(unit, g) ? 0 : 1)),
              groups: 2,
            },
            { quantiles: true },
          );
          for (let c = 0; c < 2; c += 1) {
            expect(histogramOf(rolled, g * 2 + c)).toEqual(histogramOf(subtree, c));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a histogram whose bins do not ascend', () => {
    const matrix = responseMatrixFromRows([[1, 2, 3, 4, 5, 1, 2, 3, 4, 5]], 10);
    const part = aggregateByGroup(
      matrix,
      eightItems,
      { groupOf: new Uint8Array(1), groups: 1 },
      { quantiles: true },
    );
    const histogram = part.histogram;
    if (histogram === undefined) throw new Error('no histogram');
    const broken: GroupPartials = {
      ...part,
      histogram: {
        ...histogram,
        cellStart: Uint32Array.of(0, 2, 2),
        entryBin: Uint32Array.of(9, 3),
        entryCount: Uint32Array.of(1, 1),
      },
    };
    expect(() => mergePartials([part, broken])).toThrow(
      /parts\[1\]\.histogram\.entryBin\[1\]: is 3: bins of a cell must ascend/,
    );
  });
});

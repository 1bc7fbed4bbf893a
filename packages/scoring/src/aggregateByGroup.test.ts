import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateByGroup, crossGroups, type GroupPartials } from './aggregateByGroup.js';
import { mergePartials } from './mergePartials.js';
import { histogramQuantile } from './scoreHistogram.js';
import { MISSING, responseMatrixFromRows } from './responseMatrix.js';
import { compileScoringConfig, type ScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';
import { summariseGroups } from './summariseGroups.js';

// Two competencies of two items each; b2 is reverse-coded (scored as 1 + 5 − rating).
const config: ScoringConfig = {
  scale: { min: 1, max: 5 },
  competencies: ['A', 'B'],
  items: [
    { id: 'a1', competency: 'A' },
    { id: 'a2', competency: 'A' },
    { id: 'b1', competency: 'B' },
    { id: 'b2', competency: 'B', reverseCoded: true },
  ],
  minAnsweredShare: 0.5,
};
const compiled = compileScoringConfig(config);

// Worked by hand:
//   r0 (group 0, role 0): A = (4+2)/2 = 3;   B = (5 + (6−1))/2 = 5
//   r1 (group 0, role 0): A = 3/1 = 3 (1 of 2 answered meets 50%); B missing (0 of 2)
//   r2 (group 1, role 1): A = (1+2)/2 = 1.5; B = (2 + (6−4))/2 = 2
//   r3 (group 1, role 0): A = (5+5)/2 = 5;   B = (3 + (6−3))/2 = 3
const matrix = responseMatrixFromRows(
  [
    [4, 2, 5, 1],
    [3, null, null, null],
    [1, 2, 2, 4],
    [5, 5, 3, 3],
  ],
  4,
);
const grouping = { groupOf: new Uint8Array([0, 0, 1, 1]), groups: 2 };
// Role 0 requires A 4, B 3; role 1 requires A 2 and sets no level for B.
const required = {
  roleOf: new Uint8Array([0, 0, 1, 0]),
  levels: new Float64Array([4, 3, 2, Number.NaN]),
};

describe('aggregateByGroup: hand-worked values', () => {
  const partials = aggregateByGroup(matrix, compiled, grouping, { required, quantiles: true });
  const summary = summariseGroups(partials, { k: 1, allowSmallGroups: true });
  const cell = (group: number, competency: number) => summary.cells[group * 2 + competency];

  it('group 0, A: scores 3 and 3; gaps 1 and 1, both below', () => {
    expect(cell(0, 0)).toMatchObject({
      status: 'published',
      count: 2,
      mean: 3,
      sd: 0,
      meanGap: 1,
      shareBelowRequired: 1,
    });
  });

  it('group 0, B: one score, 5, above the required 3', () => {
    expect(cell(0, 1)).toMatchObject({
      count: 1,
      mean: 5,
      sd: null,
      meanGap: 0,
      shareBelowRequired: 0,
    });
  });

  it('group 1, A: scores 1.5 and 5; mean 3.25, SD √6.125, gaps 0.5 and 0', () => {
    // M2 = 1.75² + 1.75² = 6.125; sample variance = 6.125 / (2 − 1).
    const result = cell(1, 0);
    expect(result).toMatchObject({
      count: 2,
      mean: 3.25,
      meanGap: 0.25,
      shareBelowRequired: 0.5,
    });
    if (result?.status !== 'published') return;
    expect(result.sd).toBeCloseTo(Math.sqrt(6.125), 12);
    // Order statistics straight from the partials (summaries publish them only for large cells).
    expect(partials.min[2]).toBe(1.5);
    expect(partials.max[2]).toBe(5);
    // Type 7 median of {1.5, 5}: h = 0.5 → 1.5 + 0.5 × 3.5 = 3.25; Q1: h = 0.25 → 2.375.
    expect(histogramQuantile(partials, 2, 0.5)).toBe(3.25);
    expect(histogramQuantile(partials, 2, 0.25)).toBe(2.375);
  });

  it('group 1, B: gaps count only respondents whose role sets a level', () => {
    expect(cell(1, 1)).toMatchObject({ count: 2, mean: 2.5, meanGap: 0, shareBelowRequired: 0 });
  });

  it('withholds every cell under the default k = 5', () => {
    const safe = summariseGroups(partials);
    expect(safe.cells.map((c) => c.status)).toEqual([
      'suppressed',
      'suppressed',
      'suppressed',
      'suppressed',
    ]);
    expect(JSON.stringify(safe.cells)).not.toContain('mean');
  });

  it('stamps the engine and the config hash on results', () => {
    expect(summary.provenance).toEqual({
      engine: '@capkit/scoring',
      engineVersion: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown,
      configHash: compiled.hash,
    });
  });
});

describe('aggregateByGroup: bad input', () => {
  it('names the row and item of a rating off the scale', () => {
    const bad = responseMatrixFromRows(
      [
        [4, 2, 5, 1],
        [3, 7, 1, 1],
      ],
      4,
    );
    expect(() =>
      aggregateByGroup(bad, compiled, { groupOf: new Uint8Array(2), groups: 1 }),
    ).toThrow(
      new CapkitScoringError(
        'ratings[row 1][item "a2"]',
        'value 7 is outside the scale 1–5 and is not the missing marker 255',
      ),
    );
  });

  it('rejects a group index out of range and columns of the wrong length', () => {
    expect(() =>
      aggregateByGroup(matrix, compiled, { groupOf: new Uint8Array([0, 0, 2, 0]), groups: 2 }),
    ).toThrow(/grouping\.groupOf\[2\]/);
    expect(() =>
      aggregateByGroup(matrix, compiled, { groupOf: new Uint8Array(3), groups: 1 }),
    ).toThrow(/grouping\.groupOf/);
    expect(() =>
      aggregateByGroup(matrix, compiled, grouping, {
        required: { ...required, roleOf: new Uint8Array([0, 0, 5, 0]) },
      }),
    ).toThrow(/required\.roleOf\[2\]/);
  });

  it('rejects a config whose item points at an unknown competency', () => {
    expect(() =>
      compileScoringConfig({ ...config, items: [{ id: 'x', competency: 'Z' }] }),
    ).toThrow(/config\.items\[0\]\.competency/);
  });
});

describe('crossGroups', () => {
  it('numbers each unit × role pair', () => {
    const crossed = crossGroups(grouping, { groupOf: required.roleOf, groups: 2 });
    expect([...crossed.groupOf]).toEqual([0, 0, 3, 2]);
    expect(crossed.groups).toBe(4);
  });
});

// Random survey: respondents × 6 items (3 competencies × 2), ratings 1–5 with some missing.
const surveyArb = fc
  .record({
    rows: fc.array(
      fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 5 }), {
        minLength: 6,
        maxLength: 6,
      }),
      {
        minLength: 1,
        maxLength: 60,
      },
    ),
    groups: fc.integer({ min: 1, max: 4 }),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map(({ rows, groups, seed }) => ({
    matrix: responseMatrixFromRows(rows, 6),
    grouping: { groupOf: Uint8Array.from(rows, (_, r) => (r * 7 + seed) % groups), groups },
    roleOf: Uint8Array.from(rows, (_, r) => (r + seed) % 2),
  }));
const propertyConfig = compileScoringConfig({
  scale: { min: 1, max: 5 },
  competencies: ['A', 'B', 'C'],
  items: ['A', 'A', 'B', 'B', 'C', 'C'].map((competency, j) => ({
    id: `i${j}`,
    competency,
    reverseCoded: j === 3,
  })),
});
const levels = new Float64Array([3, 4, Number.NaN, 2, 2, 5]);

// The histogram as plain arrays, so that a difference prints as numbers.
const histogramOf = ({ histogram }: GroupPartials) =>
  histogram === undefined
    ? undefined
    : {
        bins: histogram.bins,
        binsPerPoint: histogram.binsPerPoint,
        origin: histogram.origin,
        cellStart: [...histogram.cellStart],
        entryBin: [...histogram.entryBin],
        entryCount: [...histogram.entryCount],
      };

function expectSamePartials(actual: GroupPartials, expected: GroupPartials): void {
  expect([...actual.count]).toEqual([...expected.count]);
  expect([...actual.gapCount]).toEqual([...expected.gapCount]);
  expect([...actual.below]).toEqual([...expected.below]);
  expect([...actual.min]).toEqual([...expected.min]);
  expect([...actual.max]).toEqual([...expected.max]);
  expect(histogramOf(actual)).toEqual(histogramOf(expected));
  actual.mean.forEach((mean, i) => expect(mean).toBeCloseTo(expected.mean[i] as number, 9));
  actual.m2.forEach((m2, i) => expect(m2).toBeCloseTo(expected.m2[i] as number, 9));
  actual.gapSum.forEach((gap, i) => expect(gap).toBeCloseTo(expected.gapSum[i] as number, 9));
}

describe('aggregateByGroup: properties', () => {
  it('merging the partials of chunks gives the partials of the whole', () => {
    fc.assert(
      fc.property(
        surveyArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
        ({ matrix, grouping, roleOf }, cuts) => {
          const options = { required: { roleOf, levels }, quantiles: true } as const;
          const whole = aggregateByGroup(matrix, propertyConfig, grouping, options);
          const bounds = [
            0,
            ...cuts.map((cut) => Math.floor(cut * matrix.respondents)).sort((a, b) => a - b),
            matrix.respondents,
          ];
          const parts = bounds.slice(1).map((end, i) =>
            aggregateByGroup(matrix, propertyConfig, grouping, {
              ...options,
              rows: { start: bounds[i] as number, end },
            }),
          );
          expectSamePartials(mergePartials(parts), whole);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the same results from every kernel: generated tally, portable tally, floats', () => {
    fc.assert(
      fc.property(surveyArb, ({ matrix, grouping, roleOf }) => {
        const options = { required: { roleOf, levels }, quantiles: true } as const;
        const generated = aggregateByGroup(matrix, propertyConfig, grouping, options);
        const portable = aggregateByGroup(matrix, propertyConfig, grouping, {
          ...options,
          kernel: 'portableTally',
        });
        const floats = aggregateByGroup(matrix, propertyConfig, grouping, {
          ...options,
          kernel: 'float',
        });
        expectSamePartials(portable, generated);
        expectSamePartials(floats, generated);
      }),
      { numRuns: 60 },
    );
  });

  it('names the row and item of an off-scale byte from every kernel', () => {
    const bad = responseMatrixFromRows(
      [
        [1, 2, 3, 4, 5, 1],
        [1, 2, 9, 4, 5, 1],
      ],
      6,
    );
    for (const kernel of ['auto', 'portableTally', 'float'] as const) {
      expect(() =>
        aggregateByGroup(
          bad,
          propertyConfig,
          { groupOf: new Uint8Array(2), groups: 1 },
          { kernel },
        ),
      ).toThrow(/ratings\[row 1\]\[item "i2"\]/);
    }
  });

  it('does not depend on the order of respondents', () => {
    fc.assert(
      fc.property(surveyArb, ({ matrix, grouping, roleOf }) => {
        const order = Array.from({ length: matrix.respondents }, (_, r) => r).reverse();
        const reversed = {
          ...matrix,
          ratings: Uint8Array.from(
            order.flatMap((r) => [...matrix.ratings.subarray(r * 6, r * 6 + 6)]),
          ),
        };
        const pick = (column: Uint8Array) => Uint8Array.from(order, (r) => column[r] as number);
        const a = aggregateByGroup(matrix, propertyConfig, grouping, {
          required: { roleOf, levels },
          quantiles: true,
        });
        const b = aggregateByGroup(
          reversed,
          propertyConfig,
          { ...grouping, groupOf: pick(grouping.groupOf) },
          {
            required: { roleOf: pick(roleOf), levels },
            quantiles: true,
          },
        );
        expectSamePartials(b, a);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every score within the scale', () => {
    fc.assert(
      fc.property(surveyArb, ({ matrix, grouping }) => {
        const partials = aggregateByGroup(matrix, propertyConfig, grouping);
        partials.count.forEach((n, cell) => {
          if (n === 0) return;
          expect(partials.min[cell]).toBeGreaterThanOrEqual(1);
          expect(partials.max[cell]).toBeLessThanOrEqual(5);
          expect(partials.mean[cell]).toBeGreaterThanOrEqual(
            (partials.min[cell] as number) - 1e-12,
          );
          expect(partials.mean[cell]).toBeLessThanOrEqual((partials.max[cell] as number) + 1e-12);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('reverse-coding twice is the identity', () => {
    fc.assert(
      fc.property(surveyArb, ({ matrix, grouping }) => {
        // Flip item 3's answers in the data and drop its reverse-coding: the same scores result.
        const flipped = matrix.ratings.map((value, index) =>
          index % 6 === 3 && value !== MISSING ? 6 - value : value,
        );
        const plain = compileScoringConfig({
          ...propertyConfig.config,
          items: propertyConfig.config.items.map((item) => ({ ...item, reverseCoded: false })),
        });
        const a = aggregateByGroup(matrix, propertyConfig, grouping, { quantiles: true });
        const b = aggregateByGroup({ ...matrix, ratings: flipped }, plain, grouping, {
          quantiles: true,
        });
        expect([...b.count]).toEqual([...a.count]);
        expect(histogramOf(b)).toEqual(histogramOf(a));
        b.mean.forEach((mean, i) => expect(mean).toBeCloseTo(a.mean[i] as number, 12));
      }),
      { numRuns: 60 },
    );
  });
});

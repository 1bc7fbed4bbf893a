import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from './cronbachAlpha.js';
import { responseMatrixFromRows } from './responseMatrix.js';
import { compileScoringConfig } from './scoringConfig.js';

const config = compileScoringConfig({
  scale: { min: 1, max: 5 },
  competencies: ['A'],
  items: [
    { id: 'q1', competency: 'A' },
    { id: 'q2', competency: 'A' },
    { id: 'q3', competency: 'A' },
  ],
});

describe('cronbachAlpha: worked by hand', () => {
  // Items: q1 = 1,2,3,4 (var 5/3); q2 = 2,3,3,4 (var 2/3); q3 = 2,3,4,5 (var 5/3); Σ = 4.
  // Totals 5, 8, 10, 13: mean 9, var 34/3. α = 3/2 × (1 − 4 ÷ 34/3) = 3/2 × 22/34 = 33/34.
  // Without q2: totals 3, 5, 7, 9 (var 20/3), items 10/3: α = 2 × (1 − 1/2) = 1.
  // Without q1: totals 4, 6, 7, 9 (var 13/3), items 7/3: α = 2 × (1 − 7/13) = 12/13.
  // Without q3: totals 3, 5, 6, 8 (var 13/3), items 7/3: α = 12/13.
  const rows = [
    [1, 2, 2],
    [2, 3, 3],
    [3, 3, 4],
    [4, 4, 5],
    [5, null, 5], // incomplete: left out (listwise)
  ];
  const [result] = cronbachAlpha(responseMatrixFromRows(rows, 3), config);

  it('gives α = 33/34 on the four complete respondents', () => {
    expect(result?.n).toBe(4);
    expect(result?.alpha).toBeCloseTo(33 / 34, 12);
  });

  it('gives α if each item is deleted', () => {
    expect(result?.alphaIfItemDeleted.get('q1')).toBeCloseTo(12 / 13, 12);
    expect(result?.alphaIfItemDeleted.get('q2')).toBeCloseTo(1, 12);
    expect(result?.alphaIfItemDeleted.get('q3')).toBeCloseTo(12 / 13, 12);
  });

  it('reverses reverse-coded items before measuring consistency', () => {
    const reversed = compileScoringConfig({
      ...config.config,
      items: config.config.items.map((item) => ({ ...item, reverseCoded: item.id === 'q2' })),
    });
    // Flipping q2 in the data and in the config cancels out.
    const flipped = rows.map(([a, b, c]) => [
      a ?? null,
      b === null || b === undefined ? null : 6 - b,
      c ?? null,
    ]);
    expect(cronbachAlpha(responseMatrixFromRows(flipped, 3), reversed)[0]?.alpha).toBeCloseTo(
      33 / 34,
      12,
    );
  });

  it('is undefined without variance or with fewer than two respondents', () => {
    expect(
      cronbachAlpha(
        responseMatrixFromRows(
          [
            [3, 3, 3],
            [3, 3, 3],
          ],
          3,
        ),
        config,
      )[0]?.alpha,
    ).toBeNull();
    expect(cronbachAlpha(responseMatrixFromRows([[1, 2, 3]], 3), config)[0]?.alpha).toBeNull();
  });
});

describe('cronbachAlpha: properties', () => {
  it('is at most 1 and does not depend on respondent order', () => {
    const rowsArb = fc.array(
      fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 3 }),
      { minLength: 2, maxLength: 40 },
    );
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const [a] = cronbachAlpha(responseMatrixFromRows(rows, 3), config);
        const [b] = cronbachAlpha(responseMatrixFromRows([...rows].reverse(), 3), config);
        if (a?.alpha === null || a?.alpha === undefined) return;
        expect(a.alpha).toBeLessThanOrEqual(1 + 1e-12);
        expect(b?.alpha).toBeCloseTo(a.alpha, 9);
      }),
    );
  });
});

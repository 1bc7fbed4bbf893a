import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFractions, fractionOf, meanDiscrepancy, meanOfFractions } from './discrepancy.js';
import { pairedResponsesFromRows, type PairedRow } from './pairedResponses.js';
import { CapkitScoringError } from './scoringError.js';

const scale = { min: 1, max: 5 };
// The hand-worked examples are a few respondents: compute them without the disclosure rule
// (k = 1); the tests under "disclosure" check the rule on its own.
const everyone = { k: 1, allowSmallGroups: true } as const;

describe('meanDiscrepancy: hand-worked values (scale 1–5)', () => {
  it('averages I − P over respondents with both ratings only', () => {
    const data = pairedResponsesFromRows([
      { importance: [5, 4], performance: [3, null] },
      { importance: [4, 3], performance: [2, 3] },
      { importance: [null, 5], performance: [4, 2] },
    ]);
    // Item 0: pairs (5,3) and (4,2); respondent 2 has no importance → D̄ = (2 + 2) / 2 = 2, n = 2.
    // Item 1: pairs (3,3) and (5,2); respondent 0 has no performance → D̄ = (0 + 3) / 2 = 1.5.
    const result = meanDiscrepancy(data, scale, everyone);
    expect(result.items).toEqual([
      { item: 0, meanDiscrepancy: 2, n: 2 },
      { item: 1, meanDiscrepancy: 1.5, n: 2 },
    ]);
    expect(result).toMatchObject({ method: 'meanDiscrepancy', basis: 'completePairs', n: 4 });
    expect(result.provenance.engine).toBe('@capkit/scoring');
  });

  it('gives a negative mean when performance exceeds importance: (2−4 + 3−4 + 1−1) / 3 = −1', () => {
    const data = pairedResponsesFromRows([
      { importance: [2], performance: [4] },
      { importance: [3], performance: [4] },
      { importance: [1], performance: [1] },
    ]);
    expect(meanDiscrepancy(data, scale, everyone).items[0]?.meanDiscrepancy).toBe(-1);
  });

  it('leaves an item without complete pairs unscored rather than 0', () => {
    const data = pairedResponsesFromRows([{ importance: [3, null], performance: [1, 4] }]);
    expect(meanDiscrepancy(data, scale, everyone).items[1]).toEqual({
      item: 1,
      meanDiscrepancy: null,
      n: 0,
    });
  });

  it('rejects an off-scale byte with its location', () => {
    const data = pairedResponsesFromRows([{ importance: [3, 6], performance: [1, 4] }]);
    expect(() => meanDiscrepancy(data, scale, everyone)).toThrow(CapkitScoringError);
    expect(() => meanDiscrepancy(data, scale, everyone)).toThrow(/^importance\[row 0\]\[item 1\]/);
  });
});

describe('exact fractions', () => {
  it('adds and compares without rounding: (1/2 + 1/3) / 2 = 5/12', () => {
    expect(meanOfFractions([fractionOf(1n, 2n), fractionOf(1n, 3n)])).toEqual({
      num: 5n,
      den: 12n,
    });
    expect(compareFractions(fractionOf(1n, 3n), fractionOf(2n, 6n))).toBe(0);
    expect(compareFractions(fractionOf(-1n, 3n), fractionOf(-1n, 4n))).toBe(-1);
    // 0.1 + 0.2 ≠ 0.3 in doubles, but 1/10 + 2/10 = 3/10 exactly.
    const sum = meanOfFractions([fractionOf(1n, 10n), fractionOf(2n, 10n)]);
    expect(compareFractions({ num: sum.num * 2n, den: sum.den }, fractionOf(3n, 10n))).toBe(0);
  });
});

describe('meanDiscrepancy: properties', () => {
  const rowsArb = fc.integer({ min: 1, max: 5 }).chain((items) => {
    const side = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), {
      minLength: items,
      maxLength: items,
    });
    return fc.array(fc.record({ importance: side, performance: side }), { maxLength: 25 });
  });

  it('matches a direct average and stays within ±(max − min)', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const result = meanDiscrepancy(pairedResponsesFromRows(rows), scale, everyone);
        result.items.forEach(({ item, meanDiscrepancy: mean, n }) => {
          const gaps = rows.flatMap((row) => {
            const i = row.importance[item];
            const p = row.performance[item];
            return i === null || i === undefined || p === null || p === undefined ? [] : [i - p];
          });
          expect(n).toBe(gaps.length);
          if (n === 0) {
            expect(mean).toBeNull();
            return;
          }
          expect(mean).toBeCloseTo(gaps.reduce((a, b) => a + b, 0) / gaps.length, 12);
          expect(Math.abs(mean ?? 0)).toBeLessThanOrEqual(4);
        });
      }),
    );
  });

  it('does not depend on the order of the respondents', () => {
    fc.assert(
      fc.property(
        rowsArb.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        ([rows, shuffled]: [PairedRow[], PairedRow[]]) => {
          if (rows.length === 0) return;
          const a = meanDiscrepancy(pairedResponsesFromRows(rows), scale, everyone);
          const b = meanDiscrepancy(pairedResponsesFromRows(shuffled), scale, everyone);
          // Sums of whole numbers are exact, so the order cannot change even the last bit.
          expect(b.items).toEqual(a.items);
        },
      ),
    );
  });
});

describe('meanDiscrepancy: disclosure rule', () => {
  it('withholds an item of one respondent (leak 6) and counts published items only', () => {
    // Five people rate item 0 (5, 3) → D̄ = 2; one of them also rates item 1 (4, 1).
    const data = pairedResponsesFromRows(
      Array.from({ length: 5 }, (_, r) => ({
        importance: [5, r === 0 ? 4 : null],
        performance: [3, r === 0 ? 1 : null],
      })),
    );
    const result = meanDiscrepancy(data, scale);
    expect(result.disclosure).toEqual({ rule: 'minimumRespondents', k: 5 });
    expect(result.items).toEqual([
      { item: 0, meanDiscrepancy: 2, n: 5 },
      { item: 1, meanDiscrepancy: null, n: null, withheld: 'primary' },
    ]);
    expect(result.n).toBe(5);
  });

  it('publishes no mean resting on fewer than k people', () => {
    const side = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 3 }), {
      minLength: 3,
      maxLength: 3,
    });
    fc.assert(
      fc.property(
        fc.array(fc.record({ importance: side, performance: side }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 2, max: 6 }),
        (rows, k) => {
          const result = meanDiscrepancy(pairedResponsesFromRows(rows), scale, { k });
          for (const item of result.items) {
            const n = rows.filter(
              (row) => row.importance[item.item] != null && row.performance[item.item] != null,
            ).length;
            if (n > 0 && n < k) {
              expect(item).toEqual({
                item: item.item,
                meanDiscrepancy: null,
                n: null,
                withheld: 'primary',
              });
            } else {
              expect(item.n).toBe(n);
            }
          }
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completePairSums, importanceRatingSums } from './discrepancy.js';
import {
  littleBootstrapSample,
  mergeLittleBootstrapSamples,
  sampleKey,
} from './littleBootstrapSample.js';
import type { PairedResponses } from './pairedResponses.js';
import { MISSING } from './responseMatrix.js';
import { CapkitScoringError } from './scoringError.js';

const scale = { min: 1, max: 5 };

function survey(respondents: number, items: number, seed: number): PairedResponses {
  const importance = new Uint8Array(respondents * items);
  const performance = new Uint8Array(respondents * items);
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state >>> 16;
  };
  for (let k = 0; k < importance.length; k += 1) {
    importance[k] = next() % 10 === 0 ? MISSING : 1 + (next() % 5);
    performance[k] = next() % 10 === 0 ? MISSING : 1 + (next() % 5);
  }
  return { respondents, items, importance, performance };
}

const rowsOf = (data: PairedResponses, start: number, end: number): PairedResponses => ({
  respondents: end - start,
  items: data.items,
  importance: data.importance.slice(start * data.items, end * data.items),
  performance: data.performance.slice(start * data.items, end * data.items),
});

describe('littleBootstrapSample', () => {
  it('keeps exactly the rows with the smallest keys, with their ratings, in key order', () => {
    const data = survey(500, 3, 11);
    const sample = littleBootstrapSample(data, scale, { seed: 9, capacity: 40 });
    // Reference: every row's key, sorted in full.
    const expected = Array.from({ length: 500 }, (_, row) => ({ row, key: sampleKey(9, row) }))
      .sort((a, b) => a.key - b.key)
      .slice(0, 40);
    expect(Array.from(sample.rows)).toEqual(expected.map(({ row }) => row));
    expect(Array.from(sample.keys)).toEqual(expected.map(({ key }) => key));
    expected.forEach(({ row }, i) => {
      expect(Array.from(sample.importance.subarray(i * 3, i * 3 + 3))).toEqual(
        Array.from(data.importance.subarray(row * 3, row * 3 + 3)),
      );
      expect(Array.from(sample.performance.subarray(i * 3, i * 3 + 3))).toEqual(
        Array.from(data.performance.subarray(row * 3, row * 3 + 3)),
      );
    });
    expect(sample.respondents).toBe(500);
  });

  it('sums every respondent as completePairSums and importanceRatingSums do', () => {
    const data = survey(300, 4, 5);
    const { sums } = littleBootstrapSample(data, scale, { capacity: 10 });
    const pairs = completePairSums(data);
    const ratings = importanceRatingSums(data);
    expect(Array.from(sums.pairs.n)).toEqual(Array.from(pairs.n));
    expect(Array.from(sums.pairs.sumImportance)).toEqual(Array.from(pairs.sumImportance));
    expect(Array.from(sums.pairs.sumPerformance)).toEqual(Array.from(pairs.sumPerformance));
    expect(Array.from(sums.ratings.n)).toEqual(Array.from(ratings.n));
    expect(Array.from(sums.ratings.sumImportance)).toEqual(Array.from(ratings.sumImportance));
  });

  it('keeps everyone when the capacity is above the number of respondents', () => {
    const sample = littleBootstrapSample(survey(7, 2, 1), scale, { capacity: 100 });
    expect(Array.from(sample.rows).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('property: shards sampled with their first row merge into the sample of the whole', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 4 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer(),
        (respondents, cuts, capacity, seed) => {
          const data = survey(respondents, 3, seed);
          const bounds = [0, ...cuts.map((c) => c % (respondents + 1)), respondents].sort(
            (a, b) => a - b,
          );
          const parts = bounds.slice(1).map((end, p) => {
            const start = bounds[p] as number;
            return littleBootstrapSample(rowsOf(data, start, end), scale, {
              seed,
              capacity,
              firstRow: start,
            });
          });
          const whole = littleBootstrapSample(data, scale, { seed, capacity });
          expect(mergeLittleBootstrapSamples(parts)).toEqual(whole);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('property: keys of distinct rows differ (the top 32 bits are a bijection of the row)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 2 ** 40 }), (seed, start) => {
        const keys = new Set<number>();
        for (let row = start; row < start + 2000; row += 1) keys.add(sampleKey(seed, row));
        expect(keys.size).toBe(2000);
      }),
      { numRuns: 30 },
    );
  });

  it('gives keys spread evenly: each tenth of the range holds a tenth of 100,000 rows', () => {
    const bins = new Array<number>(10).fill(0);
    for (let row = 0; row < 100_000; row += 1) {
      const bin = Math.floor((sampleKey(3, row) / 2 ** 53) * 10);
      bins[bin] = (bins[bin] as number) + 1;
    }
    // Binomial(100,000, 0.1): standard deviation about 95; 5 of them either way.
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(475);
  });

  it('refuses two shards that sampled the same rows, and parts drawn differently', () => {
    const data = survey(50, 2, 3);
    const a = littleBootstrapSample(data, scale, { capacity: 20 });
    expect(() => mergeLittleBootstrapSamples([a, a])).toThrow(/also in an earlier part/);
    const other = littleBootstrapSample(data, scale, { capacity: 20, seed: 2 });
    expect(() => mergeLittleBootstrapSamples([a, other])).toThrow(CapkitScoringError);
    expect(() => mergeLittleBootstrapSamples([])).toThrow(/at least one part/);
  });

  it('names the bad option or rating', () => {
    const data = survey(10, 2, 3);
    expect(() => littleBootstrapSample(data, scale, { capacity: 0 })).toThrow(/options.capacity/);
    expect(() => littleBootstrapSample(data, scale, { capacity: 5, seed: 0.5 })).toThrow(
      /options.seed/,
    );
    expect(() => littleBootstrapSample(data, scale, { capacity: 5, firstRow: -1 })).toThrow(
      /options.firstRow/,
    );
    const bad = { ...data, performance: data.performance.slice() };
    bad.performance[3] = 9;
    expect(() => littleBootstrapSample(bad, scale, { capacity: 5 })).toThrow(CapkitScoringError);
  });
});

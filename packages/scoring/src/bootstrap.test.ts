import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapMeanWeightedDiscrepancy, type BootstrapOptions } from './bootstrap.js';
import { meanWeightedDiscrepancy } from './borich.js';
import {
  pairedResponsesFromRows,
  type PairedResponses,
  type PairedRow,
} from './pairedResponses.js';
import { createRandom, randomIndex } from './random.js';

const scale = { min: 1, max: 5 };
// The hand-worked examples resample one to five people: compute them without the disclosure
// rule (k = 1); the tests under "disclosure" check the rule on its own.
const everyone = { k: 1, allowSmallGroups: true } as const;

describe('bootstrapMeanWeightedDiscrepancy: hand-worked values', () => {
  it('has no spread when there is one respondent to resample', () => {
    // D = (4, 2, 1, 0), Ī = I = (5, 4, 3, 2) → MWDS (20, 8, 3, 0), ranks 1–4; every replicate
    // redraws the same person, so each interval is the point and every rank always holds.
    const data = pairedResponsesFromRows([{ importance: [5, 4, 3, 2], performance: [1, 2, 2, 2] }]);
    const result = bootstrapMeanWeightedDiscrepancy(data, scale, { ...everyone, replicates: 50 });
    expect(result.units.map((u) => [u.meanWeightedDiscrepancy, u.lower, u.upper])).toEqual([
      [20, 20, 20],
      [8, 8, 8],
      [3, 3, 3],
      [0, 0, 0],
    ]);
    expect(result.units.map((u) => u.rankHoldsProbability)).toEqual([1, 1, 1, 1]);
    // Default k = 3: the item ranked 4th is never in the top 3.
    expect(result.units.map((u) => u.topKProbability)).toEqual([1, 1, 1, 0]);
    expect(result).toMatchObject({
      method: 'percentileBootstrap',
      resamplingUnit: 'respondent',
      quantileRule: 'hyndmanFan7',
      statistic: 'borich1980',
      importanceBasis: 'completePairs',
      disclosure: { rule: 'minimumRespondents', k: 1 },
      by: 'item',
      replicates: 50,
      level: 0.95,
      seed: 1,
      topK: 3,
      respondents: 1,
      n: 4,
    });
  });

  it('matches the exact resampling distribution of two respondents', () => {
    // Item 0: r0 (5,1) D = 4; r1 (3,3) D = 0. Item 1: r0 and r1 both (4,2) → MWDS always 2 × 4 = 8.
    // Resamples of two: {r0,r0} p = 1/4 → item 0 MWDS 4 × 5 = 20; {r0,r1} p = 1/2 → 2 × 4 = 8;
    // {r1,r1} p = 1/4 → 0. Point estimate: item 0 = 2 × 4 = 8, tied with item 1 at rank 1.
    // 95% interval: 25% of replicates sit at 0 and 25% at 20, so the 2.5% and 97.5% quantiles
    // are 0 and 20. Rank 1 holds for item 0 unless {r1,r1} (item 0 drops to rank 2): p = 3/4;
    // for item 1 unless {r0,r0}: p = 3/4; the {r0,r1} replicates keep the tie.
    const data = pairedResponsesFromRows([
      { importance: [5, 4], performance: [1, 2] },
      { importance: [3, 4], performance: [3, 2] },
    ]);
    const result = bootstrapMeanWeightedDiscrepancy(data, scale, {
      ...everyone,
      replicates: 4000,
      topK: 1,
      seed: 7,
    });
    const [first, second] = result.units;
    expect(first).toMatchObject({ meanWeightedDiscrepancy: 8, rank: 1, lower: 0, upper: 20 });
    expect(second).toMatchObject({ meanWeightedDiscrepancy: 8, rank: 1, lower: 8, upper: 8 });
    // Binomial standard error √(0.75 × 0.25 / 4000) ≈ 0.007; allow 4 of them.
    expect(Math.abs((first?.rankHoldsProbability ?? 0) - 0.75)).toBeLessThan(0.03);
    expect(Math.abs((second?.rankHoldsProbability ?? 0) - 0.75)).toBeLessThan(0.03);
    // With k = 1 "in the top k" is "ranked first", the same events here.
    expect(first?.topKProbability).toBe(first?.rankHoldsProbability);
  });

  it('equals a plain re-implementation draw for draw', () => {
    // Same generator, same draws; the reference recomputes each MWDS from the drawn rows with
    // ordinary arithmetic and ranks by counting higher scores.
    const rows: PairedRow[] = [
      { importance: [5, 3, 4], performance: [2, 3, 4] },
      { importance: [4, 5, null], performance: [4, 1, 2] },
      { importance: [3, 4, 5], performance: [1, 3, 1] },
      { importance: [2, 2, 4], performance: [2, 1, 3] },
      { importance: [5, 5, 5], performance: [3, 4, 2] },
    ];
    const replicates = 300;
    const result = bootstrapMeanWeightedDiscrepancy(pairedResponsesFromRows(rows), scale, {
      ...everyone,
      replicates,
      seed: 99,
      level: 0.9,
      topK: 2,
    });
    const mwds = (drawn: PairedRow[], j: number): number => {
      const pairs = drawn.flatMap((row) => {
        const i = row.importance[j];
        const p = row.performance[j];
        return i == null || p == null ? [] : [[i, p] as const];
      });
      if (pairs.length === 0) return Number.NaN;
      const meanI = pairs.reduce((s, [i]) => s + i, 0) / pairs.length;
      return pairs.reduce((s, [i, p]) => s + (i - p) * meanI, 0) / pairs.length;
    };
    const point = [0, 1, 2].map((j) => mwds(rows, j));
    const pointRank = point.map((v) => 1 + point.filter((w) => w - v > 1e-9).length);
    const random = createRandom(99);
    const samples: number[][] = [[], [], []];
    const holds = [0, 0, 0];
    const top = [0, 0, 0];
    for (let b = 0; b < replicates; b += 1) {
      const drawn = rows.map(() => rows[randomIndex(random, rows.length)] as PairedRow);
      const values = [0, 1, 2].map((j) => mwds(drawn, j));
      values.forEach((v, j) => {
        samples[j]?.push(v);
        const rank = 1 + values.filter((w) => w - v > 1e-9).length;
        if (rank === pointRank[j]) holds[j] = (holds[j] ?? 0) + 1;
        if (rank <= 2) top[j] = (top[j] ?? 0) + 1;
      });
    }
    const quantile = (sorted: number[], p: number): number => {
      const h = (sorted.length - 1) * p;
      const lo = Math.floor(h);
      const a = sorted[lo] ?? 0;
      return a + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - a);
    };
    result.units.forEach((unit, j) => {
      const sorted = [...(samples[j] ?? [])].sort((a, b) => a - b);
      expect(unit.meanWeightedDiscrepancy).toBeCloseTo(point[j] ?? 0, 12);
      expect(unit.lower).toBeCloseTo(quantile(sorted, 0.05), 12);
      expect(unit.upper).toBeCloseTo(quantile(sorted, 0.95), 12);
      expect(unit.rankHoldsProbability).toBe((holds[j] ?? 0) / replicates);
      expect(unit.topKProbability).toBe((top[j] ?? 0) / replicates);
    });
  });

  it('resamples competency scores when asked', () => {
    // One respondent: item MWDS (20, 8, 3, 0); competencies {0, 1} and {2, 3} → 14 and 1.5.
    const data = pairedResponsesFromRows([{ importance: [5, 4, 3, 2], performance: [1, 2, 2, 2] }]);
    const result = bootstrapMeanWeightedDiscrepancy(data, scale, {
      ...everyone,
      replicates: 20,
      by: 'competency',
      competencyOfItem: [0, 0, 1, 1],
    });
    expect(result.by).toBe('competency');
    expect(
      result.units.map((u) => [u.unit, u.meanWeightedDiscrepancy, u.lower, u.upper, u.rank]),
    ).toEqual([
      [0, 14, 14, 14, 1],
      [1, 1.5, 1.5, 1.5, 2],
    ]);
    expect(result.units.map((u) => u.n)).toEqual([2, 2]);
    expect(result.units.map((u) => u.itemsUsed)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('reports unscored items without intervals or probabilities', () => {
    const data = pairedResponsesFromRows([
      { importance: [4, null], performance: [2, 3] },
      { importance: [3, 5], performance: [1, null] },
    ]);
    const [, unscored] = bootstrapMeanWeightedDiscrepancy(data, scale, {
      ...everyone,
      replicates: 20,
    }).units;
    expect(unscored).toEqual({
      unit: 1,
      meanWeightedDiscrepancy: null,
      rank: null,
      lower: null,
      upper: null,
      rankHoldsProbability: null,
      topKProbability: null,
      replicatesScored: 0,
      n: 0,
    });
  });
});

describe('bootstrapMeanWeightedDiscrepancy: bad input gives a located error', () => {
  const data = pairedResponsesFromRows([{ importance: [4], performance: [2] }]);
  const cases: [BootstrapOptions, RegExp][] = [
    [{ replicates: 0 }, /^options\.replicates/],
    [{ replicates: -5 }, /^options\.replicates/],
    [{ replicates: 10.5 }, /^options\.replicates/],
    [{ replicates: Number.NaN }, /^options\.replicates/],
    [{ level: 0 }, /^options\.level/],
    [{ level: 1 }, /^options\.level/],
    [{ level: Number.NaN }, /^options\.level/],
    [{ seed: Number.NaN }, /^options\.seed/],
    [{ seed: 1.5 }, /^options\.seed/],
    [{ topK: 0 }, /^options\.topK/],
    [{ by: 'team' as 'item' }, /^options\.by/],
    [{ by: 'competency' }, /^options\.competencyOfItem/],
    [{ by: 'competency', competencyOfItem: [0, 1] }, /^competencyOfItem\.length/],
  ];
  it.each(cases)('rejects %o', (options, path) => {
    expect(() => bootstrapMeanWeightedDiscrepancy(data, scale, options)).toThrow(path);
  });

  it('rejects data with no respondents, and off-scale bytes', () => {
    expect(() => bootstrapMeanWeightedDiscrepancy(pairedResponsesFromRows([]), scale)).toThrow(
      /^respondents:/,
    );
    const bad = pairedResponsesFromRows([{ importance: [9], performance: [2] }]);
    expect(() => bootstrapMeanWeightedDiscrepancy(bad, scale)).toThrow(
      /^importance\[row 0\]\[item 0\]/,
    );
  });
});

describe('bootstrapMeanWeightedDiscrepancy: properties', () => {
  const surveyArb = (minRespondents: number, missing: boolean) =>
    fc.integer({ min: 1, max: 5 }).chain((items) => {
      const rating = fc.integer({ min: 1, max: 5 });
      const cell = missing ? fc.option(rating, { nil: null, freq: 6 }) : rating;
      const side = fc.array(cell, { minLength: items, maxLength: items });
      return fc.array(fc.record({ importance: side, performance: side }), {
        minLength: minRespondents,
        maxLength: minRespondents + 20,
      });
    });

  it('is deterministic for a seed', () => {
    fc.assert(
      fc.property(surveyArb(1, true), fc.integer(), (rows, seed) => {
        const data = pairedResponsesFromRows(rows);
        const options = { ...everyone, replicates: 40, seed };
        expect(bootstrapMeanWeightedDiscrepancy(data, scale, options)).toEqual(
          bootstrapMeanWeightedDiscrepancy(data, scale, options),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('keeps probabilities in [0, 1], lower ≤ upper, and P(top k) ≥ P(rank holds) for ranks ≤ k', () => {
    fc.assert(
      fc.property(surveyArb(1, true), fc.integer({ min: 1, max: 4 }), (rows, topK) => {
        const result = bootstrapMeanWeightedDiscrepancy(pairedResponsesFromRows(rows), scale, {
          ...everyone,
          replicates: 60,
          topK,
        });
        for (const unit of result.units) {
          if (unit.rank === null) continue;
          for (const p of [unit.rankHoldsProbability, unit.topKProbability]) {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(1);
          }
          expect(unit.lower ?? 0).toBeLessThanOrEqual(unit.upper ?? 0);
          if (unit.rank <= topK) {
            expect(unit.topKProbability ?? 0).toBeGreaterThanOrEqual(
              unit.rankHoldsProbability ?? 0,
            );
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('brackets the point estimate for well-behaved data (complete, 20+ respondents)', () => {
    fc.assert(
      fc.property(surveyArb(20, false), fc.integer(), (rows, seed) => {
        const data: PairedResponses = pairedResponsesFromRows(rows);
        const result = bootstrapMeanWeightedDiscrepancy(data, scale, { replicates: 200, seed });
        for (const unit of result.units) {
          expect(unit.lower ?? Number.NaN).toBeLessThanOrEqual(unit.meanWeightedDiscrepancy ?? 0);
          expect(unit.upper ?? Number.NaN).toBeGreaterThanOrEqual(
            unit.meanWeightedDiscrepancy ?? 0,
          );
        }
      }),
      { numRuns: 30 },
    );
  });

  it('gives the point estimates of meanWeightedDiscrepancy', () => {
    fc.assert(
      fc.property(surveyArb(1, true), (rows) => {
        const data = pairedResponsesFromRows(rows);
        const boot = bootstrapMeanWeightedDiscrepancy(data, scale, { ...everyone, replicates: 5 });
        const point = meanWeightedDiscrepancy(data, scale, everyone);
        expect(boot.units.map((u) => [u.meanWeightedDiscrepancy, u.rank, u.n])).toEqual(
          point.items.map((i) => [i.meanWeightedDiscrepancy, i.rank, i.n]),
        );
      }),
      { numRuns: 30 },
    );
  });
});

describe('bootstrapMeanWeightedDiscrepancy: importanceBasis', () => {
  it('resamples the allRatings weight: hand-worked with two respondents', () => {
    // Item 0: r0 gives (5, 1), D = 4; r1 rates importance 3 only.
    //   'completePairs': only r0 counts → every scored replicate gives 4 × 5 = 20.
    //   'allRatings': point estimate D̄ = 4, Ī = (5 + 3)/2 = 4 → 16. Replicates of two:
    //     {r0, r0} p = 1/4: D̄ = 4, Ī = 5 → 20;  {r0, r1} p = 1/2: D̄ = 4, Ī = 4 → 16;
    //     {r1, r1} p = 1/4: no complete pair → unscored.
    //   So about 3/4 of replicates are scored, two thirds of them at 16 and one third at 20:
    //   the 2.5% and 97.5% quantiles are 16 and 20.
    const data = pairedResponsesFromRows([
      { importance: [5], performance: [1] },
      { importance: [3], performance: [null] },
    ]);
    const options = { ...everyone, replicates: 4000, seed: 3 };
    const pairs = bootstrapMeanWeightedDiscrepancy(data, scale, options);
    expect(pairs.units[0]).toMatchObject({ meanWeightedDiscrepancy: 20, lower: 20, upper: 20 });
    const all = bootstrapMeanWeightedDiscrepancy(data, scale, {
      ...options,
      importanceBasis: 'allRatings',
    });
    expect(all.importanceBasis).toBe('allRatings');
    expect(all.units[0]).toMatchObject({ meanWeightedDiscrepancy: 16, lower: 16, upper: 20 });
    // Binomial standard error √(0.75 × 0.25 / 4000) ≈ 0.007; allow 4 of them.
    expect(Math.abs((all.units[0]?.replicatesScored ?? 0) / 4000 - 0.75)).toBeLessThan(0.03);
  });

  it('gives the allRatings point estimates of meanWeightedDiscrepancy', () => {
    const data = pairedResponsesFromRows(
      Array.from({ length: 8 }, (_, r) => ({
        importance: [5, (r % 5) + 1, 4],
        performance: [r % 3 === 0 ? null : 2, (r % 4) + 1, r % 2 === 0 ? 3 : null],
      })),
    );
    const options = { k: 3, importanceBasis: 'allRatings' } as const;
    const boot = bootstrapMeanWeightedDiscrepancy(data, scale, { ...options, replicates: 5 });
    const point = meanWeightedDiscrepancy(data, scale, options);
    expect(boot.units.map((u) => [u.meanWeightedDiscrepancy, u.rank, u.n])).toEqual(
      point.items.map((i) => [i.meanWeightedDiscrepancy, i.rank, i.n]),
    );
  });
});

describe('bootstrapMeanWeightedDiscrepancy: disclosure rule', () => {
  it('gives one respondent no interval (leak 6): [20, 20] would be that person’s answer', () => {
    const data = pairedResponsesFromRows([{ importance: [5, 4], performance: [1, 2] }]);
    const result = bootstrapMeanWeightedDiscrepancy(data, scale, { replicates: 50 });
    expect(result.disclosure).toEqual({ rule: 'minimumRespondents', k: 5 });
    expect(result.units).toEqual(
      [0, 1].map((unit) => ({
        unit,
        meanWeightedDiscrepancy: null,
        rank: null,
        lower: null,
        upper: null,
        rankHoldsProbability: null,
        topKProbability: null,
        replicatesScored: null,
        n: null,
        withheld: 'primary',
      })),
    );
    // Not even the number of people is shown.
    expect(result.respondents).toBeNull();
    expect(result.n).toBe(0);
  });

  it('ranks the published units only, in the point estimate and in every replicate', () => {
    // Six people; item 1 is answered by two (withheld under k = 5) and would top the ranking.
    //   item 0: everyone (5, 2) → 15 always, so the interval is [15, 15].
    //   item 2: everyone (4, 3) → 4. Item 0 ranks 1 in every replicate, item 2 ranks 2.
    const data = pairedResponsesFromRows(
      Array.from({ length: 6 }, (_, r) => ({
        importance: [5, r < 2 ? 5 : null, 4],
        performance: [2, r < 2 ? 1 : null, 3],
      })),
    );
    const result = bootstrapMeanWeightedDiscrepancy(data, scale, { replicates: 100, topK: 1 });
    expect(
      result.units.map((u) => [u.meanWeightedDiscrepancy, u.rank, u.lower, u.upper, u.withheld]),
    ).toEqual([
      [15, 1, 15, 15, undefined],
      [null, null, null, null, 'primary'],
      [4, 2, 4, 4, undefined],
    ]);
    expect(result.units.map((u) => [u.rankHoldsProbability, u.topKProbability])).toEqual([
      [1, 1],
      [null, null],
      [1, 0],
    ]);
    expect(result.respondents).toBe(6);
    expect(result.n).toBe(12);
  });

  it('builds each competency from its published items in every replicate', () => {
    // The same six people; competency 0 = items 0 and 1, competency 1 = item 2. Item 1 is
    // withheld, so competency 0 is item 0 alone: 15 in every replicate.
    const data = pairedResponsesFromRows(
      Array.from({ length: 6 }, (_, r) => ({
        importance: [5, r < 2 ? 5 : null, 4],
        performance: [2, r < 2 ? 1 : null, 3],
      })),
    );
    const result = bootstrapMeanWeightedDiscrepancy(data, scale, {
      replicates: 100,
      by: 'competency',
      competencyOfItem: [0, 0, 1],
    });
    expect(
      result.units.map((u) => [u.meanWeightedDiscrepancy, u.lower, u.upper, u.itemsUsed]),
    ).toEqual([
      [15, 15, 15, [0]],
      [4, 4, 4, [2]],
    ]);
  });

  it('names an unknown option', () => {
    const data = pairedResponsesFromRows([{ importance: [4], performance: [2] }]);
    expect(() =>
      bootstrapMeanWeightedDiscrepancy(data, scale, { replicate: 10 } as BootstrapOptions),
    ).toThrow(/^options\.replicate: is not an option here/);
  });
});

describe('bootstrapMeanWeightedDiscrepancy: disclosure properties', () => {
  const surveyArb = fc.integer({ min: 1, max: 4 }).chain((items) => {
    const side = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 3 }), {
      minLength: items,
      maxLength: items,
    });
    return fc.record({
      rows: fc.array(fc.record({ importance: side, performance: side }), {
        minLength: 1,
        maxLength: 12,
      }),
      items: fc.constant(items),
      k: fc.integer({ min: 2, max: 6 }),
      seed: fc.integer(),
      by: fc.constantFrom('item' as const, 'competency' as const),
      importanceBasis: fc.constantFrom('completePairs' as const, 'allRatings' as const),
    });
  });
  const completePairs = (rows: readonly PairedRow[], j: number) =>
    rows.filter((row) => row.importance[j] != null && row.performance[j] != null).length;

  it('gives withheld units no numbers and publishes none resting on fewer than k people', () => {
    fc.assert(
      fc.property(surveyArb, ({ rows, items, k, seed, importanceBasis }) => {
        const result = bootstrapMeanWeightedDiscrepancy(pairedResponsesFromRows(rows), scale, {
          replicates: 30,
          seed,
          k,
          importanceBasis,
        });
        for (const unit of result.units) {
          const n = completePairs(rows, unit.unit);
          if (unit.withheld !== undefined) {
            expect([
              unit.meanWeightedDiscrepancy,
              unit.rank,
              unit.lower,
              unit.upper,
              unit.rankHoldsProbability,
              unit.topKProbability,
              unit.replicatesScored,
              unit.n,
            ]).toEqual(Array.from({ length: 8 }, () => null));
          } else {
            expect(n === 0 || n >= k).toBe(true);
            expect(unit.n).toBe(n);
          }
        }
        expect(result.units).toHaveLength(items);
      }),
      { numRuns: 40 },
    );
  });

  it('does not change a published unit when answers to a withheld item change', () => {
    fc.assert(
      fc.property(surveyArb, fc.integer({ min: 1, max: 5 }), (survey, shift) => {
        const { rows, items, k, seed, by, importanceBasis } = survey;
        const options = {
          replicates: 30,
          seed,
          k,
          importanceBasis,
          by,
          competencyOfItem: Array.from({ length: items }, (_, j) => j % 2),
        };
        const withheld = new Set(
          meanWeightedDiscrepancy(pairedResponsesFromRows(rows), scale, { k, importanceBasis })
            .items.filter((item) => item.withheld)
            .map((item) => item.item),
        );
        // Same people and cells, other ratings on withheld items (rotated around the scale).
        const rotate = (ratings: readonly (number | null)[]) =>
          ratings.map((rating, j) =>
            rating === null || !withheld.has(j) ? rating : ((rating - 1 + shift) % 5) + 1,
          );
        const changed = rows.map((row) => ({
          importance: rotate(row.importance),
          performance: rotate(row.performance),
        }));
        const before = bootstrapMeanWeightedDiscrepancy(
          pairedResponsesFromRows(rows),
          scale,
          options,
        );
        const after = bootstrapMeanWeightedDiscrepancy(
          pairedResponsesFromRows(changed),
          scale,
          options,
        );
        expect(after.units).toEqual(before.units);
      }),
      { numRuns: 40 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapMeanWeightedDiscrepancy, resolveBootstrapMethod } from './bootstrap.js';
import type { BootstrapResult } from './bootstrapUnits.js';
import { littleBootstrapSubsetSize, bootstrapFromLittleSample } from './littleBootstraps.js';
import { littleBootstrapSample, mergeLittleBootstrapSamples } from './littleBootstrapSample.js';
import type { PairedResponses } from './pairedResponses.js';
import { createRandom } from './random.js';
import { MISSING } from './responseMatrix.js';

const scale = { min: 1, max: 5 };

/**
 * A survey whose competencies have close gaps, so that rank probabilities are neither 0 nor 1:
 * item j's importance leans up by (j mod 10) × `step`, every respondent has a level of their own (so the
 * items of one person are correlated, as in real surveys), 6% of ratings are missing.
 */
function closeGapsSurvey(
  respondents: number,
  items: number,
  seed: number,
  step = 0.012,
): PairedResponses {
  const random = createRandom(seed);
  const importance = new Uint8Array(respondents * items);
  const performance = new Uint8Array(respondents * items);
  const rating = (x: number) => Math.max(1, Math.min(5, Math.round(x)));
  for (let r = 0; r < respondents; r += 1) {
    const level = random() * 2 - 1;
    for (let j = 0; j < items; j += 1) {
      const k = r * items + j;
      const lift = (j % 10) * step;
      importance[k] =
        random() < 0.06 ? MISSING : rating(3.6 + lift + level * 0.5 + random() * 2 - 1);
      performance[k] = random() < 0.06 ? MISSING : rating(2.9 + level + random() * 2.4 - 1.2);
    }
  }
  return { respondents, items, importance, performance };
}

const competencyOf = (items: number) => Array.from({ length: items }, (_, j) => j % 10);

// Monte Carlo standard error of a percentile interval end from B replicates, by the normal
// approximation: √(q(1 − q)/B) / φ(z_q) standard deviations, the width being 2 z σ.
function endpointError(width: number, level: number, replicates: number): number {
  const q = (1 - level) / 2;
  const z = 1.959963984540054;
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  return (Math.sqrt((q * (1 - q)) / replicates) / density) * (width / (2 * z));
}

function expectAgreement(full: BootstrapResult, little: BootstrapResult): void {
  expect(little.method).toBe('bagOfLittleBootstraps');
  let interesting = 0;
  full.units.forEach((unit, u) => {
    const other = little.units[u];
    expect(other?.meanWeightedDiscrepancy).toBe(unit.meanWeightedDiscrepancy);
    expect(other?.rank).toBe(unit.rank);
    const width = (unit.upper as number) - (unit.lower as number);
    // Both methods' Monte Carlo errors, four standard errors of their difference.
    const allowed = 4 * Math.SQRT2 * endpointError(width, full.level, full.replicates);
    expect(Math.abs((other?.lower as number) - (unit.lower as number))).toBeLessThan(allowed);
    expect(Math.abs((other?.upper as number) - (unit.upper as number))).toBeLessThan(allowed);
    for (const key of ['rankHoldsProbability', 'topKProbability'] as const) {
      const p = unit[key] as number;
      const error = Math.sqrt((2 * p * (1 - p)) / full.replicates);
      expect(Math.abs((other?.[key] as number) - p)).toBeLessThanOrEqual(4 * error + 0.02);
      if (p > 0.1 && p < 0.9) interesting += 1;
    }
  });
  // The data must put some probabilities in between, or the comparison would be empty.
  expect(interesting).toBeGreaterThan(3);
}

describe('bag of little bootstraps', () => {
  it('agrees with the full percentile bootstrap at 10,000 × 40 (B = 1,000) within Monte Carlo error', () => {
    const data = closeGapsSurvey(10_000, 40, 21);
    const options = { by: 'competency', competencyOfItem: competencyOf(40), seed: 4 } as const;
    const full = bootstrapMeanWeightedDiscrepancy(data, scale, options);
    const little = bootstrapMeanWeightedDiscrepancy(data, scale, {
      ...options,
      method: 'bagOfLittleBootstraps',
    });
    expect(little.littleBootstraps).toMatchObject({ subsets: 10, subsetSize: 252 });
    expectAgreement(full, little);
  }, 60_000);

  it('agrees with the full percentile bootstrap at 100,000 × 10 (B = 500) within Monte Carlo error', () => {
    const data = closeGapsSurvey(100_000, 10, 8, 0.004);
    const options = { replicates: 500, seed: 2 } as const;
    const full = bootstrapMeanWeightedDiscrepancy(data, scale, options);
    const little = bootstrapMeanWeightedDiscrepancy(data, scale, {
      ...options,
      method: 'bagOfLittleBootstraps',
    });
    expect(little.littleBootstraps).toMatchObject({ subsets: 10, subsetSize: 1000 });
    expectAgreement(full, little);
  }, 60_000);

  it('gives shards merged the result of the whole, bit for bit', () => {
    const data = closeGapsSurvey(6_000, 20, 5);
    const capacity = 10 * littleBootstrapSubsetSize(6_000, 10, {});
    const half = 2_500;
    const shard = (start: number, end: number) =>
      littleBootstrapSample(
        {
          respondents: end - start,
          items: 20,
          importance: data.importance.slice(start * 20, end * 20),
          performance: data.performance.slice(start * 20, end * 20),
        },
        scale,
        { seed: 3, capacity, firstRow: start },
      );
    const merged = mergeLittleBootstrapSamples([shard(half, 6_000), shard(0, half)]);
    const options = { by: 'competency', competencyOfItem: competencyOf(20), seed: 3 } as const;
    const whole = bootstrapMeanWeightedDiscrepancy(data, scale, {
      ...options,
      method: 'bagOfLittleBootstraps',
    });
    expect(bootstrapFromLittleSample(merged, scale, options)).toEqual(whole);
  });

  it('is seeded: the same seed repeats the result, another seed moves it', () => {
    const data = closeGapsSurvey(3_000, 10, 1);
    const run = (seed: number) =>
      bootstrapMeanWeightedDiscrepancy(data, scale, { method: 'bagOfLittleBootstraps', seed });
    expect(run(5)).toEqual(run(5));
    expect(run(6).units.map((u) => u.lower)).not.toEqual(run(5).units.map((u) => u.lower));
  });

  it('gives a zero-width interval and certain ranks when every respondent answers alike', () => {
    // Hand-worked: everyone rates item 0 as (5, 1) and item 1 as (4, 3): MWDS 4 × 5 = 20 and
    // 1 × 4 = 4 in every subset and replicate, so the interval is [20, 20] and ranks never move.
    const respondents = 400;
    const importance = new Uint8Array(respondents * 2);
    const performance = new Uint8Array(respondents * 2);
    for (let r = 0; r < respondents; r += 1) {
      importance.set([5, 4], r * 2);
      performance.set([1, 3], r * 2);
    }
    const result = bootstrapMeanWeightedDiscrepancy(
      { respondents, items: 2, importance, performance },
      scale,
      { method: 'bagOfLittleBootstraps', topK: 1, replicates: 100 },
    );
    expect(
      result.units.map((u) => [u.lower, u.upper, u.rankHoldsProbability, u.topKProbability]),
    ).toEqual([
      [20, 20, 1, 1],
      [4, 4, 1, 0],
    ]);
    expect(result.units.map((u) => u.replicatesScored)).toEqual([100, 100]);
  });

  it('withholds an item that rests on fewer than k people, in every figure (attacker)', () => {
    const data = closeGapsSurvey(2_000, 3, 9);
    // Only 3 people rated item 2 at all.
    for (let r = 3; r < 2_000; r += 1) data.importance[r * 3 + 2] = MISSING;
    const result = bootstrapMeanWeightedDiscrepancy(data, scale, {
      method: 'bagOfLittleBootstraps',
      replicates: 200,
    });
    expect(result.units[2]).toEqual({
      unit: 2,
      meanWeightedDiscrepancy: null,
      rank: null,
      lower: null,
      upper: null,
      rankHoldsProbability: null,
      topKProbability: null,
      replicatesScored: null,
      n: null,
      withheld: 'primary',
    });
    // The published items' figures are those of the data without item 2 at all.
    const without = bootstrapMeanWeightedDiscrepancy(
      {
        respondents: 2_000,
        items: 2,
        importance: data.importance.filter((_, k) => k % 3 !== 2),
        performance: data.performance.filter((_, k) => k % 3 !== 2),
      },
      scale,
      { method: 'bagOfLittleBootstraps', replicates: 200 },
    );
    expect(result.units.slice(0, 2)).toEqual(without.units);
  });

  it('property: ordered intervals, probabilities in [0, 1], and at least k units in the top k', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 1_500 }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer(),
        fc.integer({ min: 1, max: 4 }),
        (respondents, items, seed, topK) => {
          const data = closeGapsSurvey(respondents, items, seed);
          const result = bootstrapMeanWeightedDiscrepancy(data, scale, {
            method: 'bagOfLittleBootstraps',
            replicates: 40,
            subsets: 4,
            topK,
            seed,
          });
          let topShare = 0;
          for (const unit of result.units) {
            expect(unit.lower as number).toBeLessThanOrEqual(unit.upper as number);
            for (const p of [unit.rankHoldsProbability, unit.topKProbability]) {
              expect(p as number).toBeGreaterThanOrEqual(0);
              expect(p as number).toBeLessThanOrEqual(1 + 1e-12);
            }
            topShare += unit.topKProbability as number;
          }
          // Competition ranks put at least k units at rank ≤ k when every unit is scored.
          expect(topShare).toBeGreaterThanOrEqual(Math.min(topK, items) - 1e-9);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('tells its progress after each subset, ending at B', () => {
    const data = closeGapsSurvey(2_000, 4, 3);
    const seen: [number, number][] = [];
    bootstrapMeanWeightedDiscrepancy(
      data,
      scale,
      { method: 'bagOfLittleBootstraps', replicates: 103 },
      (done, total) => seen.push([done, total]),
    );
    // 103 replicates over 10 subsets: the first 3 draw 11, the others 10.
    expect(seen).toEqual([11, 22, 33, 43, 53, 63, 73, 83, 93, 103].map((done) => [done, 103]));
  });

  it("'auto' takes the full bootstrap on small data and little bootstraps on large", () => {
    expect(resolveBootstrapMethod('auto', 10_000, 40, 1_000)).toBe('percentileBootstrap');
    expect(resolveBootstrapMethod('auto', 10_001, 40, 1_000)).toBe('bagOfLittleBootstraps');
    expect(resolveBootstrapMethod('percentileBootstrap', 1e6, 40, 1_000)).toBe(
      'percentileBootstrap',
    );
  });

  it('names the option that cannot work', () => {
    const data = closeGapsSurvey(30, 2, 1);
    const little = { method: 'bagOfLittleBootstraps' } as const;
    expect(() => bootstrapMeanWeightedDiscrepancy(data, scale, { ...little, subsets: 1 })).toThrow(
      /options.subsets/,
    );
    expect(() =>
      bootstrapMeanWeightedDiscrepancy(data, scale, { ...little, subsetSize: 4 }),
    ).toThrow(/options.subsetSize.*10 disjoint subsets/);
    expect(() =>
      bootstrapMeanWeightedDiscrepancy(data, scale, { ...little, replicates: 5 }),
    ).toThrow(/options.replicates/);
    expect(() =>
      bootstrapMeanWeightedDiscrepancy(closeGapsSurvey(15, 2, 1), scale, little),
    ).toThrow(/respondents.*method 'percentileBootstrap'/);
    const sample = littleBootstrapSample(closeGapsSurvey(300, 2, 1), scale, {
      capacity: 100,
      seed: 2,
    });
    expect(() => bootstrapFromLittleSample(sample, scale, { seed: 3 })).toThrow(/options.seed/);
    // @ts-expect-error: a method the engine does not know
    expect(() => bootstrapMeanWeightedDiscrepancy(data, scale, { method: 'jackknife' })).toThrow(
      /options.method/,
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random.js';
import { saltelliDesign, sobolIndices } from './sobol.js';

// Runs A, B, AB_i of every sample j, at j·(d + 2) + k, through model `f` of u in [0, 1)^d.
function analyse(f: (u: Float64Array) => number, d: number, samples: number, seed: number) {
  const { a, b } = saltelliDesign(samples, d, createRandom(seed));
  const y = new Float64Array(samples * (d + 2));
  const u = new Float64Array(d);
  for (let j = 0; j < samples; j += 1)
    for (let k = 0; k < d + 2; k += 1) {
      for (let c = 0; c < d; c += 1) u[c] = (k === 1 || k === c + 2 ? b : a)[j * d + c] as number;
      y[j * (d + 2) + k] = f(u);
    }
  return sobolIndices((run) => y[run] as number, samples, d);
}

describe('sobolIndices', () => {
  it('applies Saltelli’s first-order and Jansen’s total estimators exactly (numpy in reference.py)', () => {
    // yA, yB, yAB_0, yAB_1, yAB_2 of N = 4, laid out run by run.
    const yA = [1, 4, 2, 8];
    const yB = [3, 5, 7, 2];
    const yAB = [
      [2, 4.5, 6, 3],
      [1.5, 3, 2.5, 7],
      [1, 4, 0, 8],
    ];
    const runs = yA.flatMap((ya, j) => [ya, yB[j], ...yAB.map((row) => row[j])] as number[]);
    const result = sobolIndices((run) => runs[run] as number, 4, 3);
    expect(result.variance).toBeCloseTo(5.5, 14);
    expect(result.firstRaw[0]).toBeCloseTo(0.9772727272727273, 14);
    expect(result.totalRaw[0]).toBeCloseTo(0.9602272727272727, 14);
    expect(result.firstRaw[1]).toBeCloseTo(0.09090909090909091, 14);
    expect(result.totalRaw[1]).toBeCloseTo(0.056818181818181816, 14);
    expect(result.firstRaw[2]).toBeCloseTo(-0.2727272727272727, 14);
    expect(result.totalRaw[2]).toBeCloseTo(0.09090909090909091, 14);
    // Reported clamped to [0, 1], with the raw estimates beside.
    expect(result.first[2]).toBe(0);
    expect(result.first[0]).toBe(result.firstRaw[0]);
  });

  it('recovers the analytic indices of a linear model (1, 2, 3 on uniform inputs)', () => {
    const result = analyse(
      (u) => (u[0] as number) + 2 * (u[1] as number) + 3 * (u[2] as number),
      3,
      4000,
      7,
    );
    [0.07142857142857142, 0.2857142857142857, 0.6428571428571429].forEach((s, i) => {
      expect(result.firstRaw[i]).toBeCloseTo(s, 1);
      expect(result.totalRaw[i]).toBeCloseTo(s, 1);
    });
  });

  it('recovers the Ishigami function’s indices within Monte Carlo error', () => {
    // Analytic values (a = 7, b = 0.1) from reference.py; inputs uniform on [−π, π).
    const ishigami = (u: Float64Array) => {
      const [x1, x2, x3] = [...u].map((v) => Math.PI * (2 * v - 1)) as [number, number, number];
      return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
    };
    const result = analyse(ishigami, 3, 8000, 11);
    const first = [0.31390519114781146, 0.4424111447900409, 0];
    const total = [0.5575888552099592, 0.4424111447900409, 0.2436836640621477];
    first.forEach((s, i) =>
      expect(Math.abs((result.firstRaw[i] as number) - s)).toBeLessThan(0.05),
    );
    total.forEach((s, i) =>
      expect(Math.abs((result.totalRaw[i] as number) - s)).toBeLessThan(0.05),
    );
  });

  it('gives indices in [0, 1] and first ≤ total (up to Monte Carlo error) on a test function (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ min: 0.1, max: 5, noNaN: true }), (seed, a) => {
        const result = analyse(
          (u) => (u[0] as number) * (1 + a * (u[1] as number)) + (u[2] as number) ** 2,
          3,
          500,
          seed,
        );
        for (let i = 0; i < 3; i += 1) {
          const first = result.first[i] as number;
          const total = result.total[i] as number;
          expect(first).toBeGreaterThanOrEqual(0);
          expect(total).toBeLessThanOrEqual(1);
          expect(first).toBeLessThanOrEqual(total + 0.1);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('gives null indices for an output that never varies', () => {
    const result = sobolIndices(() => 3, 10, 2);
    expect(result.first).toEqual([null, null]);
    expect(result.variance).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  drawPoisson,
  poissonProbabilities,
  poissonTable,
  type PoissonTable,
} from './poissonSampler.js';
import { createRandom } from './random.js';

// Each count's probability as the alias table draws it: its own column's keep share plus the
// shares other columns hand to it, over the number of columns.
function drawnProbabilities(table: PoissonTable): Float64Array {
  const columns = table.keep.length;
  const drawn = new Float64Array(columns);
  for (let c = 0; c < columns; c += 1) {
    const keep = table.keep[c] as number;
    drawn[c] = (drawn[c] as number) + keep / columns;
    const alias = table.alias[c] as number;
    drawn[alias] = (drawn[alias] as number) + (1 - keep) / columns;
  }
  return drawn;
}

describe('poissonTable', () => {
  it('draws Poisson(2) and Poisson(250) with the exact probabilities', () => {
    // e^−λ λᵏ / k!, worked out in Python with exact integers (fractions.Fraction) for λᵏ / k!.
    const expected: [number, number, number][] = [
      [2, 0, 0.1353352832366127],
      [2, 1, 0.2706705664732254],
      [2, 2, 0.2706705664732254],
      [2, 3, 0.1804470443154836],
      [2, 7, 0.0034370865583901638],
      [250, 200, 0.00013106677655342356],
      [250, 250, 0.025222916184530143],
      [250, 300, 0.0002101740446619768],
    ];
    for (const [lambda, k, p] of expected) {
      const table = poissonTable(lambda);
      const drawn = drawnProbabilities(table);
      expect(drawn[k - table.first]).toBeCloseTo(p, 13);
      expect(Math.abs((drawn[k - table.first] as number) / p - 1)).toBeLessThan(1e-11);
    }
  });

  it('leaves out less than 1e-24 of the mass (Chernoff bound on both tails)', () => {
    for (const lambda of [1, 2, 4, 10, 25, 100, 251.2, 1000, 1e5]) {
      const { first, mass } = poissonProbabilities(lambda);
      const above = first + mass.length;
      // P(X ≥ x) ≤ e^−λ (eλ/x)^x for x > λ, and P(X ≤ x) likewise for x < λ.
      const chernoff = (x: number) => Math.exp(-lambda + x * (1 + Math.log(lambda / x)));
      expect(chernoff(above)).toBeLessThan(1e-24);
      if (first > 0) expect(chernoff(first - 1)).toBeLessThan(1e-24);
    }
  });

  it('property: the table sums to 1 and draws the renormalised Poisson law', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 5000, noNaN: true }), (lambda) => {
        const table = poissonTable(lambda);
        const { mass } = poissonProbabilities(lambda);
        const drawn = drawnProbabilities(table);
        let total = 0;
        drawn.forEach((p, i) => {
          total += p;
          expect(Math.abs(p - (mass[i] as number))).toBeLessThan(1e-13);
        });
        expect(total).toBeCloseTo(1, 12);
      }),
      { numRuns: 60 },
    );
  });

  it('draws counts whose mean and variance are λ (200,000 draws, within 5 standard errors)', () => {
    for (const lambda of [0.8, 251.2]) {
      const table = poissonTable(lambda);
      const random = createRandom(7);
      const draws = 200_000;
      let sum = 0;
      let squares = 0;
      let counts = true;
      for (let d = 0; d < draws; d += 1) {
        const x = drawPoisson(table, random);
        counts &&= Number.isInteger(x) && x >= 0;
        sum += x;
        squares += x * x;
      }
      expect(counts).toBe(true);
      const mean = sum / draws;
      const variance = squares / draws - mean * mean;
      // SE of the mean √(λ/N); of the variance about λ√(2/N) (plus the small excess kurtosis).
      expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / draws));
      expect(Math.abs(variance - lambda)).toBeLessThan(
        5 * lambda * Math.sqrt((2 + 1 / lambda) / draws),
      );
    }
  });

  it('refuses a mean that is not positive and finite', () => {
    expect(() => poissonTable(0)).toThrow(RangeError);
    expect(() => poissonTable(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

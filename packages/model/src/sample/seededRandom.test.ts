import { describe, expect, it } from 'vitest';
import { deriveSeed, mix32, SeededRandom } from './seededRandom.js';

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws uniform numbers in [0, 1) with a mean near one half', () => {
    const random = new SeededRandom(7);
    let sum = 0;
    for (let i = 0; i < 10_000; i += 1) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      sum += value;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });

  it('draws whole numbers within both bounds, reaching each', () => {
    const random = new SeededRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1_000; i += 1) seen.add(random.int(1, 5));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('draws normal numbers with mean near 0 and standard deviation near 1', () => {
    const random = new SeededRandom(3);
    const values = Array.from({ length: 20_000 }, () => random.normal());
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
    expect(mean).toBeCloseTo(0, 1);
    expect(Math.sqrt(variance)).toBeCloseTo(1, 1);
  });

  it('picks weighted indexes in proportion to their weights', () => {
    const random = new SeededRandom(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 10_000; i += 1) {
      const index = random.weighted([1, 0, 3]);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / 10_000).toBeCloseTo(0.75, 1);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => new SeededRandom(1).pick([])).toThrow(RangeError);
  });
});

describe('mix32 and deriveSeed', () => {
  it('maps distinct 32-bit inputs to distinct outputs', () => {
    const outputs = new Set(Array.from({ length: 100_000 }, (_, i) => mix32(i)));
    expect(outputs.size).toBe(100_000);
  });

  it('derives different seeds for different parts, the same for the same', () => {
    expect(deriveSeed(1, 2, 3)).toBe(deriveSeed(1, 2, 3));
    expect(deriveSeed(1, 2, 3)).not.toBe(deriveSeed(1, 3, 2));
    expect(deriveSeed(1, 2)).not.toBe(deriveSeed(2, 2));
  });
});

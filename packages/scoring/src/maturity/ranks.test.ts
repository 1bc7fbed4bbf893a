import { describe, expect, it } from 'vitest';
import { maturityLevelOf, maturityLevels } from './maturityLevels.js';
import { quantileOfSorted } from '../stats/quantile.js';
import { ranksInto } from './ranks.js';

describe('ranksInto', () => {
  it('ranks 1 = highest, ties at their best rank, missing behind every scored entity', () => {
    const scores = Float64Array.from([3, 9, Number.NaN, 9, 1, Number.NaN]);
    const ranks = new Float64Array(6);
    ranksInto(scores, ranks, new Float64Array(6));
    expect([...ranks]).toEqual([3, 1, 5, 1, 4, 5]);
  });
});

describe('quantileOfSorted', () => {
  it('interpolates as type 7 (numpy.quantile in reference.py)', () => {
    const sorted = Float64Array.from([3, 1, 4, 1, 5, 9, 2, 6]).sort();
    expect(quantileOfSorted(sorted, 0.05)).toBeCloseTo(1, 14);
    expect(quantileOfSorted(sorted, 0.5)).toBeCloseTo(3.5, 14);
    expect(quantileOfSorted(sorted, 0.95)).toBeCloseTo(7.949999999999998, 12);
    expect(quantileOfSorted(new Float64Array(0), 0.5)).toBeNaN();
  });
});

describe('maturityLevels', () => {
  const levels = [
    { id: 'initial', name: 'Initial', minScore: 0 },
    { id: 'defined', name: 'Defined', minScore: 40 },
    { id: 'managed', name: 'Managed', minScore: 70 },
  ];
  it('maps a score to the last level whose threshold it reaches', () => {
    expect(maturityLevels([0, 39.99, 40, 69.9, 70, 100], levels).map((level) => level?.id)).toEqual(
      ['initial', 'initial', 'defined', 'defined', 'managed', 'managed'],
    );
  });
  it('gives no level below the first threshold or for a missing score', () => {
    expect(maturityLevelOf(-1, levels)).toBeNull();
    expect(maturityLevelOf(null, levels)).toBeNull();
    expect(maturityLevelOf(Number.NaN, levels)).toBeNull();
  });
});

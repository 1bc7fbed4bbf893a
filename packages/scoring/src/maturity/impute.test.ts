import { describe, expect, it } from 'vitest';
import { impute } from './impute.js';

// One indicator over 7 entities in groups a, a, a, b, b, b and none. Expected values:
// reference/maturity/reference.py (numpy nanmean / nanmedian), run outside the project.
const column = Float64Array.from([4, Number.NaN, 10, 1, Number.NaN, 7, 3]);
const groupOf = Int32Array.from([0, 0, 0, 1, 1, 1, -1]);

describe('impute', () => {
  it('none leaves missing values missing, never 0', () => {
    const { values, imputed } = impute(column, 7, 'none', groupOf, 2);
    expect([...values]).toEqual([...column]);
    expect([...imputed]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('column mean and median', () => {
    expect([...impute(column, 7, 'columnMean', groupOf, 2).values]).toEqual([4, 5, 10, 1, 5, 7, 3]);
    const median = impute(column, 7, 'columnMedian', groupOf, 2);
    expect([...median.values]).toEqual([4, 4, 10, 1, 4, 7, 3]);
    expect([...median.imputed]).toEqual([0, 1, 0, 0, 1, 0, 0]);
  });

  it('group mean and median; an entity without a group stays missing', () => {
    expect([...impute(column, 7, 'groupMean', groupOf, 2).values]).toEqual([4, 7, 10, 1, 4, 7, 3]);
    expect([...impute(column, 7, 'groupMedian', groupOf, 2).values]).toEqual([
      4, 7, 10, 1, 4, 7, 3,
    ]);
    const lonely = impute(
      Float64Array.from([1, 2, Number.NaN]),
      3,
      'groupMean',
      Int32Array.from([0, 0, -1]),
      1,
    );
    expect(lonely.values[2]).toBeNaN();
    expect(lonely.imputed[2]).toBe(0);
  });

  it('a group where nobody has a value stays missing', () => {
    const result = impute(
      Float64Array.from([1, 3, Number.NaN, Number.NaN]),
      4,
      'groupMean',
      Int32Array.from([0, 0, 1, 1]),
      2,
    );
    expect([...result.values]).toEqual([1, 3, Number.NaN, Number.NaN]);
  });
});

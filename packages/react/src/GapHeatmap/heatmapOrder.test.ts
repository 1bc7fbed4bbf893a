import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellView } from './cellViews.js';
import {
  applicableSort,
  competencyOrder,
  identity,
  inverse,
  nextSort,
  orderByValue,
  unitOrder,
} from './heatmapOrder.js';

const values = fc.array(fc.option(fc.double({ min: 0, max: 4, noNaN: true }), { nil: null }), {
  maxLength: 30,
});

function valueCell(value: number | null): CellView {
  return value === null
    ? { kind: 'withheld', value: null, text: '', band: -1, reason: 'primary' }
    : { kind: 'value', value, text: value.toFixed(1), band: 0, reason: undefined };
}

describe('orderByValue', () => {
  it('puts the largest first when descending, cells without a value last, ties as given', () => {
    const given = [1.2, null, 2.5, 1.2, 0];
    expect(orderByValue(5, (i) => given[i] ?? null, 'descending')).toEqual([2, 0, 3, 4, 1]);
    expect(orderByValue(5, (i) => given[i] ?? null, 'ascending')).toEqual([4, 0, 3, 2, 1]);
  });

  it('is a permutation, ordered, with every missing value after every value', () => {
    fc.assert(
      fc.property(
        values,
        fc.constantFrom('ascending' as const, 'descending' as const),
        (list, direction) => {
          const order = orderByValue(list.length, (i) => list[i] ?? null, direction);
          expect([...order].sort((a, b) => a - b)).toEqual(identity(list.length));
          const ordered = order.map((i) => list[i] ?? null);
          const firstMissing = ordered.indexOf(null);
          const present = firstMissing === -1 ? ordered : ordered.slice(0, firstMissing);
          expect(ordered.slice(present.length).every((value) => value === null)).toBe(true);
          const sorted = [...(present as number[])].sort((a, b) =>
            direction === 'ascending' ? a - b : b - a,
          );
          expect(present).toEqual(sorted);
        },
      ),
    );
  });
});

describe('nextSort', () => {
  it('sorts, reverses, then restores the given order', () => {
    const first = nextSort(null, 2, 'descending');
    expect(first).toEqual({ by: 2, direction: 'descending' });
    const second = nextSort(first, 2, 'descending');
    expect(second).toEqual({ by: 2, direction: 'ascending' });
    expect(nextSort(second, 2, 'descending')).toBeNull();
    // Another column starts afresh.
    expect(nextSort(second, 3, 'descending')).toEqual({ by: 3, direction: 'descending' });
  });
});

describe('inverse', () => {
  it('says where each index stands', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 40 }), (keys) => {
        const order = identity(keys.length).sort(
          (a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b,
        );
        const position = inverse(order);
        order.forEach((index, at) => {
          expect(position[index]).toBe(at);
        });
      }),
    );
  });
});

describe('applicableSort, unitOrder and competencyOrder', () => {
  // Three units × two competencies.
  const cells = [0.5, 2, null, 1, 1.5, 0].map(valueCell);
  const units = ['Policy', 'Finance', 'Audit'];
  const collator = new Intl.Collator('en');

  it('keeps the given order for a sort by something no longer there', () => {
    expect(
      applicableSort(
        { rows: { by: 5, direction: 'ascending' }, columns: { by: 3, direction: 'descending' } },
        3,
        2,
      ),
    ).toEqual({ rows: null, columns: null });
    expect(
      applicableSort({ rows: { by: 'unit', direction: 'ascending' }, columns: null }, 0, 0).rows,
    ).toEqual({
      by: 'unit',
      direction: 'ascending',
    });
  });

  it('orders units by name or by a competency, and competencies by a unit', () => {
    expect(unitOrder(null, units, cells, 2, collator)).toEqual([0, 1, 2]);
    expect(unitOrder({ by: 'unit', direction: 'ascending' }, units, cells, 2, collator)).toEqual([
      2, 1, 0,
    ]);
    expect(unitOrder({ by: 0, direction: 'descending' }, units, cells, 2, collator)).toEqual([
      2, 0, 1,
    ]);
    expect(unitOrder({ by: 1, direction: 'descending' }, units, cells, 2, collator)).toEqual([
      0, 1, 2,
    ]);
    expect(competencyOrder({ by: 0, direction: 'descending' }, cells, 2)).toEqual([1, 0]);
    expect(competencyOrder({ by: 1, direction: 'ascending' }, cells, 2)).toEqual([1, 0]);
  });
});

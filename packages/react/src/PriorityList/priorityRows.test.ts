import type { BootstrapResult, BootstrapUnit } from '@capkit/scoring/tna';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priorityRows, scoreExtent } from './priorityRows.js';

function unit(index: number, rank: number | null, score: number | null = null): BootstrapUnit {
  return {
    unit: index,
    meanWeightedDiscrepancy: score,
    rank,
    lower: score === null ? null : score - 1,
    upper: score === null ? null : score + 1,
    rankHoldsProbability: null,
    topKProbability: null,
    replicatesScored: null,
    n: null,
  };
}

function result(units: readonly BootstrapUnit[]): BootstrapResult {
  return { units } as unknown as BootstrapResult;
}

const unlabelled = (index: number) => ({
  id: `item-${String(index + 1)}`,
  label: `Item ${String(index + 1)}`,
});

describe('priorityRows', () => {
  it('orders by rank, ties in index order, unranked last, and marks ties', () => {
    const rows = priorityRows(
      result([unit(0, null), unit(1, 2, 3), unit(2, 1, 5), unit(3, 2, 3)]),
      [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      unlabelled,
    );
    expect(rows.map((r) => [r.label, r.tied])).toEqual([
      ['Item 3', false],
      ['B', true],
      ['Item 4', true],
      ['A', false],
    ]);
  });

  it('property: every unit appears once, ranks never decrease down the list', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 6 }), { nil: null })), (ranks) => {
        const rows = priorityRows(result(ranks.map((r, i) => unit(i, r))), [], unlabelled);
        expect(rows.map((r) => r.unit.unit).sort((a, b) => a - b)).toEqual(ranks.map((_, i) => i));
        const order = rows.map((r) => r.unit.rank ?? Number.POSITIVE_INFINITY);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
    );
  });
});

describe('scoreExtent', () => {
  it('spans zero and every estimate and interval end', () => {
    const rows = priorityRows(result([unit(0, 1, 4), unit(1, 2, -2)]), [], unlabelled);
    expect(scoreExtent(rows)).toEqual([-3, 5]);
    expect(scoreExtent([])).toEqual([0, 0]);
  });
});

import type { BootstrapUnit } from '@capkit/scoring/tna';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firmTopKShare, priorityFindings } from './priorityFindings.js';
import type { PriorityRow } from './priorityRows.js';

function row(
  id: string,
  rank: number | null,
  topKProbability: number | null,
  withheld = false,
): PriorityRow {
  const unit: BootstrapUnit = {
    unit: 0,
    meanWeightedDiscrepancy: rank === null ? null : 10 - rank,
    rank,
    lower: null,
    upper: null,
    rankHoldsProbability: topKProbability,
    topKProbability,
    replicatesScored: null,
    n: withheld ? null : 20,
    ...(withheld ? { withheld: 'primary' as const } : {}),
  };
  return { unit, id, label: id, tied: false };
}

const ids = (rows: readonly PriorityRow[] | undefined) => rows?.map((r) => r.id);

describe('priorityFindings', () => {
  it('names the units ranked k or better as firm when each is in the top k in 9 resamples in 10', () => {
    const findings = priorityFindings(
      [row('a', 1, 1), row('b', 2, 0.95), row('c', 3, 0.9), row('d', 4, 0.4)],
      3,
    );
    expect(ids(findings?.firm?.rows)).toEqual(['a', 'b', 'c']);
    expect(findings?.firm?.leastTopKShare).toBe(0.9);
    expect(findings?.unsure).toBeUndefined();
    expect(findings?.withheldCount).toBe(0);
  });

  it('splits the leaders into firm and unsure', () => {
    const findings = priorityFindings([row('a', 1, 0.99), row('b', 2, 0.6), row('c', 3, 0.5)], 3);
    expect(ids(findings?.firm?.rows)).toEqual(['a']);
    expect(ids(findings?.unsure?.rows)).toEqual(['b', 'c']);
    expect(findings?.unsure?.leastTopKShare).toBe(0.5);
  });

  it('keeps units tied at rank k among the leaders', () => {
    const findings = priorityFindings([row('a', 1, 1), row('b', 2, 1), row('c', 2, 1)], 2);
    expect(ids(findings?.firm?.rows)).toEqual(['a', 'b', 'c']);
  });

  it('counts withheld units and never lists them', () => {
    const findings = priorityFindings(
      [row('a', 1, 1), row('secret', null, null, true), row('other', null, null, true)],
      3,
    );
    expect(ids(findings?.firm?.rows)).toEqual(['a']);
    expect(findings?.withheldCount).toBe(2);
  });

  it('finds nothing when no unit is ranked', () => {
    expect(priorityFindings([row('x', null, null, true), row('y', null, null)], 3)).toBeUndefined();
  });

  it('property: leaders are exactly the published units ranked k or better, split by the 0.9 rule', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            rank: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
            share: fc.double({ min: 0, max: 1, noNaN: true }),
            withheld: fc.boolean(),
          }),
          { maxLength: 12 },
        ),
        fc.integer({ min: 1, max: 5 }),
        (units, topK) => {
          const rows = units.map((u, i) =>
            u.withheld
              ? row(`w${String(i)}`, null, null, true)
              : row(`u${String(i)}`, u.rank, u.rank === null ? null : u.share),
          );
          const findings = priorityFindings(rows, topK);
          const leaders = rows.filter((r) => r.unit.rank !== null && r.unit.rank <= topK);
          if (leaders.length === 0) {
            expect(findings).toBeUndefined();
            return;
          }
          const firm = findings?.firm?.rows ?? [];
          const unsure = findings?.unsure?.rows ?? [];
          expect([...firm, ...unsure].map((r) => r.id).sort()).toEqual(
            leaders.map((r) => r.id).sort(),
          );
          expect(firm.every((r) => (r.unit.topKProbability ?? 0) >= firmTopKShare)).toBe(true);
          expect(unsure.every((r) => (r.unit.topKProbability ?? 0) < firmTopKShare)).toBe(true);
          expect([...firm, ...unsure].some((r) => r.id.startsWith('w'))).toBe(false);
          expect(findings?.withheldCount).toBe(units.filter((u) => u.withheld).length);
        },
      ),
    );
  });
});

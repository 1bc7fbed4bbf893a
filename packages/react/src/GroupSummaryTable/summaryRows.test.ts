import type { GroupSummary, GroupSummaryCell } from '@capkit/scoring/publication';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkShape, nextSort, sortRows, summaryRows, type SummaryRow } from './summaryRows.js';

function cell(group: number, competency: number, mean: number | null): GroupSummaryCell {
  return mean === null
    ? { status: 'suppressed', group, competency, reason: 'primary' }
    : {
        status: 'published',
        group,
        competency,
        count: 5,
        mean,
        sd: null,
        quantiles: new Map(),
        gapStatus: 'none',
        gapCount: null,
        meanGap: null,
        shareBelowRequired: null,
      };
}

const summary = (cells: GroupSummaryCell[]): GroupSummary =>
  ({ k: 5, cells, provenance: {} }) as unknown as GroupSummary;

describe('summaryRows and checkShape', () => {
  const content = {
    summary: summary([cell(0, 0, 1), cell(0, 1, 2), cell(1, 0, 3), cell(1, 1, null)]),
    groups: ['North', 'South'],
    competencies: ['Data', 'Cloud'],
  };

  it('gives a row per group × competency, or per group for one competency', () => {
    expect(summaryRows(content).map((r) => [r.group, r.competency])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(summaryRows({ ...content, competency: 1 }).map((r) => r.group)).toEqual([0, 1]);
  });

  it('refuses a summary that does not fit the labels', () => {
    expect(() => checkShape({ ...content, groups: ['North'] })).toThrow(RangeError);
    expect(() => checkShape({ ...content, competency: 2 })).toThrow(RangeError);
  });
});

describe('nextSort', () => {
  it('sorts names A to Z first and measures largest first, then reverses, then clears', () => {
    expect(nextSort(null, 'group')).toEqual({ by: 'group', direction: 'ascending' });
    expect(nextSort({ by: 'group', direction: 'ascending' }, 'group')).toEqual({
      by: 'group',
      direction: 'descending',
    });
    expect(nextSort({ by: 'group', direction: 'descending' }, 'group')).toBeNull();
    expect(nextSort({ by: 'group', direction: 'descending' }, 'mean')).toEqual({
      by: 'mean',
      direction: 'descending',
    });
  });
});

describe('sortRows', () => {
  const collator = new Intl.Collator('en');
  const labels = { groups: ['b', 'a', 'c', 'd'], competencies: ['x'] };

  it('puts rows without a value last, in either direction', () => {
    const rows: SummaryRow[] = [3, null, 1, 2].map((mean, group) => ({
      group,
      competency: 0,
      cell: cell(group, 0, mean),
    }));
    const order = (direction: 'ascending' | 'descending') =>
      sortRows(rows, { by: 'mean', direction }, labels, collator).map((r) => r.group);
    expect(order('descending')).toEqual([0, 3, 2, 1]);
    expect(order('ascending')).toEqual([2, 3, 0, 1]);
  });

  it('property: a sort is a permutation, ordered by the value, withheld rows last', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { maxLength: 20 }),
        fc.constantFrom('ascending' as const, 'descending' as const),
        (means, direction) => {
          const rows = means.map((mean, group) => ({
            group,
            competency: 0,
            cell: cell(group, 0, mean),
          }));
          const sorted = sortRows(
            rows,
            { by: 'mean', direction },
            { groups: means.map(String), competencies: ['x'] },
            collator,
          );
          expect(sorted.map((r) => r.group).sort((a, b) => a - b)).toEqual(means.map((_, i) => i));
          const values = sorted.map((r) => (r.cell?.status === 'published' ? r.cell.mean : null));
          const firstNull = values.indexOf(null);
          if (firstNull >= 0) expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
          const present = values.filter((v) => v !== null);
          const expected = [...present].sort((a, b) => (direction === 'ascending' ? a - b : b - a));
          expect(present).toEqual(expected);
        },
      ),
    );
  });
});

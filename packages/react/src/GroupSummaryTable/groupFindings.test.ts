import type { GroupSummaryCell } from '@capkit/scoring/publication';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupFindings } from './groupFindings.js';
import type { SummaryRow } from './summaryRows.js';

function published(group: number, meanGap: number | null, share: number | null = null): SummaryRow {
  const cell: GroupSummaryCell = {
    status: 'published',
    group,
    competency: 0,
    count: 10,
    mean: 3,
    sd: 1,
    quantiles: new Map(),
    gapStatus: meanGap === null ? 'none' : 'published',
    gapCount: meanGap === null ? null : 10,
    meanGap,
    shareBelowRequired: meanGap === null ? null : (share ?? meanGap / 4),
  };
  return { group, competency: 0, cell };
}

function withheld(group: number, reason: 'primary' | 'complementary'): SummaryRow {
  return { group, competency: 0, cell: { status: 'suppressed', group, competency: 0, reason } };
}

describe('groupFindings', () => {
  it('finds the published group with the largest mean gap, the share breaking ties', () => {
    const findings = groupFindings([
      published(0, 0.5),
      published(1, 1.2, 0.4),
      published(2, 1.2, 0.6),
      published(3, 0.9),
    ]);
    expect(findings.furthest?.group).toBe(2);
    expect(findings.anyGap).toBe(true);
  });

  it('finds no one when nobody is below the required level, or no role sets one', () => {
    expect(groupFindings([published(0, 0), published(1, 0)])).toMatchObject({
      furthest: undefined,
      anyGap: true,
    });
    expect(groupFindings([published(0, null)])).toMatchObject({
      furthest: undefined,
      anyGap: false,
    });
  });

  it('counts withheld groups, too small or protecting, each once, and never picks one', () => {
    const findings = groupFindings([
      published(0, 0.2),
      withheld(1, 'primary'),
      withheld(2, 'complementary'),
      withheld(3, 'primary'),
      // A group with one result too small and another protecting counts as too small.
      { ...withheld(3, 'complementary') },
    ]);
    expect(findings).toMatchObject({ tooSmall: 2, protecting: 1 });
    expect(findings.furthest?.group).toBe(0);
  });

  it('property: the furthest group is published and no published gap is larger', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({
              kind: fc.constant('published' as const),
              gap: fc.option(fc.double({ min: 0, max: 4, noNaN: true }), { nil: null }),
            }),
            fc.record({
              kind: fc.constantFrom('primary' as const, 'complementary' as const),
              gap: fc.constant(null),
            }),
          ),
          { maxLength: 15 },
        ),
        (specs) => {
          const rows = specs.map((spec, group) =>
            spec.kind === 'published' ? published(group, spec.gap) : withheld(group, spec.kind),
          );
          const { furthest } = groupFindings(rows);
          const gaps = specs.map((spec) => (spec.kind === 'published' ? (spec.gap ?? 0) : 0));
          if (furthest === undefined) {
            expect(gaps.every((gap) => gap === 0)).toBe(true);
            return;
          }
          expect(furthest.cell?.status).toBe('published');
          const cell = furthest.cell;
          if (cell?.status !== 'published') return;
          expect(Math.max(...gaps)).toBe(cell.meanGap);
        },
      ),
    );
  });
});

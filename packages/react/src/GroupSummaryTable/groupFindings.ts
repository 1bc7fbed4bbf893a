import type { SummaryRow } from './summaryRows.js';

/** What the plain-words summary of the table says, before it is put into words. */
export interface GroupFindings {
  /**
   * The published row furthest below the required level: the largest mean gap (ties: the
   * larger share below, then the first shown). `undefined` when no published row has gap
   * figures. Withheld rows are never considered.
   */
  readonly furthest: SummaryRow | undefined;
  /** Whether any published row has gap figures at all. */
  readonly anyGap: boolean;
  /** Groups with a shown result withheld because the group is too small (fewer than k). */
  readonly tooSmall: number;
  /** Other groups with a shown result withheld, so that a small group cannot be worked out. */
  readonly protecting: number;
}

/**
 * The findings a director acts on: which published group is furthest below the required level,
 * and how many groups are withheld (counted, never named).
 */
export function groupFindings(rows: readonly SummaryRow[]): GroupFindings {
  let furthest: SummaryRow | undefined;
  let furthestGap = 0;
  let furthestShare = 0;
  const primary = new Set<number>();
  const complementary = new Set<number>();
  let anyGap = false;
  for (const row of rows) {
    const cell = row.cell;
    if (cell?.status === 'suppressed') {
      (cell.reason === 'primary' ? primary : complementary).add(row.group);
      continue;
    }
    if (cell?.status !== 'published' || cell.meanGap === null) continue;
    anyGap = true;
    const share = cell.shareBelowRequired ?? 0;
    if (
      cell.meanGap > furthestGap ||
      (cell.meanGap === furthestGap && furthest !== undefined && share > furthestShare)
    ) {
      furthest = row;
      furthestGap = cell.meanGap;
      furthestShare = share;
    }
  }
  for (const group of primary) complementary.delete(group);
  return { furthest, anyGap, tooSmall: primary.size, protecting: complementary.size };
}

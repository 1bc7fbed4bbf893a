import type { ImportancePerformanceQuadrant } from '@capkit/scoring/tna';

/** An item as the findings see it: scored items only (withheld and unscored ones have no quadrant). */
export interface FindingItem {
  readonly id: string;
  readonly label: string;
  readonly importance: number;
  readonly performance: number;
  readonly quadrant: ImportancePerformanceQuadrant;
}

/** What the matrix's plain-words summary says. */
export interface MatrixFindings {
  /**
   * The items in "concentrate here" (high importance, low performance), those with the widest
   * distance between importance and performance first.
   */
  readonly concentrate: readonly FindingItem[];
  /** Items withheld because too few people answered them: counted, never named. */
  readonly withheld: number;
}

/** How many items the sentence names before "and N more". */
export const namedItems = 3;

/**
 * The findings of the summary sentence, from the plotted (scored) items only: a withheld item
 * has no point and no quadrant, so it can never be named.
 */
export function matrixFindings(items: readonly FindingItem[], withheld: number): MatrixFindings {
  const concentrate = items
    .filter((item) => item.quadrant === 'concentrateHere')
    .sort(
      (a, b) =>
        b.importance - b.performance - (a.importance - a.performance) ||
        b.importance - a.importance ||
        a.label.localeCompare(b.label),
    );
  return { concentrate, withheld };
}

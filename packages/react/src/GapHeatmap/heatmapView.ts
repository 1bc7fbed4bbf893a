import type { SuppressionReason } from '@capkit/scoring/publication';
import type { CellKind, CellView, GapMeasure } from './cellViews.js';
import type { ColumnSort, RowSort } from './heatmapOrder.js';
import type { GapHeatmapMessages } from './messages.js';

/** What both views of the heatmap draw from, worked out once in `GapHeatmap`. */
export interface HeatmapViewProps {
  readonly title: string;
  readonly units: readonly string[];
  readonly competencies: readonly string[];
  readonly cells: readonly CellView[];
  readonly kinds: ReadonlySet<CellKind>;
  readonly rowOrder: readonly number[];
  readonly columnOrder: readonly number[];
  readonly rowSort: RowSort | null;
  readonly columnSort: ColumnSort | null;
  readonly measure: GapMeasure;
  /** The smallest group published, for the withheld reasons. */
  readonly k: number;
  readonly messages: GapHeatmapMessages;
}

/** The sort and measure as `data-` attributes of the grid and the table, for tests and styling. */
export function sortAttributes({
  measure,
  rowSort,
  columnSort,
}: Pick<HeatmapViewProps, 'measure' | 'rowSort' | 'columnSort'>) {
  return {
    'data-measure': measure,
    'data-sort-rows': rowSort === null ? 'none' : String(rowSort.by),
    'data-sort-rows-direction': rowSort?.direction ?? 'none',
    'data-sort-columns': columnSort === null ? 'none' : String(columnSort.by),
    'data-sort-columns-direction': columnSort?.direction ?? 'none',
  };
}

/** Why a withheld cell is withheld, in words. */
export function withheldReason(
  reason: SuppressionReason | undefined,
  k: number,
  messages: GapHeatmapMessages,
): string {
  return reason === 'primary' ? messages.withheldPrimary(k) : messages.withheldComplementary;
}

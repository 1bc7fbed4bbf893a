import type { GroupSummary, SuppressionReason } from '@capkit/scoring/publication';
import { scaleQuantize } from 'd3-scale';
import { numberFormats } from '../shared/localeFormat.js';

/** What colours the cells: the mean gap to the required level, or the share of people below it. */
export type GapMeasure = 'meanGap' | 'shareBelowRequired';

/**
 * What a cell holds: a value, a withheld figure (too few people, or protecting a smaller group),
 * no data (no one in the unit answered), or no required level for anyone's role (`unset`).
 */
export type CellKind = 'value' | 'withheld' | 'empty' | 'unset';

/** What one cell shows, worked out once per summary, measure and locale. */
export interface CellView {
  readonly kind: CellKind;
  /** The measure, for sorting and for the summary sentence; `null` unless `kind` is `value`. */
  readonly value: number | null;
  /** The formatted value, or the short mark of the other kinds (empty for `withheld`). */
  readonly text: string;
  /** Colour band, 0 (smallest need, lightest) to {@link bandCount} − 1; −1 unless a value. */
  readonly band: number;
  /** Why a withheld cell is withheld. */
  readonly reason: SuppressionReason | undefined;
}

/** Number of colour bands of the sequential scale. */
export const bandCount = 5;

/**
 * The default colour domain: [0, 1] for shares; for gaps [0, the largest published gap rounded
 * up so that each of the five bands is a whole number of tenths wide].
 */
export function defaultDomain(
  summary: GroupSummary | undefined,
  measure: GapMeasure,
): readonly [number, number] {
  if (measure === 'shareBelowRequired') return [0, 1];
  let largest = 0;
  for (const cell of summary?.cells ?? []) {
    if (cell.status === 'published' && cell.meanGap !== null && cell.meanGap > largest)
      largest = cell.meanGap;
  }
  const bandWidth = Math.max(1, Math.ceil((largest / bandCount) * 10)) / 10;
  return [0, bandWidth * bandCount];
}

/** How values print and which band they fall in, for one measure, locale and domain. */
export interface BandScale {
  /** A value as printed in a cell: to a tenth of a level, or a whole percent. */
  readonly format: (value: number) => string;
  /** The band of a value as printed, so a cell reading "0.6" is coloured as "0.6 to 1.2". */
  readonly bandOf: (value: number) => number;
  /** The edges of the bands, formatted: `bandCount + 1` of them, lowest first. */
  readonly edges: readonly string[];
}

/** The {@link BandScale} of a measure in a locale over `[low, high]`. */
export function bandScale(
  locale: string,
  measure: GapMeasure,
  [low, high]: readonly [number, number],
): BandScale {
  const formats = numberFormats(locale);
  const formatter = measure === 'meanGap' ? formats.oneDecimal : formats.percent;
  const bands = Array.from({ length: bandCount }, (_, band) => band);
  const scale = scaleQuantize().domain([low, high]).range(bands);
  const step = measure === 'meanGap' ? 10 : 100;
  // Values print to a tenth or a whole percent, so a few dozen strings serve 10,000 cells.
  const printed = new Map<number, string>();
  return {
    format: (value) => {
      const rounded = Math.round(value * step);
      let text = printed.get(rounded);
      if (text === undefined) {
        text = formatter.format(rounded / step);
        printed.set(rounded, text);
      }
      return text;
    },
    bandOf: (value) => scale(Math.round(value * step) / step),
    edges: [low, ...scale.thresholds(), high].map((edge) => formatter.format(edge)),
  };
}

/** The cells of a summary as the heatmap shows them, and which kinds occur (for the key). */
export function cellViews(
  summary: GroupSummary | undefined,
  measure: GapMeasure,
  scale: Pick<BandScale, 'format' | 'bandOf'>,
  marks: { readonly noData: string; readonly notSet: string },
): { readonly cells: readonly CellView[]; readonly kinds: ReadonlySet<CellKind> } {
  const cells: CellView[] = [];
  const kinds = new Set<CellKind>();
  for (const cell of summary?.cells ?? []) {
    let view: CellView;
    if (cell.status === 'suppressed') {
      view = { kind: 'withheld', value: null, text: '', band: -1, reason: cell.reason };
    } else if (cell.status === 'empty') {
      view = { kind: 'empty', value: null, text: marks.noData, band: -1, reason: undefined };
    } else if (cell.gapStatus === 'withheld') {
      // The gap figures rest on fewer people than the scores (those whose role sets a level).
      view = { kind: 'withheld', value: null, text: '', band: -1, reason: cell.gapReason };
    } else {
      const value = cell[measure];
      view =
        value === null
          ? { kind: 'unset', value: null, text: marks.notSet, band: -1, reason: undefined }
          : {
              kind: 'value',
              value,
              text: scale.format(value),
              band: scale.bandOf(value),
              reason: undefined,
            };
    }
    kinds.add(view.kind);
    cells.push(view);
  }
  return { cells, kinds };
}

import type { CellView } from './cellViews.js';

/** What the heatmap's plain-words summary says, worked out from its cells. */
export interface HeatmapFindings {
  /**
   * The competency with the largest need (the largest mean of its published values over the
   * units), and the units where it is largest (up to {@link namedUnits}, largest first, only
   * units whose value there is published and above zero); `null` when no published value is
   * above zero.
   */
  readonly largest: {
    readonly competency: number;
    readonly units: readonly number[];
  } | null;
  /** Whether any cell has a published value (else everything is withheld, empty or unset). */
  readonly anyValue: boolean;
  /** Units with at least one withheld cell: counted, never named. */
  readonly withheldUnits: number;
}

/** How many units the sentence names at most. */
export const namedUnits = 2;

/**
 * The findings of the summary sentence. A unit is named only for a value it publishes, so a
 * withheld group is never named as having the largest gap; withheld units are only counted.
 */
export function heatmapFindings(
  cells: readonly CellView[],
  units: number,
  competencies: number,
): HeatmapFindings {
  let withheldUnits = 0;
  let anyValue = false;
  const sums = new Float64Array(competencies);
  const counts = new Int32Array(competencies);
  for (let unit = 0; unit < units; unit += 1) {
    let withheld = false;
    for (let competency = 0; competency < competencies; competency += 1) {
      const cell = cells[unit * competencies + competency];
      if (cell?.kind === 'withheld') withheld = true;
      if (cell?.value === null || cell?.value === undefined) continue;
      anyValue = true;
      sums[competency] = (sums[competency] ?? 0) + cell.value;
      counts[competency] = (counts[competency] ?? 0) + 1;
    }
    if (withheld) withheldUnits += 1;
  }
  let top = -1;
  let topMean = 0;
  for (let competency = 0; competency < competencies; competency += 1) {
    const count = counts[competency] ?? 0;
    if (count === 0) continue;
    const mean = (sums[competency] ?? 0) / count;
    if (mean > topMean) {
      top = competency;
      topMean = mean;
    }
  }
  if (top === -1) return { largest: null, anyValue, withheldUnits };
  const ranked: { unit: number; value: number }[] = [];
  for (let unit = 0; unit < units; unit += 1) {
    const value = cells[unit * competencies + top]?.value ?? null;
    if (value !== null && value > 0) ranked.push({ unit, value });
  }
  ranked.sort((a, b) => b.value - a.value || a.unit - b.unit);
  return {
    largest: { competency: top, units: ranked.slice(0, namedUnits).map(({ unit }) => unit) },
    anyValue,
    withheldUnits,
  };
}

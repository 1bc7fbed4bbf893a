import type { PriorityRow } from './priorityRows.js';

/** At least this share of resamples in the top k makes a leading unit a firm priority. */
export const firmTopKShare = 0.9;

/** Some of the leading units, with the least share of resamples in which one is in the top k. */
export interface PriorityGroup {
  /** The units, highest need first. */
  readonly rows: readonly PriorityRow[];
  /** The smallest share of resamples (0 to 1) in which one of them is in the top k. */
  readonly leastTopKShare: number;
}

/** What the plain-words summary of a ranking says, before it is put into words. */
export interface PriorityFindings {
  /**
   * Leading units (published, ranked k or better, ties included) that are in the top k in at
   * least nine resamples in ten: train these first. `undefined` when there is none.
   */
  readonly firm: PriorityGroup | undefined;
  /** Leading units that drop out of the top k more often. `undefined` when there is none. */
  readonly unsure: PriorityGroup | undefined;
  /** Units withheld because too few people answered (counted, never named). */
  readonly withheldCount: number;
}

function group(rows: readonly PriorityRow[]): PriorityGroup | undefined {
  if (rows.length === 0) return undefined;
  return { rows, leastTopKShare: Math.min(...rows.map((row) => row.unit.topKProbability ?? 0)) };
}

/**
 * The findings a director acts on: which units to train first (those ranked k or better) and
 * how sure the bootstrap is of each, split into the firm and the unsure. `undefined` when no
 * unit is ranked. Withheld units have no rank, so they are never among the leaders; only their
 * number is given.
 */
export function priorityFindings(
  rows: readonly PriorityRow[],
  topK: number,
): PriorityFindings | undefined {
  const leaders = rows.filter(
    (row) => row.unit.withheld === undefined && row.unit.rank !== null && row.unit.rank <= topK,
  );
  if (leaders.length === 0) return undefined;
  const firm = (row: PriorityRow) => (row.unit.topKProbability ?? 0) >= firmTopKShare;
  return {
    firm: group(leaders.filter(firm)),
    unsure: group(leaders.filter((row) => !firm(row))),
    withheldCount: rows.filter((row) => row.unit.withheld !== undefined).length,
  };
}

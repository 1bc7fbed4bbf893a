import type { PairedChangeByGroupResult, PairedChangeResult } from '@capkit/scoring/evaluation';
import { changeWords, type ChangeWords } from './changeWords.js';

/** One change in the chart: a competency's or a group's paired change between two rounds. */
export interface EvaluationChangeRow {
  /** Stable id, e.g. the competency's or group's id. */
  readonly id: string;
  /** Its name as the reader knows it. */
  readonly label: string;
  /** `pairedChange` (or one group of `pairedChangeByGroup`) of `@capkit/scoring/evaluation`. */
  readonly change: PairedChangeResult;
}

/** A row with its words worked out once, for the chart, the table and the summary. */
export interface WordedRow extends EvaluationChangeRow {
  readonly words: ChangeWords;
}

/**
 * The groups of a `pairedChangeByGroup` result as rows, named by `labels` (group id → name;
 * the id itself where there is none), in the engine's order.
 */
export function changeRowsFromGroups(
  result: PairedChangeByGroupResult,
  labels: Readonly<Record<string, string>> = {},
): EvaluationChangeRow[] {
  return result.groups.map(({ groupId, change }) => ({
    id: groupId,
    label: labels[groupId] ?? groupId,
    change,
  }));
}

/** Each row with its {@link changeWords}. */
export function wordRows(rows: readonly EvaluationChangeRow[]): WordedRow[] {
  return rows.map((row) => ({ ...row, words: changeWords(row.change) }));
}

/** How many rows read each way, and the row with the largest clear improvement. */
export interface ChangeTally {
  readonly improved: number;
  readonly declined: number;
  readonly noClear: number;
  readonly tooFew: number;
  readonly largest: WordedRow | null;
}

/** Counts the readings of the rows; the largest gain is the clear improvement with the top estimate. */
export function tallyRows(rows: readonly WordedRow[]): ChangeTally {
  let improved = 0;
  let declined = 0;
  let noClear = 0;
  let tooFew = 0;
  let largest: WordedRow | null = null;
  for (const row of rows) {
    const { words } = row;
    if (words.reading === 'tooFewPeople') tooFew += 1;
    else if (words.reading === 'noClearChange') noClear += 1;
    else if (words.reading === 'decline') declined += 1;
    else {
      improved += 1;
      const best = largest?.words.figures?.estimate ?? -Infinity;
      if (words.figures.estimate > best) largest = row;
    }
  }
  return { improved, declined, noClear, tooFew, largest };
}

/** The axis domain of the chart: 0 and every published interval end, never empty. */
export function changeExtent(rows: readonly WordedRow[]): [number, number] {
  let low = 0;
  let high = 0;
  for (const { words } of rows) {
    if (words.figures === null) continue;
    low = Math.min(low, words.figures.lower);
    high = Math.max(high, words.figures.upper);
  }
  if (low === high) return [-1, 1];
  return [low, high];
}

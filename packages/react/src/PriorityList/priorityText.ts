import type { PriorityListMessages, PriorityListUnitKind } from './messages.js';
import type { PriorityRow } from './priorityRows.js';

/** The list's numbers and recurring phrases in the reader's locale, shared by chart and table. */
export interface PriorityText {
  /** The widget's strings. */
  readonly messages: PriorityListMessages;
  /** What is ranked. */
  readonly by: PriorityListUnitKind;
  /** A score with two decimals. */
  readonly score: (value: number) => string;
  /** An axis tick. */
  readonly tick: (value: number) => string;
  /** A whole count. */
  readonly count: (value: number) => string;
  /** A share of resamples, rounded down; a dash when there is none. */
  readonly share: (value: number | null) => string;
  /** The confidence level, e.g. "95%". */
  readonly level: string;
  /** k of "in the top k". */
  readonly k: string;
  /** The smallest number of people a figure may rest on. */
  readonly minimum: string;
  /** A row's rank in words ("2 (tied)", "Not ranked"). */
  readonly rank: (row: PriorityRow) => string;
}

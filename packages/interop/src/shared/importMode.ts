import type { InteropIssue } from './interopIssue.js';

/**
 * What to do when some rows are bad. `allOrNothing` (the default everywhere) imports nothing if
 * any row is bad; `goodRows` imports the rows that passed and reports the others. Either way no
 * bad row is dropped silently: every rejected row has at least one issue.
 */
export type ImportMode = 'allOrNothing' | 'goodRows';

/** Outcome of an import. */
export type ImportResult<T> =
  | {
      readonly success: true;
      readonly data: T;
      /** Rows read from the file, header excluded. */
      readonly rowsRead: number;
      /** Rows taken into `data`. */
      readonly rowsImported: number;
      /** Rows left out (only in `goodRows` mode), each with its issues in `issues`. */
      readonly rowsRejected: number;
      /** Problems of the rejected rows; empty when every row was imported. */
      readonly issues: readonly InteropIssue[];
    }
  | {
      readonly success: false;
      /** Every problem found (up to `maxIssues`); nothing was imported. */
      readonly issues: readonly InteropIssue[];
      readonly rowsRead: number;
    };

import { formatPath, type ValidationIssue } from '@capkit/model';

/**
 * One problem found in data coming in: where it is, which rule it breaks, and why in plain
 * English. It is the model's {@link ValidationIssue} (so one list can hold both, and the same
 * widgets show them) with the place in the source file added.
 */
export interface InteropIssue extends ValidationIssue {
  /**
   * Row in the source file as a spreadsheet numbers it: the header is row 1, the first record
   * row 2. A quoted field may span several lines; rows count records, not lines. Absent for
   * JSON formats, whose `path` locates the problem.
   */
  readonly row?: number;
  /** The column's header, as written in the file. */
  readonly column?: string;
}

/** Builds an issue; `path` locates it in the document the row was read into. */
export function interopIssue(
  where: {
    readonly row?: number;
    readonly column?: string;
    readonly path?: readonly PropertyKey[];
  },
  code: string,
  message: string,
): InteropIssue {
  return {
    path: formatPath(where.path ?? []),
    code,
    message,
    ...(where.row === undefined ? {} : { row: where.row }),
    ...(where.column === undefined ? {} : { column: where.column }),
  };
}

/** `Row 12, column "Q3": …` — an issue as one line for logs and error messages. */
export function describeIssue(issue: InteropIssue): string {
  const place = [
    issue.row === undefined ? undefined : `Row ${issue.row}`,
    issue.column === undefined ? undefined : `column ${JSON.stringify(issue.column)}`,
    issue.path === '' || issue.column !== undefined ? undefined : issue.path,
  ].filter((part) => part !== undefined);
  return place.length === 0 ? issue.message : `${place.join(', ')}: ${issue.message}`;
}

/**
 * Thrown where a caller asked for a value rather than a result (the `…OrThrow` functions) and
 * the input has problems; `issues` holds every one found, capped at the caller's `maxIssues`.
 */
export class InteropError extends Error {
  override readonly name = 'InteropError';
  readonly issues: readonly InteropIssue[];

  constructor(summary: string, issues: readonly InteropIssue[]) {
    const first = issues[0];
    super(first === undefined ? summary : `${summary}: ${describeIssue(first)}`);
    this.issues = issues;
  }
}

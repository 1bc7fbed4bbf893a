import type { z } from 'zod';
import { CapkitScoringError } from './scoringError.js';

/**
 * A located path under `root`: `plan.interventions[3].endsOn`. Keys that are not plain
 * identifiers are quoted, so that a key holding dots or brackets cannot be read as a path:
 * `config.items[3]["a.b"]`. With `root` '' the path starts at its first key.
 */
export function issuePath(root: string, path: readonly PropertyKey[]): string {
  return path
    .reduce<string>(
      (text, key) =>
        typeof key === 'number'
          ? `${text}[${key}]`
          : typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)
            ? `${text}.${key}`
            : `${text}[${JSON.stringify(String(key))}]`,
      root,
    )
    .replace(/^\./, '');
}

/**
 * The first zod issue as a located `CapkitScoringError`, the one form every face's boundary
 * reports in: `input.interventions[2].seats: …`. An unknown key is named in the path
 * (`nodes[0].agregation`), so the message can say what was refused.
 */
export function zodIssueError(
  root: string,
  issues: readonly z.core.$ZodIssue[],
): CapkitScoringError {
  const issue = issues[0];
  if (issue === undefined)
    return new CapkitScoringError(root === '' ? 'input' : root, 'is invalid');
  const unknownKey = issue.code === 'unrecognized_keys';
  const path = issuePath(root, unknownKey ? [...issue.path, issue.keys[0] ?? ''] : issue.path);
  return new CapkitScoringError(
    path === '' ? 'input' : path,
    unknownKey ? 'is not a known key; unknown keys are refused, not ignored' : issue.message,
  );
}

/**
 * Parses `value` with a strict `schema` at a face's boundary.
 *
 * @throws {CapkitScoringError} at the first bad value under `root`, e.g. `options.today`.
 */
export function parseAt<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  root: string,
): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw zodIssueError(root, parsed.error.issues);
}

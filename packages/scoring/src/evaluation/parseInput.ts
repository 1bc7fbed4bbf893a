import type { z } from 'zod';
import { CapkitScoringError } from '../scoringError.js';

// `pairs[3].round1`; keys that are not plain identifiers are quoted.
function issuePath(root: string, path: readonly PropertyKey[]): string {
  return [root, ...path]
    .map((key) =>
      typeof key === 'number'
        ? `[${key}]`
        : typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)
          ? `.${key}`
          : `[${JSON.stringify(String(key))}]`,
    )
    .join('')
    .replace(/^\./, '');
}

/**
 * Parses input at the evaluation face's boundary with a strict zod schema.
 *
 * @throws {CapkitScoringError} at the first bad value, e.g. `input.pairs[3].round1`, naming an
 *   unknown key where there is one.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue === undefined) throw new CapkitScoringError(root, 'is not valid');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    throw new CapkitScoringError(issuePath(root, [...issue.path, key]), 'is not a known key');
  }
  throw new CapkitScoringError(issuePath(root, issue.path), issue.message);
}

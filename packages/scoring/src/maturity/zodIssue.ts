import type { z } from 'zod';
import { CapkitScoringError } from '../scoringError.js';

/**
 * The first zod issue as a located `CapkitScoringError`: `indicators[2].weight: …` (under
 * `root`, e.g. `options`; '' for the input itself). An unknown
 * key is named in the path, so `nodes[0].agregation` says which key was refused.
 */
export function issueError(root: string, issues: readonly z.core.$ZodIssue[]): CapkitScoringError {
  const issue = issues[0];
  if (issue === undefined) return new CapkitScoringError(root, 'invalid');
  const parts: PropertyKey[] =
    issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : [...issue.path];
  const path = parts
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('');
  const message =
    issue.code === 'unrecognized_keys'
      ? 'is not a known key; unknown keys are refused, not ignored'
      : issue.message;
  const located = `${root}${path}`.replace(/^\./, '');
  return new CapkitScoringError(located === '' ? 'input' : located, message);
}

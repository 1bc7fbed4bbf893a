import type { z } from 'zod';
import {
  formatIssueMessage,
  issueMessages,
  type IssueCode,
  type IssueParams,
} from './issueMessages.js';

/** One problem found in a document: where, which rule, and why in plain English. */
export interface ValidationIssue {
  /** Location in the document, e.g. `responses[12].answers[3].itemId`; empty for the whole document. */
  readonly path: string;
  /** Stable message key for translation, e.g. `ref.unknown` or zod's `too_small`. */
  readonly code: string;
  /** Human-readable English explanation. */
  readonly message: string;
  /** Values that fill the message's placeholders, for translated messages. */
  readonly params?: IssueParams;
}

/** Outcome of a `validate…` function: the typed document, or every problem found in it. */
export type ValidationResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly ValidationIssue[] };

// A key printed bare must not be mistaken for a path of several keys or an array index.
const bareKey = /^[^.[\]"'\s]+$/u;

/**
 * Formats a path as `levels[2].label.en`. A key that holds a dot, a bracket, a quote or white
 * space, or is empty, is quoted as JSON so the path stays unambiguous: `labels["a.b"]`,
 * `title[""]`. Symbols are written as `[Symbol(name)]`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      if (typeof key === 'symbol') return `[${String(key)}]`;
      if (!bareKey.test(key)) return `[${JSON.stringify(key)}]`;
      return `${index === 0 ? '' : '.'}${key}`;
    })
    .join('');
}

/** Builds an issue with capkit's English message for `code`. */
export function makeIssue(
  path: readonly PropertyKey[],
  code: IssueCode,
  params: IssueParams = {},
): ValidationIssue {
  return {
    path: formatPath(path),
    code,
    message: formatIssueMessage(issueMessages[code], params),
    params,
  };
}

/**
 * A zod issue as a capkit issue: capkit's own message key where a refinement set one
 * (`params.capkitCode`), zod's code otherwise; `prefix` locates the parsed value in a larger document.
 */
export function fromZodIssue(
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[] = [],
): ValidationIssue {
  const capkitCode =
    issue.code === 'custom' && typeof issue.params?.['capkitCode'] === 'string'
      ? issue.params['capkitCode']
      : undefined;
  return {
    path: formatPath([...prefix, ...issue.path]),
    code: capkitCode ?? issue.code,
    message: issue.message,
  };
}

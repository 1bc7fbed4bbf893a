import type { z } from 'zod';
import { competencySchema, type Competency } from './competency.js';
import { proficiencyScaleSchema, type ProficiencyScale } from './proficiencyScale.js';

/** One problem found in a document: where, which rule, and why in plain English. */
export interface ValidationIssue {
  /** Location in the document, e.g. `levels[2].label.en`; empty for the document itself. */
  readonly path: string;
  /** Stable message key for translation, e.g. `scale.levelsNotAscending` or zod's `too_small`. */
  readonly code: string;
  /** Human-readable English explanation. */
  readonly message: string;
}

/** Outcome of a `validate…` function: the typed document, or every problem found in it. */
export type ValidationResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly ValidationIssue[] };

/** Formats a zod path as `levels[2].label.en`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function toIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const capkitCode =
    issue.code === 'custom' && typeof issue.params?.['capkitCode'] === 'string'
      ? issue.params['capkitCode']
      : undefined;
  return { path: formatPath(issue.path), code: capkitCode ?? issue.code, message: issue.message };
}

function validateWith<T>(schema: z.ZodType<T>, input: unknown): ValidationResult<T> {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, issues: parsed.error.issues.map(toIssue) };
}

/** Checks unknown input against {@link proficiencyScaleSchema}; never throws for bad data. */
export function validateProficiencyScale(input: unknown): ValidationResult<ProficiencyScale> {
  return validateWith(proficiencyScaleSchema, input);
}

/** Checks unknown input against {@link competencySchema}; never throws for bad data. */
export function validateCompetency(input: unknown): ValidationResult<Competency> {
  return validateWith(competencySchema, input);
}

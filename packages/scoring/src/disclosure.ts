import { CapkitScoringError } from './scoringError.js';

/**
 * Options shared by every training-needs statistic (Borich, bootstrap, importance–performance,
 * ranked discrepancy, mean discrepancy, Hennessy-Hicks): the smallest number of distinct
 * respondents a published figure may rest on.
 */
export interface DisclosureOptions {
  /**
   * Smallest number of distinct respondents a published figure may rest on, a whole number ≥ 1.
   * A figure that rests on 1 to k − 1 people is withheld: its values and its `n` are `null`
   * and it says why (`withheld`). A figure that rests on nobody is simply unscored.
   * @default 5
   */
  readonly k?: number;
  /**
   * Must be `true` to set `k` below 2, i.e. to publish figures that rest on one person's
   * answers (for example when a person sees their own results).
   * @default false
   */
  readonly allowSmallGroups?: boolean;
}

/**
 * The disclosure rule a result was computed under, stated in the result: no published figure
 * rests on fewer than `k` distinct respondents (0 < n < k is withheld; n = 0 is unscored).
 */
export interface MinimumRespondentsRule {
  readonly rule: 'minimumRespondents';
  /** Smallest number of distinct respondents behind a published figure. */
  readonly k: number;
}

/** The `k` used when the caller gives none: a common threshold in survey reporting. */
export const defaultMinimumRespondents = 5;

/**
 * Checks the disclosure options and returns the rule they set.
 *
 * @throws {CapkitScoringError} at `options.k` for a value that is not a whole number ≥ 1, or
 *   below 2 without `allowSmallGroups: true`; at `options.allowSmallGroups` for a non-boolean.
 */
export function minimumRespondentsRule(options: DisclosureOptions): MinimumRespondentsRule {
  const { k = defaultMinimumRespondents, allowSmallGroups = false } = options;
  if (!(Number.isSafeInteger(k) && k >= 1)) {
    throw new CapkitScoringError('options.k', `must be a whole number ≥ 1, got ${String(k)}`);
  }
  if (typeof allowSmallGroups !== 'boolean') {
    throw new CapkitScoringError(
      'options.allowSmallGroups',
      `must be true or false, got ${String(allowSmallGroups)}`,
    );
  }
  if (k < 2 && !allowSmallGroups) {
    throw new CapkitScoringError(
      'options.k',
      'below 2 publishes single people’s answers; pass allowSmallGroups: true to do so',
    );
  }
  return { rule: 'minimumRespondents', k };
}

/** Whether a figure resting on `n` distinct respondents must be withheld: 0 < n < k. */
export function isBelowMinimum(n: number, rule: MinimumRespondentsRule): boolean {
  return n > 0 && n < rule.k;
}

/**
 * Refuses option keys a function does not know, so that a misspelt option (`importancebasis`,
 * `individualfeedback`) is an error rather than a silent default.
 *
 * @throws {CapkitScoringError} at `options.<key>` naming the known keys.
 */
export function rejectUnknownOptions(options: object, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new CapkitScoringError(
        `options.${key}`,
        `is not an option here; known options: ${known.join(', ')}`,
      );
    }
  }
}

import { scaleBounds, type ProficiencyScale } from '@capkit/model';
import { CapkitScoringError } from './scoringError.js';

/** One respondent's rating of one item; `value: null` means the item was not answered. */
export interface ItemRating {
  readonly itemId: string;
  readonly value: number | null;
}

/** Options for {@link competencyScore}. */
export interface CompetencyScoreOptions {
  /**
   * Smallest share of the competency's items that must be answered for a score to be given;
   * below it the score is missing, never 0. Must be in (0, 1].
   * @default 0.5
   */
  readonly minAnsweredShare?: number;
}

/** A competency score and the number of answers it rests on. */
export type CompetencyScore =
  | {
      readonly status: 'scored';
      /** Mean of the answered items' values, on the scale's own units. */
      readonly score: number;
      readonly answered: number;
      readonly total: number;
    }
  | {
      /** Too few items answered to score under the missing-value rule. */
      readonly status: 'insufficient';
      readonly score: null;
      readonly answered: number;
      readonly total: number;
    };

/**
 * Mean score of one respondent on one competency from their item ratings.
 *
 * score = (Σ answered values) / answered, given answered / total ≥ `minAnsweredShare`;
 * otherwise the score is missing (`status: 'insufficient'`). Unanswered items (`null`) are
 * left out of the mean rather than counted as 0.
 *
 * @throws {CapkitScoringError} when a value is not a finite number on the scale, naming the rating.
 */
export function competencyScore(
  ratings: readonly ItemRating[],
  scale: ProficiencyScale,
  options: CompetencyScoreOptions = {},
): CompetencyScore {
  const { minAnsweredShare = 0.5 } = options;
  if (!(minAnsweredShare > 0 && minAnsweredShare <= 1)) {
    throw new CapkitScoringError(
      'options.minAnsweredShare',
      `must be more than 0 and at most 1, got ${String(minAnsweredShare)}`,
    );
  }
  const { min, max } = scaleBounds(scale);
  let sum = 0;
  let answered = 0;
  ratings.forEach(({ itemId, value }, index) => {
    if (value === null) return;
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new CapkitScoringError(
        `ratings[${index}].value`,
        `item "${itemId}" has value ${String(value)}, outside scale "${scale.id}" (${min}–${max})`,
      );
    }
    sum += value;
    answered += 1;
  });
  const total = ratings.length;
  if (answered === 0 || answered / total < minAnsweredShare) {
    return { status: 'insufficient', score: null, answered, total };
  }
  return { status: 'scored', score: sum / answered, answered, total };
}

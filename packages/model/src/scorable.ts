import { z } from 'zod';

/**
 * What the scoring engine can score: the one source of truth that the model's schemas and
 * `@capkit/scoring`'s `compileScoringConfig` both read, so that a document the model accepts is
 * a document the engine can score.
 *
 * - `minRating` / `maxRating`: every rating-scale point lies in 0–254. `@capkit/scoring` stores
 *   one rating per byte in its columnar response matrix (`Uint8Array`), and the byte 255 is its
 *   marker for a missing answer, so 254 is the highest rating that can be stored.
 * - `maxItemWeight`: an item weight lies in (0, 1000]. A competency score is
 *   Σ wⱼ·xⱼ / Σ wⱼ; with weights up to 1000, ratings up to 254 and at most
 *   `documentLimits.instrumentItems` (1000) items the sums stay below 2.6 × 10⁸, far inside the 2⁵³ range
 *   where doubles add exactly, and the ratio of the largest to the smallest sensible weight
 *   (1000 : 1) is wider than any published weighting scheme uses. A weight of 1e308 overflows the
 *   sum to Infinity, which is why the engine published a mean of NaN before this limit.
 *
 * @example
 * ```ts
 * import { scorableLimits } from '@capkit/model';
 * scorableLimits.maxRating; // 254
 * ```
 */
export const scorableLimits = {
  /** Lowest rating the engine can store. @default 0 */
  minRating: 0,
  /** Highest rating the engine can store; 255 is the engine's missing-answer marker. @default 254 */
  maxRating: 254,
  /** Highest item weight; weights must also be above 0. @default 1000 */
  maxItemWeight: 1000,
} as const;

/** The type of {@link scorableLimits}. */
export type ScorableLimits = typeof scorableLimits;

/**
 * A rating-scale point the engine can score: a whole number from {@link scorableLimits}`.minRating`
 * to `.maxRating`. Out-of-range values fail with zod's `too_small` / `too_big` and the reason, e.g.
 * `"300 is above 254, the highest rating the scoring engine can store (ratings are bytes; 255 marks a missing answer)"`.
 * Plain `minimum`/`maximum` checks, so the JSON Schema export carries the same bounds.
 */
export const scorableRatingSchema = z
  .number()
  .int()
  .min(scorableLimits.minRating, {
    error: (issue) =>
      `${String(issue.input)} is below ${scorableLimits.minRating}, the lowest rating the scoring engine can store`,
  })
  .max(scorableLimits.maxRating, {
    error: (issue) =>
      `${String(issue.input)} is above ${scorableLimits.maxRating}, the highest rating the scoring engine can store (ratings are bytes; 255 marks a missing answer)`,
  });

/**
 * An end point of a rating range that need not be whole (a UNDP assessment's range): from
 * {@link scorableLimits}`.minRating` to `.maxRating`.
 */
export const scorableRangeEndSchema = z
  .number()
  .min(scorableLimits.minRating, {
    error: (issue) =>
      `${String(issue.input)} is below ${scorableLimits.minRating}, the lowest rating the scoring engine can store`,
  })
  .max(scorableLimits.maxRating, {
    error: (issue) =>
      `${String(issue.input)} is above ${scorableLimits.maxRating}, the highest rating the scoring engine can store`,
  });

/**
 * An item weight the engine can score: above 0 and at most {@link scorableLimits}`.maxItemWeight`.
 */
export const scorableItemWeightSchema = z
  .number()
  .positive()
  .max(scorableLimits.maxItemWeight, {
    error: (issue) =>
      `Weight ${String(issue.input)} is above ${scorableLimits.maxItemWeight}, the largest item weight the scoring engine accepts`,
  });

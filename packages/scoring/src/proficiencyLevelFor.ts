import type { ProficiencyLevel, ProficiencyScale } from '@capkit/model';

// Absorbs floating-point noise such as 2.9999999999999996 for a mean that is exactly 3.
const tolerance = 1e-9;

/**
 * The proficiency level a score has reached: the highest level whose value is at most the score,
 * or `null` when there is no score to place.
 *
 * Rounding rule: scores round down to a level (3.9 on a 1–4 scale is level 3), so a level is
 * shown only once it is fully reached. A score below the lowest level gives the lowest level.
 *
 * Missing is never a level: a non-finite score (`NaN`, as a mean of no answers gives, or
 * ±`Infinity`) returns `null`, so a caller has to show it as "No score" rather than as the
 * lowest level. Throws a `RangeError` for a scale without levels.
 */
export function proficiencyLevelFor(
  score: number,
  scale: ProficiencyScale,
): ProficiencyLevel | null {
  let reached = scale.levels[0];
  if (reached === undefined) throw new RangeError(`Scale "${scale.id}" has no levels`);
  if (!Number.isFinite(score)) return null;
  for (const level of scale.levels) {
    if (level.value <= score + tolerance) reached = level;
  }
  return reached;
}

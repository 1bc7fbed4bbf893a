import type { ProficiencyLevel, ProficiencyScale } from '@capkit/model';

// Absorbs floating-point noise such as 2.9999999999999996 for a mean that is exactly 3.
const tolerance = 1e-9;

/**
 * The proficiency level a score has reached: the highest level whose value is at most the score.
 *
 * Rounding rule: scores round down to a level (3.9 on a 1–4 scale is level 3), so a level is
 * shown only once it is fully reached. A score below the lowest level gives the lowest level.
 */
export function proficiencyLevelFor(score: number, scale: ProficiencyScale): ProficiencyLevel {
  let reached = scale.levels[0];
  for (const level of scale.levels) {
    if (level.value <= score + tolerance) reached = level;
  }
  if (reached === undefined) throw new RangeError(`Scale "${scale.id}" has no levels`);
  return reached;
}

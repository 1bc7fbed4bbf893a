import type { MaturityLevel } from './maturityInput.js';

/**
 * The level a score reaches: the last of `levels` (ascending `minScore`) whose `minScore` is at
 * or below it; null below the first level, or for a missing score.
 */
export function maturityLevelOf(
  score: number | null,
  levels: readonly MaturityLevel[],
): MaturityLevel | null {
  if (score === null || Number.isNaN(score)) return null;
  let reached: MaturityLevel | null = null;
  for (const level of levels) if (level.minScore <= score) reached = level;
  return reached;
}

/** {@link maturityLevelOf} for every score. */
export function maturityLevels(
  scores: readonly (number | null)[],
  levels: readonly MaturityLevel[],
): (MaturityLevel | null)[] {
  return scores.map((score) => maturityLevelOf(score, levels));
}

export {
  competencyScore,
  type CompetencyScore,
  type CompetencyScoreOptions,
  type ItemRating,
} from './competencyScore.js';
export { proficiencyLevelFor } from './proficiencyLevelFor.js';
export { CapkitScoringError } from './scoringError.js';

// The core: compile a scoring config, aggregate a response matrix into mergeable partials, merge
// and roll them up. Partials hold counts about people, so what is published from them goes
// through '@capkit/scoring/publication' (the disclosure rule), kept apart so the core stays small.
export {
  aggregateByGroup,
  crossGroups,
  histogramResolution,
  type AggregateOptions,
  type GroupPartials,
  type Grouping,
  type IndexColumn,
  type RequiredLevels,
} from './aggregateByGroup.js';
export {
  competencyScore,
  type CompetencyScore,
  type CompetencyScoreOptions,
  type ItemRating,
} from './competencyScore.js';
export { hierarchyDepths, mergePartials, rollUpHierarchy } from './mergePartials.js';
export { proficiencyLevelFor } from './proficiencyLevelFor.js';
export { configHash, engineVersion, provenanceOf, type Provenance } from './provenance.js';
export { createRandom, randomIndex, type Random } from './random.js';
export { MISSING, responseMatrixFromRows, type ResponseMatrix } from './responseMatrix.js';
export { scoreCompetency } from './rowScorer.js';
export { histogramBytes, type ScoreHistogram } from './scoreHistogram.js';
export { roleGaps, scoreRespondents, type RespondentScores } from './scoreRespondents.js';
export {
  compileScoringConfig,
  isCompiledScoringConfig,
  OFF_SCALE,
  scoringConfigSchema,
  type CompiledScoringConfig,
  type ScoringConfig,
} from './scoringConfig.js';
export { CapkitScoringError } from './scoringError.js';

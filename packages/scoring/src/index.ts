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
export { cronbachAlpha, type CronbachAlphaResult } from './cronbachAlpha.js';
export {
  organisationGroups,
  scoringInputFromModel,
  selectResponses,
  type FromModelOptions,
  type ModelScoringInput,
  type OrganisationGroups,
  type ResponseSelection,
  type SelectedResponses,
} from './fromModel.js';
export {
  aggregatePublication,
  mergePublicationPartials,
  summarisePublication,
  type DisclosureRule,
  type Publication,
  type PublicationAggregateOptions,
  type PublicationGroups,
  type PublicationOptions,
  type PublicationPartials,
  type PublicationTable,
} from './publication.js';
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
export {
  summariseGroups,
  type GroupSummary,
  type GroupSummaryCell,
  type OrderStatisticsOptions,
  type SummariseOptions,
} from './summariseGroups.js';
export { suppressSmallGroups, type SuppressionReason } from './suppressSmallGroups.js';

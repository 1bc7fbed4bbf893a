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
  pairedInputFromModel,
  scoringInputFromModel,
  type FromModelOptions,
  type ModelPairedInput,
  type ModelScoringInput,
  type OrganisationGroups,
} from './fromModel.js';
export { hierarchyDepths, mergePartials, rollUpHierarchy } from './mergePartials.js';
export { proficiencyLevelFor } from './proficiencyLevelFor.js';
export { configHash, engineVersion, provenanceOf, type Provenance } from './provenance.js';
export { createRandom, randomIndex, type Random } from './random.js';
export { MISSING, responseMatrixFromRows, type ResponseMatrix } from './responseMatrix.js';
export { scoreCompetency } from './rowScorer.js';
export { roleGaps, scoreRespondents, type RespondentScores } from './scoreRespondents.js';
export {
  compileScoringConfig,
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
  type SummariseOptions,
} from './summariseGroups.js';
export { suppressSmallGroups, type SuppressionReason } from './suppressSmallGroups.js';
export { undpKey, undpRollUp, type CapacityLevels, type UndpRollUp } from './undpRollUp.js';
export {
  pairedResponsesFromRows,
  validatePairedResponses,
  validateRatingScale,
  type PairedResponses,
  type PairedRow,
  type RatingScale,
} from './pairedResponses.js';
export {
  meanDiscrepancy,
  type ItemDiscrepancy,
  type MeanDiscrepancyResult,
} from './discrepancy.js';
export {
  competencyMeanWeightedDiscrepancy,
  meanWeightedDiscrepancy,
  type BorichCompetency,
  type BorichCompetencyOptions,
  type BorichCompetencyResult,
  type BorichItem,
  type BorichResult,
} from './borich.js';
export {
  rankedDiscrepancy,
  type RankedDiscrepancyItem,
  type RankedDiscrepancyResult,
} from './rankedDiscrepancy.js';
export {
  importancePerformance,
  type Crosshairs,
  type ImportancePerformanceItem,
  type ImportancePerformanceOptions,
  type ImportancePerformanceQuadrant,
  type ImportancePerformanceResult,
} from './importancePerformance.js';
export {
  hennessyHicks,
  MISSING_NEED,
  type HennessyHicksGroup,
  type HennessyHicksItemNeed,
  type HennessyHicksOptions,
  type HennessyHicksOrganisationItem,
  type HennessyHicksResult,
} from './hennessyHicks.js';
export {
  bootstrapMeanWeightedDiscrepancy,
  type BootstrapOptions,
  type BootstrapResult,
  type BootstrapUnit,
} from './bootstrap.js';

// Training-needs prioritisation: a separate entry point, so the core stays small.
export { pairedInputFromModel, type ModelPairedInput } from './fromModel.js';
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
  type MeanDiscrepancyOptions,
  type MeanDiscrepancyResult,
} from './discrepancy.js';
export { type DisclosureOptions, type MinimumRespondentsRule } from './disclosure.js';
export {
  competencyMeanWeightedDiscrepancy,
  meanWeightedDiscrepancy,
  type BorichCompetency,
  type BorichCompetencyOptions,
  type BorichCompetencyResult,
  type BorichItem,
  type BorichOptions,
  type BorichResult,
  type ImportanceBasis,
} from './borich.js';
export {
  rankedDiscrepancy,
  type RankedDiscrepancyItem,
  type RankedDiscrepancyOptions,
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
  type BootstrapMethod,
  type BootstrapOptions,
  type BootstrapProgress,
  type BootstrapResult,
  type BootstrapUnit,
  type LittleBootstrapDesign,
} from './bootstrap.js';
export { bootstrapFromLittleSample } from './littleBootstraps.js';
export {
  littleBootstrapSample,
  mergeLittleBootstrapSamples,
  type LittleBootstrapSample,
  type LittleBootstrapSampleOptions,
} from './littleBootstrapSample.js';
export { type BorichSums } from './borich.js';
export {
  analyseTrainingNeeds,
  type TrainingNeedsAnalysis,
  type TrainingNeedsAnalysisOptions,
} from './analyseTrainingNeeds.js';
export {
  competencyImportancePerformance,
  type CompetencyImportancePerformanceOptions,
  type CompetencyImportancePerformanceResult,
} from './competencyImportancePerformance.js';

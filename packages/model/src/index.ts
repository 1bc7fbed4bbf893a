export {
  campaignSchema,
  campaignStatusSchema,
  isWithinSchedule,
  populationSchema,
  type Campaign,
  type CampaignStatus,
  type Population,
} from './campaign.js';
export {
  capabilityCentreSchema,
  capacityAssetSchema,
  type CapacityAsset,
} from './capacityAsset.js';
export {
  capacityDevelopmentPlanSchema,
  deliveryStatusSchema,
  interventionKindSchema,
  interventionSchema,
  interventionTargetSchema,
  milestoneSchema,
  planConstraintsSchema,
  spendingEntrySchema,
  unitCoverageSchema,
  type CapacityDevelopmentPlan,
  type Intervention,
  type InterventionKind,
  type InterventionTarget,
  type Milestone,
  type PlanConstraints,
  type SpendingEntry,
  type UnitCoverage,
} from './capacityDevelopmentPlan.js';
export { communityOfPracticeSchema, type CommunityOfPractice } from './communityOfPractice.js';
export { competencySchema, type Competency } from './competency.js';
export {
  competencyFrameworkSchema,
  frameworkAreaSchema,
  frameworkRefSchema,
  frameworkStatusSchema,
  type CompetencyFramework,
  type FrameworkArea,
  type FrameworkRef,
  type FrameworkStatus,
} from './competencyFramework.js';
export { calendarDateSchema, dateTimeSchema } from './dates.js';
export {
  evaluationObservationSchema,
  evaluationSchema,
  indicatorSchema,
  kirkpatrickLevelSchema,
  kirkpatrickMeasureSchema,
  observationInstrumentSchema,
  roiInputsSchema,
  type Evaluation,
  type EvaluationObservation,
  type Indicator,
  type ObservationInstrument,
  type KirkpatrickLevel,
  type KirkpatrickMeasure,
  type RoiInputs,
} from './evaluation.js';
export { idSchema } from './ids.js';
export {
  displayRuleSchema,
  instrumentItemSchema,
  instrumentSchema,
  itemTargetSchema,
  raterPerspectiveSchema,
  ratingScaleSchema,
  type DisplayRule,
  type Instrument,
  type InstrumentItem,
  type ItemTarget,
  type RaterPerspective,
  type RatingScale,
} from './instrument.js';
export {
  interventionCostFor,
  interventionCostSchema,
  type InterventionCost,
} from './interventionCost.js';
export { interventionOfferingSchema, type InterventionOffering } from './interventionOffering.js';
export {
  formatIssueMessage,
  issueMessages,
  type IssueCode,
  type IssueParams,
} from './issueMessages.js';
export { defaultMaxIssues, type ValidationOptions } from './issueList.js';
export { knowledgeItemSchema, knowledgeStageSchema, type KnowledgeItem } from './knowledgeItem.js';
export { languageTagSchema, localizedTextSchema, type LocalizedText } from './localizedText.js';
export { documentLimits, type DocumentLimits } from './limits.js';
export {
  maturityAggregationSchema,
  maturityEntityKindSchema,
  maturityEntitySchema,
  maturityIndexSchema,
  maturityIndicatorSchema,
  maturityLevelSchema,
  maturityNodeSchema,
  maturityValueSchema,
  type MaturityAggregation,
  type MaturityEntity,
  type MaturityEntityKind,
  type MaturityIndex,
  type MaturityIndicator,
  type MaturityLevel,
  type MaturityNode,
  type MaturityValue,
} from './maturityIndex.js';
export { migrateDocument, migrations, type Migration } from './migrations.js';
export { currencyCodeSchema, moneySchema, type Money } from './money.js';
export {
  competencyRequirementSchema,
  membershipSchema,
  orgUnitSchema,
  personalDataSchema,
  personSchema,
  roleSchema,
  type CompetencyRequirement,
  type Membership,
  type OrgUnit,
  type Person,
  type PersonalData,
  type Role,
} from './organisation.js';
export {
  proficiencyLevelSchema,
  proficiencyScaleSchema,
  scaleBounds,
  type ProficiencyLevel,
  type ProficiencyScale,
} from './proficiencyScale.js';
export {
  cycleRoundSchema,
  programmeSchema,
  roundNumberSchema,
  type CycleRound,
  type Programme,
} from './programme.js';
export { answerSchema, responseSchema, type Answer, type AssessmentResponse } from './response.js';
export {
  scorableItemWeightSchema,
  scorableLimits,
  scorableRangeEndSchema,
  scorableRatingSchema,
  type ScorableLimits,
} from './scorable.js';
export { currentSchemaVersion, schemaVersionSchema } from './schemaVersion.js';
export {
  engagementActivitySchema,
  engagementStrategySchema,
  stakeholderAttitudeSchema,
  stakeholderSchema,
  type EngagementActivity,
  type Stakeholder,
} from './stakeholder.js';
export {
  capacityAssessmentSchema,
  capacityQuestionSchema,
  coreIssueSchema,
  functionalCapacitySchema,
  pointOfEntrySchema,
  undpCellSchema,
  type CapacityAssessment,
  type CapacityQuestion,
  type UndpCell,
} from './undpCapacityAssessment.js';
export {
  campaignPhase,
  coreIssues,
  engagementStrategies,
  functionalCapacities,
  knowledgeStages,
  pointsOfEntry,
  suggestedEngagementStrategy,
  type CampaignPhase,
  type CoreIssue,
  type EngagementStrategy,
  type FunctionalCapacity,
  type KnowledgeStage,
  type PointOfEntry,
} from './vocabulary.js';
export {
  validateCompetency,
  validateCompetencyFramework,
  validateInstrument,
  validateProficiencyScale,
  validateResponse,
  validateWorkspace,
} from './validation.js';
export {
  formatPath,
  fromZodIssue,
  makeIssue,
  type ValidationIssue,
  type ValidationResult,
} from './validationIssue.js';
export { hasVisibleCharacter, visibleCharacterPattern, visibleTextSchema } from './visibleText.js';
export { resolveLocalizedText, textDirection, type ResolvedText } from './textLanguage.js';
export { withoutPersonalData, workspaceSchema, type Workspace } from './workspace.js';
export {
  checkFrameworkReferences,
  checkWorkspaceReferences,
  responseChecker,
} from './workspaceReferences.js';

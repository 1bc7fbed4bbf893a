export {
  accountSchema,
  agentSchema,
  groupSchema,
  type XapiAccount,
  type XapiActor,
  type XapiAgent,
  type XapiGroup,
} from './agents.js';
export {
  activityDefinitionSchema,
  activitySchema,
  interactionTypes,
  type ActivityDefinition,
  type InteractionType,
  type XapiActivity,
} from './activity.js';
export { resultSchema, scoreSchema, type XapiResult, type XapiScore } from './result.js';
export {
  contextAgentSchema,
  contextGroupSchema,
  statementRefSchema,
  type ContextActivities,
  type StatementRef,
  type XapiContext,
} from './context.js';
export {
  attachmentSchema,
  statementSchemaFor,
  verbSchema,
  voidedVerbId,
  type XapiAttachment,
  type XapiStatement,
  type XapiSubStatement,
  type XapiVerb,
} from './statement.js';
export type { XapiVersion } from './primitives.js';
export {
  validateStatement,
  validateStatementOrThrow,
  validateStatements,
  type XapiValidationOptions,
  type XapiValidationResult,
} from './validate.js';
export { capkitStatementId, capkitStatementNamespace } from './statementId.js';
export { uuidV5 } from '../shared/uuidV5.js';
export { capkitIris, xapiActivityTypes, xapiVerbs } from './vocabulary.js';
export {
  assessmentSubmittedStatement,
  competencyLevelReachedStatement,
  interventionCompletedStatement,
  type StatementBuildOptions,
} from './builders.js';
export {
  applyCompletions,
  type AppliedCompletion,
  type CompletionImport,
  type CompletionImportOptions,
  type UnappliedStatement,
} from './completions.js';

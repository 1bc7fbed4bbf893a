// The one door out of the engine for numbers about groups of people: every table published from
// the same data passes the disclosure rule together here. With it, the adapters from a validated
// @capkit/model workspace to the engine's inputs.
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
export {
  summariseGroups,
  type GroupSummary,
  type GroupSummaryCell,
  type OrderStatisticsOptions,
  type SummariseOptions,
} from './summariseGroups.js';
export { suppressSmallGroups, type SuppressionReason } from './suppressSmallGroups.js';

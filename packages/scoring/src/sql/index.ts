// SQL push-down: the engine's mergeable partials computed where the data lives (DuckDB,
// PostgreSQL), so that only a few rows per unit × role × competency leave the database. What is
// published from them still goes through '@capkit/scoring/publication'.
export {
  aggregateByGroupSql,
  aggregatePublicationSql,
  publicationQueries,
  type PublicationQueries,
  type SqlAggregateOptions,
  type SqlClient,
} from './sqlPushdown.js';
export type { SqlGrouping } from './decodePartials.js';
export {
  sqlDataLayoutSchema,
  sqlPublicationGroupsSchema,
  type SqlDataLayout,
  type SqlPublicationGroups,
} from './sqlLayout.js';
export { quoteIdentifier, quoteTableName, type SqlTableName } from './sqlIdentifiers.js';
export { maxSqlParameters, type SqlQuery, type SqlValue } from './sqlParameters.js';

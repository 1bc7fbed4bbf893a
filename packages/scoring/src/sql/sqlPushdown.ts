import type { GroupPartials } from '../aggregateByGroup.js';
import type { PublicationPartials } from '../publication.js';
import { assertCompiledScoringConfig, type CompiledScoringConfig } from '../scoringConfig.js';
import { CapkitScoringError } from '../scoringError.js';
import { parseAt } from '../zodIssue.js';
import { z } from 'zod';
import { checkQuery, throwCheckProblem } from './checkQuery.js';
import {
  decodeGroupPartials,
  decodePublicationPartials,
  type SqlGrouping,
} from './decodePartials.js';
import { partialsQuery } from './partialsQuery.js';
import {
  checkedGroups,
  quotedLayout,
  type CheckedGroups,
  type SqlDataLayout,
  type SqlPublicationGroups,
} from './sqlLayout.js';
import type { SqlQuery, SqlValue } from './sqlParameters.js';

/**
 * What capkit needs of a database client: run one statement with `$1`, `$2`, … bound to
 * `values`, resolve to its rows as plain objects keyed by column name. Three lines adapt `pg`
 * or `@duckdb/node-api` (see the README); capkit depends on neither.
 */
export interface SqlClient {
  query(text: string, values: readonly SqlValue[]): Promise<readonly Record<string, unknown>[]>;
}

const optionsSchema = z.strictObject({
  /**
   * Keep a histogram per cell, for medians and quantiles (as `aggregateByGroup`'s option).
   * @default false
   */
  quantiles: z.boolean().optional(),
});

/** Options of {@link aggregatePublicationSql}. */
export type SqlAggregateOptions = z.input<typeof optionsSchema>;

/** The two statements of a push-down, compiled and ready for any client. */
export interface PublicationQueries {
  /** Returns at most one row per kind of problem in the data; none when the data is sound. */
  readonly check: SqlQuery;
  /** Returns the partials rows, one per unit × role × competency (× bin with quantiles). */
  readonly partials: SqlQuery;
  /** Throws the first problem the check's rows report (see `throwCheckProblem`). */
  readonly throwCheckProblem: (rows: readonly Record<string, unknown>[]) => void;
  /** The partials rows as `aggregatePublication` would have returned them. */
  readonly decode: (rows: readonly unknown[]) => PublicationPartials;
  /** The partials rows grouped as `aggregateByGroup` would, by units, roles or unit × role. */
  readonly decodeGroups: (rows: readonly unknown[], by: SqlGrouping) => GroupPartials;
}

/**
 * Compiles a scoring config and the description of where the data lives into the SQL that
 * checks the data and computes the engine's mergeable partials in the database (DuckDB or
 * PostgreSQL), and the decoders of its rows. Pure: runs nothing.
 *
 * The query text holds only capkit's own SQL, the caller's table and column names as quoted
 * identifiers, and integers capkit counts itself; every id, weight, flag, level and bound is a
 * `$n` placeholder bound to `values`.
 *
 * @throws {CapkitScoringError} for a config not made by `compileScoringConfig`, a bad layout
 *   or bad groups (naming the field), or more than `maxSqlParameters` values to bind.
 */
export function publicationQueries(
  config: CompiledScoringConfig,
  layout: SqlDataLayout,
  groups: SqlPublicationGroups,
  options: SqlAggregateOptions = {},
): PublicationQueries {
  assertCompiledScoringConfig(config);
  const quoted = quotedLayout(layout);
  const checked: CheckedGroups = checkedGroups(groups, config);
  const { quantiles = false } = parseAt(optionsSchema, options, 'options');
  return {
    check: checkQuery(config, quoted, checked),
    partials: partialsQuery(config, quoted, checked, quantiles),
    throwCheckProblem: (rows) => throwCheckProblem(rows, config),
    decode: (rows) => decodePublicationPartials(rows, config, checked, quantiles),
    decodeGroups: (rows, by) => decodeGroupPartials(rows, config, checked, quantiles, by),
  };
}

async function run(
  client: SqlClient,
  query: SqlQuery,
): Promise<readonly Record<string, unknown>[]> {
  const rows: unknown = await client.query(query.text, query.values);
  if (!Array.isArray(rows))
    throw new CapkitScoringError('client.query', 'must resolve to an array of row objects');
  return rows as readonly Record<string, unknown>[];
}

/**
 * `aggregatePublication` in the database: checks the data (throwing as the JS engine's adapters
 * do, naming respondent and item), then computes the partials of every person in the people
 * table where the data lives, so that only a few rows per unit × role × competency leave it.
 * Partials of several databases (shards holding disjoint people) merge with
 * `mergePublicationPartials`; `summarisePublication` publishes them.
 *
 * @throws {CapkitScoringError} as {@link publicationQueries}, or for a problem in the data:
 *   a rating off the scale or not a whole number, an item answered twice by one respondent, an
 *   answer from someone not in the people table, a person whose unit or role is not listed, or
 *   a person listed twice.
 */
export async function aggregatePublicationSql(
  client: SqlClient,
  config: CompiledScoringConfig,
  layout: SqlDataLayout,
  groups: SqlPublicationGroups,
  options: SqlAggregateOptions = {},
): Promise<PublicationPartials> {
  const queries = publicationQueries(config, layout, groups, options);
  queries.throwCheckProblem(await run(client, queries.check));
  return queries.decode(await run(client, queries.partials));
}

/**
 * `aggregateByGroup` in the database, the respondents grouped `by` units, roles or unit × role
 * and gaps measured against their roles' levels: the same checks and query as
 * {@link aggregatePublicationSql}, decoded into one `GroupPartials`.
 *
 * @throws {CapkitScoringError} as {@link aggregatePublicationSql}.
 */
export async function aggregateByGroupSql(
  client: SqlClient,
  config: CompiledScoringConfig,
  layout: SqlDataLayout,
  groups: SqlPublicationGroups,
  by: SqlGrouping,
  options: SqlAggregateOptions = {},
): Promise<GroupPartials> {
  const queries = publicationQueries(config, layout, groups, options);
  queries.throwCheckProblem(await run(client, queries.check));
  return queries.decodeGroups(await run(client, queries.partials), by);
}

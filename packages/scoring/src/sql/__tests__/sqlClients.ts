// The README's two adapters, as the tests use them, and a loader that writes a long survey into
// a database through the same `SqlClient` (quoted names, bound values), so the tests need
// nothing but the adapters.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import pg from 'pg';
import type { SqlClient, SqlDataLayout } from '../index.js';
import { quoteIdentifier, quoteTableName, type SqlTableName } from '../sqlIdentifiers.js';
import type { SqlValue } from '../sqlParameters.js';
import type { LongSurvey } from './longSurvey.js';

// --- README adapter (DuckDB) starts
export function duckdbClient(connection: DuckDBConnection): SqlClient {
  return {
    query: async (text, values) =>
      (await connection.runAndReadAll(text, [...values])).getRowObjects(),
  };
}
// --- README adapter (DuckDB) ends

// --- README adapter (pg) starts
export function pgClient(pool: pg.Pool | pg.Client): SqlClient {
  return {
    query: async (text, values) =>
      (await pool.query<Record<string, unknown>>(text, [...values])).rows,
  };
}
// --- README adapter (pg) ends

/** An in-memory DuckDB database and its client. */
export async function openDuckdb(): Promise<{ client: SqlClient; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  return {
    client: duckdbClient(connection),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A pool on a private server (see test/postgresServer.mjs). */
export function openPg(server: { host: string; port: number; user: string; database: string }): {
  client: SqlClient;
  pool: pg.Pool;
} {
  const pool = new pg.Pool({ ...server, max: 2 });
  return { client: pgClient(pool), pool };
}

/** Column types of the loaded tables; ratings as DOUBLE PRECISION so off-scale tests can store 2.5. */
export interface TableTypes {
  readonly respondent?: string;
  readonly rating?: string;
}

/** Names a survey is loaded under: the layout given to the push-down. */
export function layoutFor(
  answers: SqlTableName,
  people: SqlTableName,
  columns: {
    respondent?: string;
    item?: string;
    rating?: string;
    unit?: string;
    role?: string;
  } = {},
): SqlDataLayout {
  const respondent = columns.respondent ?? 'respondent_id';
  return {
    answers: {
      table: answers,
      respondent,
      item: columns.item ?? 'item_id',
      rating: columns.rating ?? 'rating',
    },
    people: {
      table: people,
      respondent,
      unit: columns.unit ?? 'unit_id',
      role: columns.role ?? 'role_id',
    },
  };
}

async function insertRows(
  client: SqlClient,
  table: string,
  rows: readonly (readonly (SqlValue | null)[])[],
  width: number,
): Promise<void> {
  const batch = Math.floor(3000 / width);
  for (let start = 0; start < rows.length; start += batch) {
    const chunk = rows.slice(start, start + batch);
    const values: SqlValue[] = [];
    const tuples = chunk.map((row) => {
      const cells = row.map((value) => {
        // NULL is written as text: a bound null is not a SqlValue.
        if (value === null) return 'NULL';
        values.push(value);
        return `$${values.length}`;
      });
      return `(${cells.join(', ')})`;
    });
    await client.query(`INSERT INTO ${table} VALUES ${tuples.join(', ')}`, values);
  }
}

/** Creates the survey's two tables under the layout's names and fills them. */
export async function loadSurvey(
  client: SqlClient,
  survey: Pick<LongSurvey, 'answers' | 'people'>,
  layout: SqlDataLayout,
  types: TableTypes = {},
): Promise<void> {
  const respondentType = types.respondent ?? 'VARCHAR';
  const { answers, people } = layout;
  const answersTable = quoteTableName(answers.table);
  const peopleTable = quoteTableName(people.table);
  const column = (name: string | undefined, fallback: string) => quoteIdentifier(name ?? fallback);
  for (const [table, parts] of [
    [answersTable, answers.table],
    [peopleTable, people.table],
  ] as const) {
    if (typeof parts !== 'string' && parts.length > 1)
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(parts[0] as string)}`, []);
    await client.query(`DROP TABLE IF EXISTS ${table}`, []);
  }
  await client.query(
    `CREATE TABLE ${answersTable} (${column(answers.respondent, 'respondent_id')} ${respondentType}, ${column(answers.item, 'item_id')} VARCHAR, ${column(answers.rating, 'rating')} ${types.rating ?? 'DOUBLE PRECISION'})`,
    [],
  );
  await client.query(
    `CREATE TABLE ${peopleTable} (${column(people.respondent, 'respondent_id')} ${respondentType}, ${column(people.unit, 'unit_id')} VARCHAR, ${column(people.role, 'role_id')} VARCHAR)`,
    [],
  );
  const id = (respondent: string) =>
    respondentType === 'VARCHAR' ? respondent : Number(respondent.replace(/\D/g, ''));
  await insertRows(
    client,
    answersTable,
    survey.answers.map((answer) => [id(answer.respondent), answer.item, answer.rating]),
    3,
  );
  await insertRows(
    client,
    peopleTable,
    survey.people.map((person) => [id(person.respondent), person.unit, person.role]),
    3,
  );
}

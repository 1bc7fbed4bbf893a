// The SQL push-down against the in-memory path, at 100,000 and 1,000,000 respondents × 40 items
// (surveyData.mjs's seeded survey: 50 units under 5 departments, 8 roles, ~5% missing). The
// answers are loaded in the long form government apps keep (respondent, item, rating; a missing
// rating is no row: ~38 rows per respondent) with a people table (respondent, unit, role):
// - DuckDB, embedded, on every core, loaded through its appender in data chunks;
// - PostgreSQL, a private server (test/postgresServer.mjs), loaded with COPY FROM STDIN through
//   pg-copy-streams, in the transaction that creates the table (wal_level=minimal skips the WAL),
//   then ANALYZE; parallel query with 2 workers, work_mem large enough to aggregate in memory.
// Timed, in the same run: the in-database partials query + decode + summarisePublication
// (organisation, units and roles, k = 5), against aggregatePublication on the Uint8Array matrix +
// summarisePublication. The data check (checkQuery, which the push-down runs first) is timed
// apart, as is loading. Before any timing the partials of each database are checked against the
// in-memory ones (counts exact, means, M2 and gap sums within 1e-9), or the bench fails.
// Run by compare.mjs (`BENCH_TABLES=sql pnpm bench`; BENCH_SQL_N=100000 for one size).
import { availableParallelism } from 'node:os';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DuckDBDataChunk, DuckDBInstance, INTEGER, UTINYINT, VARCHAR } from '@duckdb/node-api';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { startPostgres } from '../test/postgresServer.mjs';
import {
  COMPETENCIES,
  ITEMS,
  MISSING,
  ROLES,
  UNITS,
  generateMatrix,
  generatedSurvey,
  itemIds,
  scoringConfig,
} from './surveyData.mjs';

const SIZES = (process.env.BENCH_SQL_N ?? '100000,1000000').split(',').map(Number);
const CHUNK_ROWS = 2048;
const unitIds = Array.from({ length: UNITS }, (_, u) => `unit-${u}`);
const roleIds = Array.from({ length: ROLES }, (_, r) => `role-${r}`);
// Units 0–4 are departments, the others sit under them.
const parentOf = Int32Array.from({ length: UNITS }, (_, u) => (u < 5 ? -1 : u % 5));
const layout = {
  answers: { table: 'answers', respondent: 'respondent_id', item: 'item_id', rating: 'rating' },
  people: { table: 'people', respondent: 'respondent_id', unit: 'unit_id', role: 'role_id' },
};

async function timeAsync(run, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i += 1) {
    const began = performance.now();
    result = await run();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], min: times[0], runs, result };
}

function firstDifference(expected, actual) {
  for (const table of ['byUnit', 'byRole', 'byUnitRole']) {
    for (const key of ['count', 'gapCount', 'below', 'mean', 'm2', 'gapSum', 'min', 'max']) {
      const a = expected[table][key];
      const b = actual[table][key];
      for (let cell = 0; cell < a.length; cell += 1) {
        const exact = key === 'count' || key === 'gapCount' || key === 'below';
        const tolerance = exact ? 0 : 1e-9 * Math.max(1, Math.abs(a[cell]));
        if (!(a[cell] === b[cell] || Math.abs(a[cell] - b[cell]) <= tolerance))
          return `${table}.${key}[${cell}]: in memory ${a[cell]}, in the database ${b[cell]}`;
      }
    }
  }
  return null;
}

// Long rows of the matrix, chunk by chunk: respondent r's answered items.
function* longChunks(matrix, rowsPerChunk) {
  const { respondents, ratings } = matrix;
  let respondent = [];
  let item = [];
  let rating = [];
  for (let r = 0; r < respondents; r += 1) {
    for (let j = 0; j < ITEMS; j += 1) {
      const value = ratings[r * ITEMS + j];
      if (value === MISSING) continue;
      respondent.push(r);
      item.push(itemIds[j]);
      rating.push(value);
      if (respondent.length === rowsPerChunk) {
        yield [respondent, item, rating];
        respondent = [];
        item = [];
        rating = [];
      }
    }
  }
  if (respondent.length > 0) yield [respondent, item, rating];
}

async function loadDuckdb(connection, matrix, unitOf, roleOf) {
  await connection.run('DROP TABLE IF EXISTS answers');
  await connection.run('DROP TABLE IF EXISTS people');
  await connection.run(
    'CREATE TABLE answers (respondent_id INTEGER, item_id VARCHAR, rating UTINYINT)',
  );
  await connection.run(
    'CREATE TABLE people (respondent_id INTEGER, unit_id VARCHAR, role_id VARCHAR)',
  );
  const append = async (table, types, chunks) => {
    const appender = await connection.createAppender(table);
    for (const columns of chunks) {
      const chunk = DuckDBDataChunk.create(types, columns[0].length);
      chunk.setColumns(columns);
      appender.appendDataChunk(chunk);
    }
    appender.closeSync();
  };
  let rows = 0;
  await append(
    'answers',
    [INTEGER, VARCHAR, UTINYINT],
    (function* counted() {
      for (const chunk of longChunks(matrix, CHUNK_ROWS)) {
        rows += chunk[0].length;
        yield chunk;
      }
    })(),
  );
  await append(
    'people',
    [INTEGER, VARCHAR, VARCHAR],
    (function* people() {
      for (let first = 0; first < matrix.respondents; first += CHUNK_ROWS) {
        const last = Math.min(matrix.respondents, first + CHUNK_ROWS);
        const ids = Array.from({ length: last - first }, (_, i) => first + i);
        yield [ids, ids.map((r) => unitIds[unitOf[r]]), ids.map((r) => roleIds[roleOf[r]])];
      }
    })(),
  );
  return rows;
}

async function copyInto(client, statement, lines) {
  await pipeline(Readable.from(lines), client.query(copyStreams.from(statement)));
}

async function loadPostgres(pool, matrix, unitOf, roleOf) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('DROP TABLE IF EXISTS answers');
    await client.query('DROP TABLE IF EXISTS people');
    await client.query(
      'CREATE TABLE answers (respondent_id INTEGER, item_id VARCHAR, rating SMALLINT)',
    );
    await client.query(
      'CREATE TABLE people (respondent_id INTEGER, unit_id VARCHAR, role_id VARCHAR)',
    );
    await copyInto(
      client,
      'COPY answers FROM STDIN',
      (function* text() {
        for (const [respondent, item, rating] of longChunks(matrix, 65_536)) {
          let block = '';
          for (let i = 0; i < respondent.length; i += 1)
            block += `${respondent[i]}\t${item[i]}\t${rating[i]}\n`;
          yield block;
        }
      })(),
    );
    await copyInto(
      client,
      'COPY people FROM STDIN',
      (function* text() {
        for (let first = 0; first < matrix.respondents; first += 65_536) {
          let block = '';
          for (let r = first; r < Math.min(matrix.respondents, first + 65_536); r += 1)
            block += `${r}\t${unitIds[unitOf[r]]}\t${roleIds[roleOf[r]]}\n`;
          yield block;
        }
      })(),
    );
    await client.query('COMMIT');
    await client.query('ANALYZE answers');
    await client.query('ANALYZE people');
  } finally {
    client.release();
  }
}

/** Times both databases against the in-memory path at each size; prints one table. */
export async function sqlTable() {
  const scoring = await import('../dist/index.js');
  const publication = await import('../dist/publication.js');
  const sql = await import('../dist/sql.js');
  const config = scoring.compileScoringConfig(scoringConfig);
  const duckdb = await DuckDBInstance.create(':memory:', {
    threads: String(availableParallelism()),
  });
  const duckdbConnection = await duckdb.connect();
  const duckdbClient = {
    query: async (text, values) =>
      (await duckdbConnection.runAndReadAll(text, [...values])).getRowObjects(),
  };
  const server = await startPostgres({
    settings: {
      wal_level: 'minimal',
      max_wal_senders: 0,
      max_wal_size: '8GB',
      shared_buffers: '1GB',
      work_mem: '1GB',
      maintenance_work_mem: '512MB',
      max_parallel_workers_per_gather: availableParallelism(),
    },
  });
  const pool = new pg.Pool({ ...server, max: 2 });
  const pgClient = { query: async (text, values) => (await pool.query(text, [...values])).rows };
  console.log(
    `\nSQL push-down: ${ITEMS} items in ${COMPETENCIES} competencies, ${UNITS} units, ${ROLES} roles, long answers table; k = 5, organisation + units + roles; ${availableParallelism()} cores`,
  );
  const rows = [];
  try {
    for (const n of SIZES) {
      const { matrix, unitOf, roleOf } = generateMatrix(generatedSurvey(n));
      const levels = generatedSurvey(n).levels;
      const groups = {
        units: { groupOf: unitOf, groups: UNITS, parentOf },
        roles: { roleOf, levels },
      };
      const sqlGroups = { units: { ids: unitIds, parentOf }, roles: { ids: roleIds, levels } };
      const runs = n >= 1_000_000 ? 3 : 5;
      const inMemory = await timeAsync(
        () =>
          publication.summarisePublication(
            publication.aggregatePublication(matrix, config, groups),
          ),
        runs,
      );
      const reference = publication.aggregatePublication(matrix, config, groups);
      rows.push({ n, path: 'in memory (aggregatePublication)', time: inMemory });
      const queries = sql.publicationQueries(config, layout, sqlGroups);
      for (const [name, client, load] of [
        ['DuckDB', duckdbClient, () => loadDuckdb(duckdbConnection, matrix, unitOf, roleOf)],
        ['PostgreSQL', pgClient, () => loadPostgres(pool, matrix, unitOf, roleOf)],
      ]) {
        process.stdout.write(`  ${name} at N = ${n.toLocaleString('en')}: loading …`);
        const loaded = performance.now();
        await load();
        const loadMs = performance.now() - loaded;
        process.stdout.write(` ${(loadMs / 1000).toFixed(1)} s; verifying …`);
        const partials = await sql.aggregatePublicationSql(client, config, layout, sqlGroups);
        const difference = firstDifference(reference, partials);
        if (difference !== null) throw new Error(`${name} at N = ${n} disagrees: ${difference}`);
        process.stdout.write(' equal; timing …');
        const check = await timeAsync(async () => {
          queries.throwCheckProblem(await client.query(queries.check.text, queries.check.values));
        }, runs);
        const pushdown = await timeAsync(async () => {
          const partialsRows = await client.query(queries.partials.text, queries.partials.values);
          return {
            rows: partialsRows.length,
            summary: publication.summarisePublication(queries.decode(partialsRows)),
          };
        }, runs);
        console.log(' done');
        rows.push({
          n,
          path: `${name} (partials query + decode)`,
          time: pushdown,
          loadMs,
          check,
          resultRows: pushdown.result.rows,
        });
      }
    }
  } finally {
    await pool.end();
    await server.stop();
    duckdbConnection.closeSync();
    duckdb.closeSync();
  }
  console.log(
    '|         N | path                                 | load s | check ms (median) | median ms | min ms | runs | vs in memory | rows out |',
  );
  console.log(
    '| --------: | ------------------------------------ | -----: | ----------------: | --------: | -----: | ---: | -----------: | -------: |',
  );
  for (const row of rows) {
    const base = rows.find((other) => other.n === row.n && other.loadMs === undefined);
    console.log(
      `| ${row.n.toLocaleString('en').padStart(9)} | ${row.path.padEnd(36)} | ${row.loadMs === undefined ? ''.padStart(6) : (row.loadMs / 1000).toFixed(1).padStart(6)} | ${row.check === undefined ? ''.padStart(17) : row.check.median.toFixed(0).padStart(17)} | ${row.time.median.toFixed(1).padStart(9)} | ${row.time.min.toFixed(1).padStart(6)} | ${String(row.time.runs).padStart(4)} | ${(row.time.median / base.time.median).toFixed(1).padStart(11)}× | ${row.resultRows === undefined ? ''.padStart(8) : String(row.resultRows).padStart(8)} |`,
    );
  }
  console.log(`
median / min: wall time of the path, summarisePublication included; the SQL rows are the
  partials query in the database, fetching its rows and decoding them. check: the data check the
  push-down runs first (off-scale, repeated answers, unknown people, units and roles), apart.
load: writing the long answers and people tables (not part of any timed path).
rows out: the rows that leave the database (unit × role × competency).
Compare within one run, as ratios: the machine is shared.`);
  return rows.map((row) => ({
    n: row.n,
    path: row.path,
    medianMs: row.time.median,
    minMs: row.time.min,
    runs: row.time.runs,
    ...(row.loadMs === undefined ? {} : { loadMs: row.loadMs, checkMedianMs: row.check.median }),
  }));
}

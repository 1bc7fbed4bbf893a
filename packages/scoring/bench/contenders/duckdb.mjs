// duckdb: the survey export's own shape — a WIDE table, one UTINYINT column per item (NULL =
// missing) plus unit and role, held in an in-memory database and loaded through the appender
// in 2,048-row data chunks. DuckDB runs on every core (threads = availableParallelism()).
// The query is plain SQL: one score expression per competency (mean of the answered items when
// at least 2 of 4 are answered), the role's required levels joined on role, and one GROUP BY
// unit with count / avg per competency. Of the idiomatic forms tried this is the fastest (UNPIVOT
// to long form, then GROUP BY unit, competency: 1.3–2× slower, timed as `duckdb-unpivot`; list_avg
// over [q01, …] and INTEGER casts: slower too), so it is the fair one. Loading is not timed.
import { availableParallelism } from 'node:os';
import { DuckDBDataChunk, DuckDBInstance, UTINYINT } from '@duckdb/node-api';
import {
  COMPETENCIES,
  ITEMS,
  MISSING,
  ROLES,
  competencyIds,
  emptyAggregates,
  itemIds,
  itemsOfCompetency,
  scoringConfig,
} from '../surveyData.mjs';

const CHUNK_ROWS = 2048;

function scoreSql(c) {
  const columns = itemsOfCompetency[c].map((j) => itemIds[j]);
  const minAnswered = Math.ceil(scoringConfig.minAnsweredShare * columns.length);
  const answered = columns.map((column) => `(${column} IS NOT NULL)::UTINYINT`).join(' + ');
  const sum = columns.map((column) => `coalesce(${column}, 0)`).join(' + ');
  return `CASE WHEN ${answered} >= ${minAnswered} THEN (${sum}) / (${answered}) END AS ${competencyIds[c]}`;
}

/** The timed query: wide scores, required levels by role, one GROUP BY unit. */
export const duckdbQuery = `
WITH scores AS (
  SELECT unit, role, ${competencyIds.map((_, c) => scoreSql(c)).join(',\n    ')}
  FROM responses
)
SELECT unit,
  ${competencyIds
    .map(
      (id) =>
        `count(${id}) AS count_${id}, avg(${id}) AS mean_${id}, ` +
        // greatest() skips NULLs (greatest(0, NULL) = 0), so a missing score needs the CASE.
        `avg(CASE WHEN ${id} IS NOT NULL THEN greatest(0, required_${id} - ${id}) END) AS mean_gap_${id}, ` +
        `avg((${id} < required_${id})::INTEGER) AS share_below_${id}`,
    )
    .join(',\n  ')}
FROM scores JOIN required_by_role USING (role)
GROUP BY unit`;

/** The same answer through UNPIVOT to long form; verified, and kept to show why it is not timed. */
export const duckdbUnpivotQuery = `
WITH scores AS (
  SELECT unit, role, ${competencyIds.map((_, c) => scoreSql(c)).join(',\n    ')}
  FROM responses
), long_scores AS (
  UNPIVOT scores ON ${competencyIds.join(', ')} INTO NAME competency VALUE score
)
SELECT unit, competency, count(score) AS count, avg(score) AS mean,
  avg(greatest(0, required - score)) AS mean_gap, avg((score < required)::INTEGER) AS share_below
FROM long_scores JOIN required_levels USING (role, competency)
GROUP BY unit, competency`;

export const duckdb = {
  name: 'duckdb',
  layout: 'wide table, UTINYINT column per item, NULL = missing',
  query: duckdbQuery,

  async open() {
    const instance = await DuckDBInstance.create(':memory:', {
      threads: String(availableParallelism()),
    });
    return { instance, connection: await instance.connect() };
  },

  async load({ connection }, survey) {
    await connection.run('DROP TABLE IF EXISTS responses');
    await connection.run(
      `CREATE TABLE responses (unit UTINYINT, role UTINYINT, ${itemIds.map((id) => `${id} UTINYINT`).join(', ')})`,
    );
    const appender = await connection.createAppender('responses');
    const types = Array.from({ length: ITEMS + 2 }, () => UTINYINT);
    let columns = types.map(() => []);
    const flush = () => {
      const chunk = DuckDBDataChunk.create(types, columns[0].length);
      chunk.setColumns(columns);
      appender.appendDataChunk(chunk);
      columns = types.map(() => []);
    };
    survey.forEachRespondent((r, unit, role, row) => {
      columns[0].push(unit);
      columns[1].push(role);
      for (let j = 0; j < ITEMS; j += 1) columns[j + 2].push(row[j] === MISSING ? null : row[j]);
      if (columns[0].length === CHUNK_ROWS) flush();
    });
    if (columns[0].length > 0) flush();
    appender.closeSync();

    const flat = survey.levels;
    const roles = Array.from({ length: ROLES }, (_, role) => role);
    await connection.run('DROP TABLE IF EXISTS required_by_role');
    await connection.run(
      `CREATE TABLE required_by_role AS SELECT * FROM (VALUES ${roles
        .map(
          (role) =>
            `(${role}, ${competencyIds.map((_, c) => flat[role * COMPETENCIES + c]).join(', ')})`,
        )
        .join(', ')}) AS t(role, ${competencyIds.map((id) => `required_${id}`).join(', ')})`,
    );
    await connection.run('DROP TABLE IF EXISTS required_levels');
    await connection.run(
      `CREATE TABLE required_levels AS SELECT * FROM (VALUES ${roles
        .flatMap((role) =>
          competencyIds.map((id, c) => `(${role}, '${id}', ${flat[role * COMPETENCIES + c]})`),
        )
        .join(', ')}) AS t(role, competency, required)`,
    );
    return { n: survey.n };
  },

  async compute({ connection }) {
    const reader = await connection.runAndReadAll(duckdbQuery);
    return reader.getRowObjectsJS();
  },

  toAggregates(rows) {
    const aggregates = emptyAggregates();
    for (const row of rows) {
      competencyIds.forEach((id, c) => {
        const cell = Number(row.unit) * COMPETENCIES + c;
        const count = Number(row[`count_${id}`]);
        aggregates.count[cell] = count;
        if (count === 0) return;
        aggregates.mean[cell] = row[`mean_${id}`];
        aggregates.meanGap[cell] = row[`mean_gap_${id}`];
        aggregates.shareBelow[cell] = row[`share_below_${id}`];
      });
    }
    return aggregates;
  },

  close({ connection, instance }) {
    connection.closeSync();
    instance.closeSync();
  },
};

/** The UNPIVOT form, on duckdb's loaded tables; its rows are one per unit × competency. */
export const duckdbUnpivot = {
  ...duckdb,
  name: 'duckdb-unpivot',
  query: duckdbUnpivotQuery,

  async compute({ connection }) {
    const reader = await connection.runAndReadAll(duckdbUnpivotQuery);
    return reader.getRowObjectsJS();
  },

  toAggregates(rows) {
    const aggregates = emptyAggregates();
    for (const row of rows) {
      const cell = Number(row.unit) * COMPETENCIES + competencyIds.indexOf(row.competency);
      aggregates.count[cell] = Number(row.count);
      aggregates.mean[cell] = row.mean;
      aggregates.meanGap[cell] = row.mean_gap;
      aggregates.shareBelow[cell] = row.share_below;
    }
    return aggregates;
  },
};

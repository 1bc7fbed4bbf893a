// One contender of endToEnd.mjs, alone in this process so that its peak memory is its own:
// `node bench/endToEndStages.mjs <capkit|duckdb> <file> <rows>` runs the stages one after the
// other and prints one JSON line: per stage its wall time and the process's peak RSS (maxRSS,
// getrusage) once the stage is done, then the aggregates for endToEnd.mjs to check.
import { createReadStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  itemIds,
  mappingWithRole,
  roleCount,
  roleOfRow,
  unitCount,
  unitOfRow,
} from './koboCsv.mjs';

/** Items per competency (c01–c04 make competency 0, …): 40 items, 10 competencies. */
export const itemsPerCompetency = 4;
export const competencies = itemIds.length / itemsPerCompetency;
export const k = 5;
/** The replicates every method aims at. */
export const targetReplicates = 1000;
const scale = { min: 1, max: 5 };

/**
 * Required level of role r in competency c: 2, 3 or 4, and none (NaN, NULL in SQL) for role 0
 * in competency 0, so that the gap's denominator differs from the score's somewhere.
 */
export function requiredLevel(role, competency) {
  return role === 0 && competency === 0 ? Number.NaN : 2 + ((role + competency) % 3);
}

/**
 * Replicates of the full percentile bootstrap, when that is what the engine has: B = 1,000 up
 * to 100,000 rows; past that fewer (at 0.2 s a replicate at 1M rows, 1,000 would take minutes),
 * and the time is scaled to 1,000 by the parent, which says so.
 */
export function fullBootstrapReplicates(rows) {
  return rows <= 100_000 ? targetReplicates : Math.max(20, Math.round(5e7 / rows));
}

const scoreColumn = (c) => `s${c}`;
const ratingHeader = (j) => `competencies/${itemIds[j]}_performance`;
const quote = (name) => `"${name.replaceAll('"', '""')}"`;

async function capkit(file, rows, stage) {
  const { streamCsvToMatrix } = await import(
    pathToFileURL(new URL('../dist/csvStream.js', import.meta.url).pathname).href
  );
  const { compileScoringConfig, CapkitScoringError } = await import('@capkit/scoring');
  const { aggregatePublication, summarisePublication } =
    await import('@capkit/scoring/publication');
  const { bootstrapMeanWeightedDiscrepancy } = await import('@capkit/scoring/tna');
  const competencyIds = Array.from({ length: competencies }, (_, c) => `k${c}`);
  const config = compileScoringConfig({
    scale,
    competencies: competencyIds,
    items: itemIds.map((id, j) => ({
      id,
      competency: competencyIds[Math.floor(j / itemsPerCompetency)],
    })),
    minAnsweredShare: 0.5,
  });
  const levels = Float64Array.from({ length: roleCount * competencies }, (_, cell) =>
    requiredLevel(Math.floor(cell / competencies), cell % competencies),
  );
  const competencyOfItem = itemIds.map((_, j) => Math.floor(j / itemsPerCompetency));

  const imported = await stage('import', () =>
    streamCsvToMatrix(createReadStream(file), {
      mapping: mappingWithRole,
      itemOrder: itemIds,
      paired: true,
      scale,
    }),
  );
  if (!imported.success) throw new Error(JSON.stringify(imported.issues.slice(0, 3)));
  const { matrix, paired } = imported.data;
  if (matrix.respondents !== rows) throw new Error(`read ${matrix.respondents} rows`);

  const partials = await stage('aggregates', () => {
    // The streaming import reads ratings and respondent ids only: the groups are the same seeded
    // assignment by row that wrote the file's unit and role columns.
    const unitOf = new Uint8Array(rows);
    const roleOf = new Uint8Array(rows);
    for (let r = 0; r < rows; r += 1) {
      unitOf[r] = unitOfRow(r);
      roleOf[r] = roleOfRow(r);
    }
    return aggregatePublication(matrix, config, {
      units: { groupOf: unitOf, groups: unitCount, parentOf: new Int32Array(unitCount).fill(-1) },
      roles: { roleOf, levels },
    });
  });

  let bootstrap = { asked: 'bagOfLittleBootstraps', replicates: targetReplicates };
  const priorities = await stage('bootstrap', () => {
    const options = {
      by: 'competency',
      competencyOfItem,
      competencies,
      seed: 1,
      k,
    };
    try {
      return bootstrapMeanWeightedDiscrepancy(paired, scale, {
        ...options,
        replicates: targetReplicates,
        method: 'bagOfLittleBootstraps',
      });
    } catch (error) {
      if (!(error instanceof CapkitScoringError && error.path === 'options.method')) throw error;
      bootstrap = { asked: 'percentileBootstrap', replicates: fullBootstrapReplicates(rows) };
      return bootstrapMeanWeightedDiscrepancy(paired, scale, {
        ...options,
        replicates: bootstrap.replicates,
      });
    }
  });

  const publication = await stage('summaries', () =>
    summarisePublication(partials, { k, tables: ['organisation', 'units', 'roles', 'unitRoles'] }),
  );

  const table = (groupPartials, groups) => {
    const cells = [];
    for (let g = 0; g < groups; g += 1) {
      for (let c = 0; c < competencies; c += 1) {
        const cell = g * competencies + c;
        const gapCount = groupPartials.gapCount[cell];
        cells.push([
          groupPartials.count[cell],
          groupPartials.count[cell] === 0 ? null : groupPartials.mean[cell],
          gapCount,
          gapCount === 0 ? null : groupPartials.gapSum[cell] / gapCount,
          gapCount === 0 ? null : groupPartials.below[cell] / gapCount,
        ]);
      }
    }
    return cells;
  };
  const published = Object.fromEntries(
    ['organisation', 'units', 'roles', 'unitRoles'].map((name) => [
      name,
      publication[name].cells.filter((cell) => cell.status === 'published').length,
    ]),
  );
  return {
    aggregates: {
      units: table(partials.byUnit, unitCount),
      roles: table(partials.byRole, roleCount),
      unitRoles: table(partials.byUnitRole, unitCount * roleCount),
    },
    published,
    bootstrap: {
      method: priorities.method,
      replicates: priorities.replicates,
      littleBootstraps: priorities.littleBootstraps ?? null,
      asked: bootstrap.asked,
      topCompetency: priorities.units.find((unit) => unit.rank === 1)?.unit ?? null,
    },
  };
}

/** The score of competency c as SQL: the mean of its answered items when at least 2 of 4 are. */
function scoreSql(c) {
  const columns = Array.from({ length: itemsPerCompetency }, (_, i) =>
    quote(ratingHeader(c * itemsPerCompetency + i)),
  );
  const answered = columns.map((column) => `(${column} IS NOT NULL)::INTEGER`).join(' + ');
  const sum = columns.map((column) => `coalesce(${column}, 0)`).join(' + ');
  return `CASE WHEN ${answered} >= 2 THEN (${sum})::DOUBLE / (${answered}) END AS ${scoreColumn(c)}`;
}

const cs = Array.from({ length: competencies }, (_, c) => c);

/** Per unit, role, unit × role and the organisation, every competency, in one scan. */
export const aggregatesSql = `
CREATE TABLE aggregates AS
WITH scores AS (
  SELECT ${quote('group_profile/unit')} AS unit, ${quote('group_profile/role')} AS role,
    ${cs.map(scoreSql).join(',\n    ')}
  FROM responses
)
SELECT grouping(unit, role) AS grouping_id, unit, role,
  ${cs
    .map((c) => {
      const s = scoreColumn(c);
      const withLevel = `${s} IS NOT NULL AND required_${c} IS NOT NULL`;
      return (
        `count(${s}) AS count_${c}, avg(${s}) AS mean_${c}, ` +
        `count(CASE WHEN ${withLevel} THEN 1 END) AS gap_count_${c}, ` +
        // greatest() skips NULLs (greatest(0, NULL) = 0), so the score's NULL needs the CASE.
        `avg(CASE WHEN ${withLevel} THEN greatest(0, required_${c} - ${s}) END) AS mean_gap_${c}, ` +
        `avg(CASE WHEN ${withLevel} THEN (${s} < required_${c})::DOUBLE END) AS share_below_${c}`
      );
    })
    .join(',\n  ')}
FROM scores JOIN required_by_role USING (role)
GROUP BY GROUPING SETS ((), (unit), (role), (unit, role))`;

/** k-suppression: a cell is kept when it rests on ≥ k people; its gap figures on ≥ k with a level. */
export const safeSummariesSql = `
CREATE TABLE safe_summaries AS
${cs
  .map(
    (
      c,
    ) => `SELECT grouping_id, unit, role, ${c} AS competency, count_${c} AS count, mean_${c} AS mean,
  CASE WHEN gap_count_${c} >= ${k} THEN mean_gap_${c} END AS mean_gap,
  CASE WHEN gap_count_${c} >= ${k} THEN share_below_${c} END AS share_below
FROM aggregates WHERE count_${c} >= ${k}`,
  )
  .join('\nUNION ALL\n')}`;

async function duckdb(file, rows, stage) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  // The roles' required levels: the organisation's role table, a few rows.
  await connection.run(
    `CREATE TABLE required_by_role AS SELECT * FROM (VALUES ${Array.from(
      { length: roleCount },
      (_, r) =>
        `('role-${r}', ${cs
          .map((c) => {
            const level = requiredLevel(r, c);
            return Number.isNaN(level) ? 'NULL::DOUBLE' : String(level);
          })
          .join(', ')})`,
    ).join(', ')}) AS t(role, ${cs.map((c) => `required_${c}`).join(', ')})`,
  );
  const path = file.replaceAll("'", "''");
  await stage('import', () =>
    connection.run(
      `CREATE TABLE responses AS SELECT * FROM read_csv('${path}', delim = ';', quote = '"', header = true)`,
    ),
  );
  await stage('aggregates', () => connection.run(aggregatesSql));
  await stage('summaries', () => connection.run(safeSummariesSql));

  const count = Number(
    (await connection.runAndReadAll('SELECT count(*) FROM responses')).getRows()[0][0],
  );
  if (count !== rows) throw new Error(`DuckDB read ${count} rows`);
  const aggregateRows = (
    await connection.runAndReadAll('SELECT * FROM aggregates')
  ).getRowObjectsJS();
  const empty = (groups) =>
    Array.from({ length: groups * competencies }, () => [0, null, 0, null, null]);
  const aggregates = {
    units: empty(unitCount),
    roles: empty(roleCount),
    unitRoles: empty(unitCount * roleCount),
  };
  const index = (text) => Number(/-(\d+)$/.exec(text)[1]);
  for (const row of aggregateRows) {
    const grouping = Number(row.grouping_id);
    // grouping(unit, role): bit 1 set when unit is rolled up, bit 0 when role is.
    const [name, group] =
      grouping === 1
        ? ['units', index(row.unit)]
        : grouping === 2
          ? ['roles', index(row.role)]
          : grouping === 0
            ? ['unitRoles', index(row.unit) * roleCount + index(row.role)]
            : [null, 0];
    if (name === null) continue;
    for (const c of cs) {
      aggregates[name][group * competencies + c] = [
        Number(row[`count_${c}`]),
        row[`mean_${c}`],
        Number(row[`gap_count_${c}`]),
        row[`mean_gap_${c}`],
        row[`share_below_${c}`],
      ];
    }
  }
  const publishedRows = (
    await connection.runAndReadAll(
      'SELECT grouping_id, count(*) AS cells FROM safe_summaries GROUP BY grouping_id',
    )
  ).getRowObjectsJS();
  const names = { 3: 'organisation', 1: 'units', 2: 'roles', 0: 'unitRoles' };
  const published = Object.fromEntries(
    publishedRows.map((row) => [names[Number(row.grouping_id)], Number(row.cells)]),
  );
  connection.closeSync();
  instance.closeSync();
  return { aggregates, published, bootstrap: null };
}

const contenders = { capkit, duckdb };

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [name, file, rowsText] = process.argv.slice(2);
  const run = contenders[name];
  if (run === undefined) throw new Error(`unknown contender ${name}`);
  const stages = [];
  const stage = async (stageName, work) => {
    const started = performance.now();
    const result = await work();
    stages.push({
      stage: stageName,
      ms: performance.now() - started,
      // maxRSS is in KiB: the process's peak resident memory so far, whatever allocated it
      // (JS heap, ArrayBuffers, DuckDB's buffer manager).
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    });
    return result;
  };
  const result = await run(file, Number(rowsText), stage);
  process.stdout.write(`${JSON.stringify({ name, stages, ...result })}\n`);
}

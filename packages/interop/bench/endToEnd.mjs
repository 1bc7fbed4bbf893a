// The end-to-end table of `pnpm bench` (BENCH_TABLES=endToEnd): a KoboToolbox-style export of
// N people × 40 paired items with a unit and a role column, from the CSV file to the safe
// summaries, in capkit and in DuckDB, each contender in a child process of its own
// (endToEndStages.mjs), one at a time, alternating:
//
//   stage       capkit                                            DuckDB
//   import      streamCsvToMatrix (matrix + paired importance)    read_csv into a table
//   aggregates  aggregatePublication: unit, role, unit × role     one GROUPING SETS query: count,
//               (count, mean, M2, gap, share below per cell)      mean, gap, share below per cell
//   bootstrap   bootstrapMeanWeightedDiscrepancy by competency,   — (no such stage)
//               B = 1,000
//   summaries   summarisePublication, k = 5, four tables          WHERE count ≥ k on the aggregates
//               protected together (primary + complementary)     (primary suppression only)
//
//   BENCH_E2E_ROWS=100000,1000000   sizes
//   BENCH_E2E_RUNS=3                runs per contender and size (min and median are shown)
//
// Before anything is timed, both contenders run on a 20,000-row file and their aggregates must
// agree (counts exact, means, gaps and shares within 1e-9), or the run fails; the first run at
// each size is checked the same way.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeKoboCsv } from './koboCsv.mjs';
import { k, targetReplicates } from './endToEndStages.mjs';

const run = promisify(execFile);
const stagesScript = fileURLToPath(new URL('./endToEndStages.mjs', import.meta.url));
const sizes = (process.env.BENCH_E2E_ROWS ?? '100000,1000000')
  .split(',')
  .map((text) => Number(text.replaceAll('_', '')));
const runs = Number(process.env.BENCH_E2E_RUNS ?? 3);
const verifyRows = 20_000;
const tolerance = 1e-9;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const mb = (bytes) => bytes / 1024 / 1024;

async function contender(name, file, rows) {
  const { stdout } = await run(process.execPath, [stagesScript, name, file, String(rows)], {
    maxBuffer: 64 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

/** Differences between the two contenders' aggregates: counts exactly, the rest within 1e-9. */
function differences(ours, theirs) {
  const found = [];
  const fields = ['count', 'mean', 'gapCount', 'meanGap', 'shareBelow'];
  for (const table of ['units', 'roles', 'unitRoles']) {
    ours[table].forEach((cell, index) => {
      const other = theirs[table][index];
      cell.forEach((value, f) => {
        const theirValue = other[f];
        const same =
          f === 0 || f === 2
            ? value === theirValue
            : value === null || theirValue === null
              ? value === theirValue
              : Math.abs(value - theirValue) <= tolerance;
        if (!same && found.length < 5)
          found.push(`${table}[${index}].${fields[f]}: capkit ${value}, DuckDB ${theirValue}`);
      });
    });
  }
  return found;
}

async function verified(file, rows) {
  const [ours, theirs] = [
    await contender('capkit', file, rows),
    await contender('duckdb', file, rows),
  ];
  const found = differences(ours.aggregates, theirs.aggregates);
  if (found.length > 0) {
    throw new Error(`capkit and DuckDB disagree at ${rows} rows:\n  ${found.join('\n  ')}`);
  }
  return [ours, theirs];
}

const dir = await mkdtemp(join(tmpdir(), 'capkit-e2e-'));
const results = new Map();
try {
  const verifyFile = join(dir, `verify-${verifyRows}.csv`);
  await writeKoboCsv(verifyFile, verifyRows, { role: true });
  await verified(verifyFile, verifyRows);
  await rm(verifyFile);
  console.log(
    `\nEnd to end: capkit and DuckDB agree on ${verifyRows.toLocaleString('en')} rows (counts exact, means, gaps and shares within 1e-9 in every unit, role and unit × role cell).`,
  );
  for (const rows of sizes) {
    const file = join(dir, `kobo-${rows}.csv`);
    const bytes = await writeKoboCsv(file, rows, { role: true });
    const samples = { capkit: [], duckdb: [] };
    for (let i = 0; i < runs; i += 1) {
      if (i === 0) {
        const [ours, theirs] = await verified(file, rows);
        samples.capkit.push(ours);
        samples.duckdb.push(theirs);
      } else {
        samples.capkit.push(await contender('capkit', file, rows));
        samples.duckdb.push(await contender('duckdb', file, rows));
      }
    }
    results.set(rows, { bytes, samples });
    console.error(`  ${rows.toLocaleString('en')} rows: done`);
    await rm(file);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

// The full bootstrap's time at fewer replicates, scaled linearly to B = 1,000 (its cost is
// linear in B: each replicate is one pass over the rows).
function bootstrapMs(sample) {
  const stage = sample.stages.find((s) => s.stage === 'bootstrap');
  const { replicates } = sample.bootstrap;
  return (stage.ms * targetReplicates) / replicates;
}

function stageCells(samples, stageName) {
  const present = samples.filter((sample) => sample.stages.some((s) => s.stage === stageName));
  if (present.length === 0) return undefined;
  const ms = present.map((sample) =>
    stageName === 'bootstrap'
      ? bootstrapMs(sample)
      : sample.stages.find((s) => s.stage === stageName).ms,
  );
  const rss = present.map((sample) => sample.stages.find((s) => s.stage === stageName).maxRssMb);
  return { min: Math.min(...ms), median: median(ms), rss: median(rss) };
}

function totalCells(samples, withBootstrap) {
  const ms = samples.map((sample) =>
    sample.stages.reduce(
      (sum, s) => sum + (s.stage !== 'bootstrap' ? s.ms : withBootstrap ? bootstrapMs(sample) : 0),
      0,
    ),
  );
  const rss = samples.map((sample) =>
    Math.max(
      ...sample.stages
        .filter((s) => withBootstrap || s.stage !== 'bootstrap')
        .map((s) => s.maxRssMb),
    ),
  );
  return { min: Math.min(...ms), median: median(ms), rss: median(rss) };
}

const stageLabels = [
  ['import', 'CSV file → columnar matrix (DuckDB: read_csv → table)'],
  ['aggregates', 'aggregates: unit, role, unit × role × competency'],
  ['bootstrap', `bootstrap priorities by competency, B = ${targetReplicates.toLocaleString('en')}`],
  ['summaries', `safe summaries, k = ${k}`],
  ['totalWithoutBootstrap', 'total without the bootstrap (the stages both have)'],
  ['total', 'total'],
];
const cellsOf = (samples, stageName) =>
  stageName === 'total' || stageName === 'totalWithoutBootstrap'
    ? totalCells(samples, stageName === 'total')
    : stageCells(samples, stageName);
const seconds = (ms) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const time = (cells) => `${seconds(cells.median)} (${seconds(cells.min)})`;
const ratio = (theirs, ours) => (theirs / ours).toFixed(2);

console.log(
  `\nEnd to end, capkit against DuckDB from the same CSV in the same run (${runs} runs each, medians with min in brackets; ${availableParallelism()} cores, ${cpus()[0]?.model ?? 'unknown CPU'}):\n`,
);
console.log(
  '| rows | stage | capkit s | capkit peak RSS MB | DuckDB s | DuckDB peak RSS MB | time DuckDB ÷ capkit | RSS DuckDB ÷ capkit |',
);
console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [rows, { bytes, samples }] of results) {
  for (const [stageName, label] of stageLabels) {
    const ours = cellsOf(samples.capkit, stageName);
    const theirs = cellsOf(samples.duckdb, stageName);
    const note =
      stageName === 'bootstrap'
        ? bootstrapNote(samples.capkit[0].bootstrap)
        : stageName === 'import'
          ? ` (${mb(bytes).toFixed(0)} MB file)`
          : '';
    console.log(
      `| ${rows.toLocaleString('en')} | ${label}${note} | ${time(ours)} | ${ours.rss.toFixed(0)} | ${
        theirs === undefined ? 'no such stage' : time(theirs)
      } | ${theirs === undefined ? '–' : theirs.rss.toFixed(0)} | ${
        theirs === undefined ? '–' : ratio(theirs.median, ours.median)
      } | ${theirs === undefined ? '–' : ratio(theirs.rss, ours.rss)} |`,
    );
  }
}

function bootstrapNote({ method, replicates, asked, littleBootstraps }) {
  const ran =
    littleBootstraps !== null
      ? `${method}: ${littleBootstraps.subsets} subsets of ${littleBootstraps.subsetSize.toLocaleString('en')} people, ${littleBootstraps.resamplesPerSubset} ${littleBootstraps.resampleWeights} resamples each`
      : `${method}${asked === 'bagOfLittleBootstraps' ? '' : ', the engine has no bagOfLittleBootstraps yet'}`;
  return replicates === targetReplicates
    ? ` [${ran}]`
    : ` [${ran}: ran B = ${replicates}, time scaled × ${(targetReplicates / replicates).toFixed(0)}]`;
}

console.log('\nPublished cells (of 10 competencies per group) after the safe summaries:');
for (const [rows, { samples }] of results) {
  const ours = samples.capkit[0].published;
  const theirs = samples.duckdb[0].published;
  const cells = ['organisation', 'units', 'roles', 'unitRoles']
    .map((table) => `${table} ${ours[table] ?? 0} / ${theirs[table] ?? 0}`)
    .join(', ');
  console.log(`  ${rows.toLocaleString('en')} rows, capkit / DuckDB: ${cells}`);
}
console.log(
  `\nHow measured: each contender runs its stages one after the other in a child process of its own; a stage's time is its wall time; peak RSS is the process's maxRSS (getrusage) once that stage is done, so it only grows down the column and the total row shows the run's peak. DuckDB runs on all ${availableParallelism()} cores, capkit on one. The streaming import reads ratings and respondent ids, not the unit and role columns: capkit's groups are the seeded assignment by row that wrote those columns, which DuckDB reads from the file. DuckDB's summaries are primary suppression only (count ≥ k); capkit's also withhold cells that would reveal a small group by differencing across the four tables. DuckDB has no bootstrap stage.`,
);

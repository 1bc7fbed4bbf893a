// `pnpm bench`: capkit's aggregateByGroup against DuckDB, arquero, a naive loop and the floor
// (one pass summing the bytes), on the same seeded survey, as one table.
//
//   pnpm bench                       N = 100,000 and 1,000,000 (about 2–3 minutes)
//   pnpm bench 100000                a quick run (or BENCH_N=100000 pnpm bench)
//   BENCH_JSON=out.json pnpm bench   also write the rows as JSON
//   BENCH_ONLY=capkit,floor pnpm bench   time only these contenders (all are still verified)
//   BENCH_TABLES=quantiles,undp pnpm bench   only these tables (default: speed,quantiles,undp,disclosure,plan,maturity,bootstrap,sql,browser)
//
// Tables: speed (below); quantiles (quantileMemory.mjs: the memory of quantile histograms at
// 100,000 × 10 competencies of 8 items in 5,000 groups, sparse against dense and all scores);
// undp (undpRollUp.mjs: the UNDP roll-up at up to 16,000 questions against the quadratic one);
// disclosure (disclosure.mjs: the publication step from 10,000 to 1,000,000 people, protecting
// all tables together against one table at a time and primary suppression alone); plan
// (plan.mjs: the planner at 500 interventions × 10,000 people, exact and greedy, against HiGHS on
// the per-person model and a greedy that rescans every step); maturity (maturity.mjs: the maturity
// index's uncertainty analysis at 1,000 draws × 200 entities × 30 indicators, with and without
// Sobol indices, against a naive port); bootstrap (bootstrap.mjs: priority intervals from 10,000
// to 1,000,000 people, the bag of little bootstraps against the percentile bootstrap); sql
// (sqlPushdown.mjs: the publication partials computed in DuckDB and in a private PostgreSQL at
// 100,000 and 1,000,000 × 40, against the in-memory path); browser (browser.mjs: the training-needs
// analysis in Chromium workers, isolated and copying, against Node's worker_threads pool and one
// thread, with the longest main-thread task).
//
// Steps: (1) every contender computes the aggregates of two small surveys in this process and
// must match capkit within 1e-9, or the run fails; (2) each contender × N runs in a child process
// of its own (runContender.mjs says how time and memory are measured), one at a time; (3) the
// children's aggregates are checked against capkit's again at full size; (4) one table, the
// targets of the issue, and BENCH_JSON.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contenderNames, loadContender, variantNames } from './contenders/registry.mjs';
import { quantileTable } from './quantileMemory.mjs';
import { bootstrapTable } from './bootstrap.mjs';
import { browserTable } from './browser.mjs';
import { disclosureTable } from './disclosure.mjs';
import { maturityTable } from './maturity.mjs';
import { planTable } from './plan.mjs';
import { sqlTable } from './sqlPushdown.mjs';
import { undpTable } from './undpRollUp.mjs';
import { ITEMS, firstDifference, generatedSurvey, writeSurveyFile } from './surveyData.mjs';

const verifySurveys = [
  { n: 4_000, missingRate: 0.05 },
  // Many missing ratings: about 18% of respondent × competency pairs fall under 2 of 4 answered.
  { n: 4_000, missingRate: 0.4 },
];
/** Runs per contender (after a warm-up run) and the time each may spend on them. */
const MAX_RUNS = 5;
const RUN_BUDGET_MS = 30_000;
/** arquero is skipped at an N where the smaller N's time, scaled linearly, passes this. */
const SKIP_ABOVE_MS = 60_000;
/** The issue's targets at 1M × 40. */
const targets = { vsDuckdb: 5, vsArquero: 50, vsFloor: 2, memoryFactor: 1.5 };

function parseSizes() {
  const text = process.argv[2] ?? process.env.BENCH_N ?? '100000,1000000';
  const sizes = text.split(',').map((part) => Number(part.replaceAll('_', '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bad N list "${text}"`);
  return sizes.sort((a, b) => a - b);
}

async function verify() {
  const names = [...contenderNames, ...variantNames].filter((name) => name !== 'floor');
  const contenders = await Promise.all(names.map((name) => loadContender(name)));
  const contexts = await Promise.all(contenders.map((contender) => contender.open()));
  const capkitContext = contexts[names.indexOf('capkit')];
  const referenceName = capkitContext.unavailable === undefined ? 'capkit' : 'naive';
  if (referenceName !== 'capkit') {
    console.error(
      `\n!!! capkit is not measured: ${capkitContext.unavailable}. Peers are checked against naive.\n`,
    );
  }
  const reference = names.indexOf(referenceName);
  for (const options of verifySurveys) {
    const computed = [];
    for (const [index, contender] of contenders.entries()) {
      if (contexts[index].unavailable !== undefined) {
        computed.push(null);
        continue;
      }
      const data = await contender.load(contexts[index], generatedSurvey(options.n, options));
      computed.push(contender.toAggregates(await contender.compute(contexts[index], data)));
    }
    for (const [index, name] of names.entries()) {
      if (computed[index] === null || index === reference) continue;
      const difference = firstDifference(computed[reference], computed[index]);
      if (difference !== null) {
        throw new Error(
          `${name} disagrees with ${referenceName} (N = ${options.n}, ${options.missingRate * 100}% missing): ${difference}`,
        );
      }
    }
  }
  await Promise.all(contenders.map((contender, index) => contender.close?.(contexts[index])));
  const checked = names.filter(
    (_, index) => index !== reference && contexts[index].unavailable === undefined,
  );
  console.log(
    `verified: ${checked.join(', ')} match ${referenceName} within 1e-9 on ${verifySurveys
      .map(
        ({ n, missingRate }) =>
          `${n} respondents × ${ITEMS} items with ${missingRate * 100}% missing`,
      )
      .join(' and ')}`,
  );
  return referenceName;
}

function runChild(name, path, n) {
  return new Promise((resolve, reject) => {
    const child = fork(
      fileURLToPath(new URL('./runContender.mjs', import.meta.url)),
      [name, path, String(n), String(MAX_RUNS), String(RUN_BUDGET_MS)],
      {
        execArgv: ['--expose-gc'],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    );
    let message;
    child.on('message', (received) => (message = received));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (message?.error !== undefined)
        reject(new Error(`${name} at N = ${n} failed:\n${message.error}`));
      else if (message === undefined)
        reject(new Error(`${name} at N = ${n} exited (${code}) without a result`));
      else resolve(message);
    });
  });
}

const format = (value, digits = 1) => (value === undefined ? '' : value.toFixed(digits));
const times = (ratio) => (ratio >= 10 ? `${ratio.toFixed(0)}×` : `${ratio.toFixed(2)}×`);

function printTable(rows) {
  const header = [
    'N',
    'contender',
    'layout',
    'load ms',
    'median ms',
    'min ms',
    'runs',
    'vs capkit',
    'peak MB',
    'data MB',
  ];
  const lines = rows.map((row) => {
    const capkitRow = rows.find(
      (other) => other.n === row.n && other.name === 'capkit' && other.computeMs !== undefined,
    );
    if (row.skipped !== undefined || row.unavailable !== undefined) {
      return [
        row.n.toLocaleString('en'),
        row.name,
        row.skipped ?? row.unavailable,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ];
    }
    const ratio = capkitRow === undefined ? '' : times(row.computeMs / capkitRow.computeMs);
    return [
      row.n.toLocaleString('en'),
      row.name,
      row.layout,
      format(row.loadMs, 0),
      format(row.computeMs),
      format(row.minMs),
      `${row.runs}${row.warmupCounted ? '*' : ''}`,
      ratio,
      format(row.peakMB),
      format(row.dataMB),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  );
  const numeric = new Set([0, 3, 4, 5, 6, 7, 8, 9]);
  const render = (cells) =>
    `| ${cells.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(' | ')} |`;
  console.log(render(header));
  console.log(
    `|${widths.map((width, column) => (numeric.has(column) ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`,
  );
  for (const line of lines) console.log(render(line));
}

function checkTargets(rows, n) {
  const at = (name) =>
    rows.find((row) => row.n === n && row.name === name && row.computeMs !== undefined);
  console.log(
    `\ntargets at N = ${n.toLocaleString('en')} × ${ITEMS} items (ratios of medians; of minimums in brackets):`,
  );
  // Single-threaded capkit first; then the same engine split over worker threads, where cores allow.
  for (const engineName of ['capkit', 'capkit-workers']) {
    const capkit = at(engineName);
    if (capkit === undefined) {
      console.log(`  not evaluable: ${engineName} was not measured`);
      continue;
    }
    const verdict = (met) => (met ? 'MET    ' : 'NOT MET');
    const speedup = (name, goal) => {
      const other = at(name);
      if (other === undefined) {
        console.log(
          `  ${'n/a    '}  ${engineName} ≥ ${goal}× faster than ${name}: ${name} was not measured at this N`,
        );
        return;
      }
      const ratio = other.computeMs / capkit.computeMs;
      console.log(
        `  ${verdict(ratio >= goal)}  ${engineName} ≥ ${goal}× faster than ${name}: ${times(ratio)} (${times(other.minMs / capkit.minMs)})`,
      );
    };
    speedup('duckdb', targets.vsDuckdb);
    speedup('arquero', targets.vsArquero);
    const floor = at('floor');
    if (floor !== undefined) {
      const ratio = capkit.computeMs / floor.computeMs;
      console.log(
        `  ${verdict(ratio <= targets.vsFloor)}  ${engineName} within ${targets.vsFloor}× of the floor: ${times(ratio)} (${times(capkit.minMs / floor.minMs)})${ratio < 1 ? ' — below the single-thread floor, using more cores' : ''}`,
      );
    }
    const rawMB = (n * ITEMS) / 1e6;
    console.log(
      `  ${verdict(capkit.peakMB <= targets.memoryFactor * rawMB)}  ${engineName} peak memory ≤ ${targets.memoryFactor} × the raw columns (${rawMB} MB): ${format(capkit.peakMB)} MB`,
    );
  }
}

const tables = (
  process.env.BENCH_TABLES ?? 'speed,quantiles,undp,disclosure,plan,maturity,bootstrap,sql,browser'
).split(',');
const knownTables = [
  'speed',
  'quantiles',
  'undp',
  'disclosure',
  'plan',
  'maturity',
  'bootstrap',
  'sql',
  'browser',
];
if (tables.some((table) => !knownTables.includes(table)))
  throw new Error(
    `BENCH_TABLES: give some of ${knownTables.join(', ')}, not "${tables.join(',')}"`,
  );

async function main() {
  const json = {};
  if (tables.includes('speed')) json.speed = await speedTable();
  if (tables.includes('quantiles')) json.quantiles = await quantileTable();
  if (tables.includes('undp')) json.undp = await undpTable();
  if (tables.includes('disclosure')) json.disclosure = await disclosureTable();
  if (tables.includes('plan')) json.plan = await planTable();
  if (tables.includes('maturity')) json.maturity = await maturityTable();
  if (tables.includes('bootstrap')) json.bootstrap = await bootstrapTable();
  if (tables.includes('sql')) json.sql = await sqlTable();
  if (tables.includes('browser')) json.browser = await browserTable();
  if (process.env.BENCH_JSON) {
    // The speed rows stay an array at the top level when they are the only table, as before.
    const written = tables.length === 1 && tables[0] === 'speed' ? json.speed : json;
    writeFileSync(process.env.BENCH_JSON, `${JSON.stringify(written, null, 2)}\n`);
    console.log(`\nwrote ${tables.join(', ')} to ${process.env.BENCH_JSON}`);
  }
}

async function speedTable() {
  const sizes = parseSizes();
  await verify();
  console.log(
    `timing N = ${sizes.map((n) => n.toLocaleString('en')).join(', ')} on ${availableParallelism()} cores; each contender in its own process, one at a time\n`,
  );
  const rows = [];
  const directory = mkdtempSync(join(tmpdir(), 'capkit-bench-'));
  try {
    await timeAll(sizes, rows, directory);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  return report(sizes, rows);
}

async function timeAll(sizes, rows, directory) {
  for (const [sizeIndex, n] of sizes.entries()) {
    const path = join(directory, `survey-${n}.bin`);
    writeSurveyFile(path, generatedSurvey(n));
    const only = process.env.BENCH_ONLY?.split(',');
    const names = (sizeIndex === 0 ? [...contenderNames, ...variantNames] : contenderNames).filter(
      (name) => only === undefined || only.includes(name),
    );
    for (const name of names) {
      const smaller = rows.find((row) => row.name === name && row.n === sizes[sizeIndex - 1]);
      const projectedMs =
        smaller?.computeMs === undefined ? 0 : (smaller.computeMs * n) / smaller.n;
      if (name.startsWith('arquero') && projectedMs > SKIP_ABOVE_MS) {
        rows.push({
          name,
          n,
          skipped: `skipped: ~${Math.round(projectedMs / 1000)} s per run projected from N = ${smaller.n}`,
        });
        continue;
      }
      process.stdout.write(`  ${name} at N = ${n.toLocaleString('en')} …`);
      const row = await runChild(name, path, n);
      rows.push({ ...row, variant: variantNames.includes(name) });
      console.log(row.unavailable === undefined ? ` ${format(row.computeMs)} ms` : ` unavailable`);
    }
    // The full-size answers must agree too, not just the small ones verify() checked (against
    // capkit, or naive while capkit is unavailable; BENCH_ONLY may leave out both).
    const reference =
      rows.find((row) => row.n === n && row.name === 'capkit' && row.aggregates) ??
      rows.find((row) => row.n === n && row.name === 'naive' && row.aggregates);
    for (const row of rows.filter(
      (other) => reference && other.n === n && other.aggregates && other !== reference,
    )) {
      const difference = firstDifference(reference.aggregates, row.aggregates);
      if (difference !== null)
        throw new Error(`${row.name} disagrees with ${reference.name} at N = ${n}: ${difference}`);
    }
    rmSync(path);
  }
}

function report(sizes, rows) {
  console.log('');
  printTable(rows);
  console.log(`
median / min: wall time of the query alone (data already in the contender's layout), over the
  runs shown after one warm-up run; * = one run, the warm-up itself (runs take seconds).
vs capkit: contender's median ÷ capkit's median (above 1 = slower than capkit).
peak MB: process maxRSS − RSS after importing and opening the engine (full GC), in a process of
  its own: the contender's data layout plus its query's working memory, native memory included.
data MB: RSS after loading and a full GC − that baseline: the layout alone. RSS moves by a few MB.
load ms: reading the seeded survey file into the layout (for DuckDB, appending it); not the query.
variants (smallest N only): duckdb-unpivot = UNPIVOT to long form, GROUP BY unit, competency;
  arquero-tidy = fold to long form, lookup, groupby unit + competency. Same answers, slower.
The machine is shared: compare within one run, as ratios.`);
  for (const n of sizes.filter((size) => size >= 1_000_000)) checkTargets(rows, n);
  if (!sizes.some((size) => size >= 1_000_000))
    console.log('\ntargets are for N = 1,000,000: run without an N to check them.');

  return rows
    .filter((row) => !row.variant && row.computeMs !== undefined)
    .map((row) => ({
      contender: row.name,
      n: row.n,
      computeMs: row.computeMs,
      minMs: row.minMs,
      peakMB: Math.round(row.peakMB * 10) / 10,
    }));
}

main().catch((error) => {
  console.error(`\nbench failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});

// `pnpm bench`: streams a KoboToolbox-style export (people × 40 paired items, 85 columns, every
// field quoted, `;`) into the columnar matrix, against DuckDB's read_csv into a table and
// papaparse, each run in a child process of its own so that its peak memory (maxRSS) is its own.
//
//   BENCH_ROWS=10000,100000,1000000   sizes to run (the last one gets the table of ratios)
//   BENCH_RUNS=3                      runs per contender and size (min and median are shown)
//   BENCH_NAIVE_MAX_ROWS=100000       largest size for papaparse-to-objects (its memory grows
//                                     ~8 kB a row: at 1M rows it alone would take minutes and GBs)
//
// MB are MiB (2^20 bytes). "loaded" is a contender's peak memory once its code is loaded and
// before the file is opened: the part of its peak that does not grow with the file.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pairedItems, writeKoboCsv } from './koboCsv.mjs';

const run = promisify(execFile);
const sizes = (process.env.BENCH_ROWS ?? '10000,100000,1000000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const naiveMaxRows = Number(process.env.BENCH_NAIVE_MAX_ROWS ?? 100_000);
const contenderScript = fileURLToPath(new URL('./contender.mjs', import.meta.url));

const contenders = [
  { name: 'capkit', label: 'capkit streamCsvToMatrix' },
  { name: 'duckdb', label: 'DuckDB read_csv → table' },
  { name: 'papaparseChunks', label: 'papaparse chunk → matrix' },
  { name: 'papaparseObjects', label: 'papaparse header:true objects' },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const mb = (bytes) => bytes / 1024 / 1024;
const fixed = (value, digits = 0) => value.toFixed(digits).padStart(8);

async function measure(name, file, rows) {
  const { stdout } = await run(process.execPath, [contenderScript, name, file, String(rows)], {
    maxBuffer: 1 << 20,
    env: process.env,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

const dir = await mkdtemp(join(tmpdir(), 'capkit-bench-'));
const results = new Map();
try {
  for (const rows of sizes) {
    const file = join(dir, `kobo-${rows}.csv`);
    const bytes = await writeKoboCsv(file, rows);
    console.log(`\n${rows.toLocaleString('en')} rows, ${fixed(mb(bytes), 1).trim()} MB file`);
    for (const contender of contenders) {
      if (contender.name === 'papaparseObjects' && rows > naiveMaxRows) continue;
      const samples = [];
      for (let i = 0; i < runs; i += 1) samples.push(await measure(contender.name, file, rows));
      const ms = samples.map((sample) => sample.ms);
      const rss = samples.map((sample) => sample.maxRssMb);
      const loadedRss = median(samples.map((sample) => sample.loadedRssMb));
      const row = {
        loadedRss,
        minMs: Math.min(...ms),
        medianMs: median(ms),
        minRss: Math.min(...rss),
        medianRss: median(rss),
      };
      results.set(`${contender.name}:${rows}`, row);
      console.log(
        `  ${contender.label.padEnd(32)} time min ${fixed(row.minMs)} ms  median ${fixed(row.medianMs)} ms   maxRSS min ${fixed(row.minRss)} MB  median ${fixed(row.medianRss)} MB  (${row.loadedRss.toFixed(0)} MB once loaded)`,
      );
    }
    await rm(file);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

const largest = sizes.at(-1);
const columnarMb = mb(largest * pairedItems * 2);
const duck = results.get(`duckdb:${largest}`);
console.log(
  `\nAt ${largest.toLocaleString('en')} rows (columnar bytes: importance + performance = ${columnarMb.toFixed(0)} MB; medians; ratios to DuckDB):`,
);
console.log(
  `  ${'contender'.padEnd(32)} ${'time ms'.padStart(9)} ${'× DuckDB'.padStart(9)} ${'maxRSS MB'.padStart(10)} ${'× DuckDB'.padStart(9)}`,
);
for (const contender of contenders) {
  const row = results.get(`${contender.name}:${largest}`);
  if (row === undefined) {
    console.log(`  ${contender.label.padEnd(32)} not run at this size (BENCH_NAIVE_MAX_ROWS)`);
    continue;
  }
  console.log(
    `  ${contender.label.padEnd(32)} ${fixed(row.medianMs).padStart(9)} ${fixed(row.medianMs / duck.medianMs, 2).padStart(9)} ${fixed(row.medianRss).padStart(10)} ${fixed(row.medianRss / duck.medianRss, 2).padStart(9)} ${fixed(row.loadedRss).padStart(10)}`,
  );
}

console.log('\nGrowth (median time, median maxRSS):');
for (const contender of contenders) {
  const cells = sizes.map((rows) => {
    const row = results.get(`${contender.name}:${rows}`);
    return row === undefined
      ? `${rows}: –`
      : `${rows}: ${row.medianMs.toFixed(0)} ms / ${row.medianRss.toFixed(0)} MB`;
  });
  console.log(`  ${contender.label.padEnd(32)} ${cells.join('   ')}`);
}

const ours = results.get(`capkit:${largest}`);
const timeRatio = ours.medianMs / duck.medianMs;
const memoryCeiling = 2 * columnarMb + 100;
console.log(
  `\nTargets: time within 3× DuckDB — ${timeRatio.toFixed(2)}× ${timeRatio <= 3 ? 'met' : 'MISSED'}; ` +
    `peak memory ≤ 2 × ${columnarMb.toFixed(0)} MB + 100 MB = ${memoryCeiling.toFixed(0)} MB — ` +
    `min ${ours.minRss.toFixed(0)} MB / median ${ours.medianRss.toFixed(0)} MB ${ours.medianRss <= memoryCeiling ? 'met' : 'MISSED'} ` +
    `(of which ${ours.loadedRss.toFixed(0)} MB is Node with the package, @capkit/model and zod loaded, before the first byte)`,
);

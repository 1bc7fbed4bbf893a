// The demo's load benchmark, against the production build in Chromium:
//   first load   cold IndexedDB (a fresh browser context): from navigation to the landing page's
//                ministry sentence, which includes generating the 4,000-person sample in the worker;
//   warm reload  the same page reloaded, the workspace read back from IndexedDB;
//   results      navigating to /training-needs/results (warm) until the priorities show;
//   long tasks   the longest main-thread task on each section's page, CPU slowed (longTasks.mjs);
// BENCH_RUNS runs each (5 by default; BENCH_TASK_RUNS, 3, for the long tasks, slowed
// BENCH_CPU_SLOWDOWN times, 4), medians, printed as one markdown table, with the first-load
// JavaScript's gzip size from the built files.
//
//   pnpm run build && pnpm run bench        (DEMO_OUT_DIR, DEMO_PORT, CHROMIUM_PATH to change)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { base, median, ms, outDir, startDemo } from './demoServer.mjs';
import { measureLongTasks } from './longTasks.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const taskRuns = Number(process.env.BENCH_TASK_RUNS ?? 3);
const slowdown = Number(process.env.BENCH_CPU_SLOWDOWN ?? 4);
const ministry = /The sample Ministry of Digital Services has [\d,]+ staff/u;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The JavaScript index.html loads before anything else: its entry and the modules it preloads. */
async function firstLoadJs() {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/gu),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/gu),
  ].map((match) => match[1]);
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const bytes = await readFile(join(outDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: new Set(files).size, raw, gzip };
}

const demo = await startDemo();
const { browser } = demo;
const times = { first: [], warm: [], results: [] };
let longTasks = new Map();
try {
  for (let run = 0; run < runs; run += 1) {
    // A fresh context: empty IndexedDB, no service worker, no HTTP cache.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let started = performance.now();
    await page.goto(base);
    await page.getByText(ministry).waitFor({ timeout: 120_000 });
    times.first.push(performance.now() - started);

    started = performance.now();
    await page.reload();
    await page.getByText(ministry).waitFor({ timeout: 120_000 });
    times.warm.push(performance.now() - started);

    started = performance.now();
    await page.goto(`${base}/training-needs/results`);
    await page.getByTestId('tna-headline').waitFor({ timeout: 120_000 });
    await page.locator('main .demo-working').waitFor({ state: 'detached', timeout: 120_000 });
    times.results.push(performance.now() - started);
    await context.close();
    process.stderr.write(`run ${run + 1}/${runs} done\n`);
  }
  longTasks = await measureLongTasks(browser, base, { runs: taskRuns, slowdown });
} finally {
  await demo.close();
}

const js = await firstLoadJs();
const row = (label, values) =>
  `| ${label} | ${ms(median(values))} | ${ms(Math.min(...values))} | ${ms(Math.max(...values))} |`;
const rows = [
  ['First load, cold IndexedDB (builds the 4,000-person sample)', times.first],
  ['Warm reload (workspace read from IndexedDB)', times.warm],
  ['Time to results (/training-needs/results until the priorities show)', times.results],
];
console.log(`| measure (Chromium, production build, ${runs} runs) | median | fastest | slowest |`);
console.log('| --- | ---: | ---: | ---: |');
for (const [label, values] of rows) console.log(row(label, values));
for (const [route, values] of longTasks)
  console.log(
    row(
      `Longest task of the page's own on ${route}, CPU slowed ${slowdown}× (${taskRuns} runs)`,
      values.page,
    ),
  );
console.log(
  row(
    `Navigation commit (Chromium's, before the page's code runs), over the ${longTasks.size} routes, CPU slowed ${slowdown}×`,
    [...longTasks.values()].map((values) => Math.max(...values.commit)),
  ),
);
console.log(
  `| First-load JavaScript (${js.files} files: entry and preloads) | ${kb(js.gzip)} gzip | ${kb(js.raw)} raw | |`,
);

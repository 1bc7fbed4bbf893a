// One contender, one N, in a process of its own, so that its peak memory is its own.
// Started by compare.mjs as
//   node --expose-gc bench/runContender.mjs NAME SURVEY_FILE N MAX_RUNS BUDGET_MS
// over an IPC channel; sends back one message with timings, memory and its aggregates.
//
// Memory method: after the engine is imported and opened (DuckDB's library and instance, zod,
// arquero's code), a full GC, then the resident set size is the baseline. The contender then
// reads the survey file straight into its own layout (one reused 700 kB chunk at a time, so no
// second copy is held), and computes. peakMB = process.resourceUsage()
// .maxRSS (the kernel's high-water mark, all native and JS memory) − baseline: the memory this
// contender needs for this data — its layout plus its query's working memory — over the cost of
// having its library loaded. dataMB = RSS after loading and a full GC − baseline: the layout alone.
import { loadContender } from './contenders/registry.mjs';
import { surveyFromFile } from './surveyData.mjs';

/** Decimal megabytes, as in "40 MB for 1M × 40 bytes". */
const MB = 1e6;
const [name = '', path = '', nText = '', maxRunsText = '5', budgetText = '30000'] =
  process.argv.slice(2);
const n = Number(nText);
const maxRuns = Number(maxRunsText);
const budgetMs = Number(budgetText);

function collectGarbage() {
  if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
  globalThis.gc();
  globalThis.gc();
}

async function timeOnce(contender, context, data) {
  const start = performance.now();
  const result = await contender.compute(context, data);
  return { ms: performance.now() - start, result };
}

async function main() {
  const contender = await loadContender(name);
  const context = await contender.open();
  if (context.unavailable !== undefined) return { name, n, unavailable: context.unavailable };

  collectGarbage();
  const baselineRss = process.memoryUsage().rss;
  const loadStart = performance.now();
  const data = await contender.load(context, surveyFromFile(path, n));
  const loadMs = performance.now() - loadStart;
  collectGarbage();
  const dataMB = (process.memoryUsage().rss - baselineRss) / MB;

  // A first run warms the JIT. Then as many runs as the budget allows, up to maxRuns; when even
  // one more would not fit, the first run is the measurement (at seconds per run, JIT warm-up
  // is noise).
  const first = await timeOnce(contender, context, data);
  const runs = Math.min(maxRuns, Math.floor(budgetMs / Math.max(first.ms, 1)));
  const times = [];
  let last = first;
  for (let run = 0; run < runs; run += 1) {
    last = await timeOnce(contender, context, data);
    times.push(last.ms);
  }
  if (times.length === 0) times.push(first.ms);

  const peakMB = (process.resourceUsage().maxRSS * 1024 - baselineRss) / MB;
  const aggregates = contender.toAggregates === null ? null : contender.toAggregates(last.result);
  await contender.close?.(context, data);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    n,
    layout: contender.layout,
    loadMs,
    computeMs:
      (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.floor(sorted.length / 2)]) / 2,
    minMs: sorted[0],
    runs: times.length,
    warmupCounted: runs === 0,
    baselineMB: baselineRss / MB,
    dataMB,
    peakMB,
    aggregates,
  };
}

main().then(
  (message) => process.send(message, () => process.exit(0)),
  (error) => {
    process.send({ name, n, error: String(error?.stack ?? error) }, () => process.exit(1));
  },
);

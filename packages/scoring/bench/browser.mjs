// The training-needs analysis in a browser against Node, in one run: publication partials
// (aggregatePublication: by unit, role and unit × role), the Borich bootstrap priorities
// (method 'auto', as analyseTrainingNeeds runs it: the bag of little bootstraps at these sizes)
// and the publication step (summarisePublication), at 100,000 and 1,000,000 respondents × 40
// items of bench/surveyData.mjs's survey. Contenders:
// - chromium-isolated: headless Chromium, the page served with COOP/COEP, an AggregatePool of
//   navigator.hardwareConcurrency Web Workers reading the columns in SharedArrayBuffers;
// - chromium-copying: the same page served without them (no SharedArrayBuffer): the pool copies
//   each worker its chunk's rows, and the bootstrap's two rating arrays once;
// - node-pool: an AggregatePool of availableParallelism() worker_threads over SharedArrayBuffers;
// - node-single: the same functions called on Node's main thread.
// All four run the same sources (bundled by test/browser/harness.mjs for the page and for Node).
// Each does one warm-up analysis, then 3 timed ones; every contender's results are checked
// against node-single's first (counts and suppression exactly, means within 1e-12 relative,
// bootstrap bit for bit). In the browser the main thread is watched over the timed runs: the
// longest task from a DevTools trace (RunTask events of the page's renderer main thread) and
// the tasks over 50 ms a PerformanceObserver('longtask') reported.
// Run by compare.mjs (`BENCH_TABLES=browser pnpm bench`); BENCH_BROWSER_N=100000 for one size.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  buildBundles,
  encode,
  launchChromium,
  parentOf,
  revive,
  runPage,
  serve,
  writeSurvey,
} from '../test/browser/harness.mjs';

const RUNS = 3;

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0] };
}

// Differences between two results: numbers within `tolerance` (relative), the rest equal.
function differences(actual, expected, tolerance, path = '') {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const same =
      Object.is(actual, expected) ||
      Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
    return same ? [] : [`${path}: ${actual} ≠ ${expected}`];
  }
  if (typeof actual !== 'object' || typeof expected !== 'object' || !actual || !expected)
    return Object.is(actual, expected) ? [] : [`${path}: ${actual} ≠ ${expected}`];
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  return [...keys].flatMap((key) =>
    differences(actual[key], expected[key], tolerance, `${path}.${key}`),
  );
}

const shared = (column) => {
  const copy = new Uint8Array(new SharedArrayBuffer(column.length));
  copy.set(column);
  return copy;
};

// One analysis in Node: through the pool when there is one, else on this thread.
async function analyseInNode(engine, pool, input) {
  const { matrix, paired, groups, config, scale, bootstrapOptions } = input;
  const began = performance.now();
  const partials = pool
    ? await pool.aggregatePublication(matrix, config, groups)
    : engine.aggregatePublication(matrix, config, groups);
  const aggregated = performance.now();
  const priorities = pool
    ? await pool.bootstrap(paired, scale, bootstrapOptions)
    : engine.bootstrapMeanWeightedDiscrepancy(paired, scale, bootstrapOptions);
  const resampled = performance.now();
  const publication = engine.summarisePublication(partials);
  const published = performance.now();
  return {
    results: JSON.parse(encode({ publication, priorities }), revive),
    stages: {
      publicationPartials: aggregated - began,
      bootstrap: resampled - aggregated,
      summarise: published - resampled,
      total: published - began,
    },
  };
}

async function timeNode(engine, pool, input) {
  await analyseInNode(engine, pool, input);
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await analyseInNode(engine, pool, input));
  return { stages: runs.map((run) => run.stages), results: runs.at(-1).results };
}

function sizes() {
  const text = process.env.BENCH_BROWSER_N ?? '100000,1000000';
  const list = text.split(',').map((part) => Number(part.replaceAll('_', '')));
  if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bad N list "${text}"`);
  return list;
}

/** Times the four contenders at each size; prints one table with ratios to node-single. */
export async function browserTable() {
  const dir = await mkdtemp(join(tmpdir(), 'capkit-bench-browser-'));
  let chromium;
  const rows = [];
  try {
    const { www, engine, workerScript } = await buildBundles(dir);
    chromium = await launchChromium(join(dir, 'profile'));
    for (const n of sizes()) {
      const data = join(dir, `data-${n}`);
      await mkdir(data);
      const survey = await writeSurvey(data, n);
      const { meta } = survey;
      const columns = {
        performance: shared(survey.performance),
        importance: shared(survey.importance),
        units: shared(survey.units),
        roles: shared(survey.roles),
      };
      const input = {
        matrix: { respondents: n, items: meta.items, ratings: columns.performance },
        paired: {
          respondents: n,
          items: meta.items,
          importance: columns.importance,
          performance: columns.performance,
        },
        groups: {
          units: {
            groupOf: columns.units,
            groups: meta.units,
            parentOf: Int32Array.from(parentOf),
          },
          roles: { roleOf: columns.roles, levels: Float64Array.from(meta.levels) },
        },
        config: engine.compileScoringConfig(meta.config),
        scale: meta.config.scale,
        bootstrapOptions: meta.bootstrapOptions,
      };
      const single = await timeNode(engine, undefined, input);
      const pool = new engine.AggregatePool(
        Array.from({ length: availableParallelism() }, () =>
          engine.nodeWorkerPort(new Worker(workerScript)),
        ),
      );
      let nodePool;
      try {
        nodePool = await timeNode(engine, pool, input);
      } finally {
        await pool.close();
      }
      const contenders = [
        { name: 'node-single', workers: 0, ...single, mainThread: null },
        { name: 'node-pool', workers: pool.size, ...nodePool, mainThread: null },
      ];
      for (const isolated of [true, false]) {
        const server = await serve({ www, data, isolated });
        try {
          const { outcome, mainThread } = await runPage(
            chromium,
            `${server.url}?runs=${RUNS}&cancel=0`,
          );
          if (!outcome.repeatable) throw new Error('the timed runs disagree with the first');
          if (outcome.isolated !== isolated || outcome.shared !== isolated)
            throw new Error(`the page is ${outcome.isolated ? '' : 'not '}cross-origin isolated`);
          contenders.push({
            name: isolated ? 'chromium-isolated' : 'chromium-copying',
            workers: outcome.workers,
            stages: outcome.stages,
            results: { publication: outcome.publication, priorities: outcome.priorities },
            mainThread: { ...mainThread, observedOver50: outcome.longTasks.length },
          });
        } finally {
          await server.close();
        }
      }
      for (const contender of contenders.slice(1)) {
        const found = [
          ...differences(
            contender.results.publication,
            single.results.publication,
            1e-12,
            'publication',
          ),
          ...differences(contender.results.priorities, single.results.priorities, 0, 'priorities'),
        ];
        if (found.length > 0)
          throw new Error(
            `${contender.name} disagrees with node-single at N = ${n}: ${found.slice(0, 3).join('; ')}`,
          );
      }
      const reference = summary(single.stages.map((s) => s.total)).median;
      for (const contender of contenders) {
        const stage = (key) => summary(contender.stages.map((s) => s[key]));
        rows.push({
          n,
          contender: contender.name,
          workers: contender.workers,
          publicationPartials: stage('publicationPartials'),
          bootstrap: stage('bootstrap'),
          summarise: stage('summarise'),
          total: stage('total'),
          vsNodeSingle: stage('total').median / reference,
          mainThread: contender.mainThread,
        });
      }
    }
  } finally {
    await chromium?.close();
    await rm(dir, { recursive: true, force: true });
  }
  const ms = ({ median, min }) => `${median.toFixed(0)} (${min.toFixed(0)})`;
  console.log(
    `\nTraining-needs analysis in the browser against Node (${availableParallelism()} cores): ms, median (min) of ${RUNS} runs after a warm-up; the bootstrap is method 'auto' (little bootstraps here); main thread over the timed runs`,
  );
  console.log(
    '|         N | contender         | workers | partials ms | bootstrap ms | summary ms |   total ms | vs node-single | longest main-thread task ms | tasks > 50 ms |',
  );
  console.log(
    '| --------: | ----------------- | ------: | ----------: | -----------: | ---------: | ---------: | -------------: | --------------------------: | ------------: |',
  );
  for (const row of rows) {
    const main = row.mainThread;
    const longest =
      main === null
        ? row.contender === 'node-single'
          ? 'whole run'
          : '—'
        : main.longestMs.toFixed(1);
    const over50 = main === null ? '—' : `${main.observedOver50} (trace ${main.over50})`;
    console.log(
      `| ${row.n.toLocaleString('en').padStart(9)} | ${row.contender.padEnd(17)} | ${String(row.workers || 1).padStart(7)} | ${ms(row.publicationPartials).padStart(11)} | ${ms(row.bootstrap).padStart(12)} | ${ms(row.summarise).padStart(10)} | ${ms(row.total).padStart(10)} | ${`${row.vsNodeSingle.toFixed(2)}×`.padStart(14)} | ${longest.padStart(27)} | ${over50.padStart(13)} |`,
    );
  }
  return rows;
}

// The training-needs analysis in headless Chromium, in Web Workers, served twice: once with the
// COOP/COEP headers (cross-origin isolated: SharedArrayBuffer, no row copied) and once without
// (the pool copies each worker its chunk's rows). Each time the page cancels a run part-way,
// then runs the analysis on the same pool; the results must equal Node's engine on the same
// data, and the main thread must stay free while it runs.
//
// "Free" is measured against the analysis itself, in the same run: had the work run on the
// main thread, one task would hold most of it. A fixed figure (no task over 50 ms) would
// depend on the machine and on what else runs on it; the tasks over 50 ms are printed here and
// measured in `pnpm bench` (bench/browser.mjs), where timing belongs.
//
//   node test/browser/run.mjs          (pnpm test:browser)
//   CHROMIUM_PATH=/path/to/chromium BROWSER_ROWS=100000
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildBundles,
  encode,
  launchChromium,
  parentOf,
  revive,
  runPage,
  serve,
  writeSurvey,
} from './harness.mjs';

const rows = Number(process.env.BROWSER_ROWS ?? 100_000);

/** Differences between two results: numbers within `tolerance` (relative), the rest equal. */
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

const dir = await mkdtemp(join(tmpdir(), 'capkit-scoring-browser-'));
let chromium;
try {
  const data = join(dir, 'data');
  await mkdir(data);
  const survey = await writeSurvey(data, rows);
  const { www, engine } = await buildBundles(dir);

  // Node's engine, one thread, on the same bytes: what the page must reproduce.
  const { meta } = survey;
  const config = engine.compileScoringConfig(meta.config);
  const started = performance.now();
  const partials = engine.aggregatePublication(
    { respondents: rows, items: meta.items, ratings: survey.performance },
    config,
    {
      units: { groupOf: survey.units, groups: meta.units, parentOf: Int32Array.from(parentOf) },
      roles: { roleOf: survey.roles, levels: Float64Array.from(meta.levels) },
    },
  );
  const priorities = engine.bootstrapMeanWeightedDiscrepancy(
    {
      respondents: rows,
      items: meta.items,
      importance: survey.importance,
      performance: survey.performance,
    },
    meta.config.scale,
    meta.bootstrapOptions,
  );
  const expected = JSON.parse(
    encode({ publication: engine.summarisePublication(partials), priorities }),
    revive,
  );
  const nodeMs = performance.now() - started;

  chromium = await launchChromium(join(dir, 'profile'));
  const failures = [];
  const lines = [];
  for (const isolated of [true, false]) {
    const server = await serve({ www, data, isolated });
    try {
      const { outcome, mainThread } = await runPage(chromium, server.url);
      const fail = (text) => failures.push(`${isolated ? 'isolated' : 'not isolated'}: ${text}`);
      if (outcome.isolated !== isolated) fail(`crossOriginIsolated is ${outcome.isolated}`);
      if (outcome.sharedArrayBufferGlobal !== isolated)
        fail(`SharedArrayBuffer ${outcome.sharedArrayBufferGlobal ? 'exists' : 'is missing'}`);
      if (outcome.shared !== isolated)
        fail(`the columns are ${outcome.shared ? '' : 'not '}shared`);
      const { progress, bar, cancelled } = outcome;
      if (progress.length < 2) fail(`only ${progress.length} progress reports`);
      progress.forEach(({ done, total }, i) => {
        if (total !== rows || done <= (progress[i - 1]?.done ?? 0) || done > rows)
          fail(`progress ${i} (${done} of ${total}) goes back or overshoots`);
      });
      if (progress.at(-1)?.done !== rows) fail('progress does not end at every row');
      if (bar?.value !== rows || bar?.max !== rows)
        fail(`the progress bar ends at ${bar?.value} of ${bar?.max}`);
      if (cancelled?.name !== 'AbortError') fail(`the cancelled run ended with ${cancelled?.name}`);
      const [stages] = outcome.stages;
      const analysisMs = stages.publicationPartials + stages.bootstrap + stages.summarise;
      // A worker's chunk is half the run or more: a cancel that waited for it would take that long.
      if (!(cancelled?.rejectedAfterMs < analysisMs / 4))
        fail(
          `the cancelled run rejected ${cancelled?.rejectedAfterMs} ms after the abort (the analysis takes ${analysisMs.toFixed(0)} ms)`,
        );
      if (!(cancelled?.progressSteps < 20)) fail('the cancelled run went on to the end');
      if (!outcome.probeSeen)
        fail('the PerformanceObserver did not report the deliberate 80 ms task');
      if (!(mainThread.tasks > 0)) fail('the trace holds no main-thread task of the analysis');
      if (!(mainThread.longestMs < analysisMs / 4))
        fail(
          `a ${mainThread.longestMs} ms main-thread task while the analysis took ${analysisMs.toFixed(0)} ms: the work did not stay in the workers`,
        );
      // Merging chunks adds in another order than one pass: means may differ by rounding.
      differences(outcome.publication, expected.publication, 1e-12, 'publication')
        .slice(0, 5)
        .forEach(fail);
      differences(outcome.priorities, expected.priorities, 0, 'priorities')
        .slice(0, 5)
        .forEach(fail);
      if (!outcome.repeatable) fail('a run after the cancel gave other results than the first');
      lines.push(
        `${isolated ? 'isolated (SharedArrayBuffer)' : 'not isolated (copied chunks)'}: ${outcome.workers} workers, ` +
          `partials ${stages.publicationPartials.toFixed(0)} ms, bootstrap ${stages.bootstrap.toFixed(0)} ms, ` +
          `summary ${stages.summarise.toFixed(0)} ms; cancel rejected in ${cancelled.rejectedAfterMs.toFixed(1)} ms; ` +
          `${progress.length} progress reports; longest main-thread task ${mainThread.longestMs.toFixed(1)} ms (trace), ` +
          `${mainThread.over50} over 50 ms (trace), ${outcome.longTasks.length} reported by the page`,
      );
    } finally {
      await server.close();
    }
  }
  if (failures.length > 0) {
    console.error(
      `scoring browser test FAILED (${rows} × ${meta.items}):\n  ${failures.join('\n  ')}`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `scoring browser test passed: ${rows.toLocaleString('en')} × ${meta.items} in Chromium workers, ` +
        `results equal to Node's engine (${nodeMs.toFixed(0)} ms on one thread), the main thread free while it ran\n  ${lines.join('\n  ')}`,
    );
  }
} finally {
  await chromium?.close();
  await rm(dir, { recursive: true, force: true });
}

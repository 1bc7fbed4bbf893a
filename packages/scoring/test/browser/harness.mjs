// What the browser test (run.mjs) and the browser benchmark (../../bench/browser.mjs) share: a
// seeded survey written as binary columns, the page and worker bundled with tsup from the
// sources (and the same engine bundled for Node, so both sides run the same code), a node:http
// server with or without the cross-origin isolation headers, and Debian's Chromium driven over
// the DevTools protocol on a pipe (--remote-debugging-pipe: no WebSocket, no browser download).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import {
  ITEMS,
  MISSING,
  ROLES,
  UNITS,
  competencyOfItem,
  createRandom,
  generatedSurvey,
  requiredLevels,
  scoringConfig,
} from '../../bench/surveyData.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Units 0–9 are departments; unit u ≥ 10 sits under department u mod 10. */
export const parentOf = Array.from({ length: UNITS }, (_, u) => (u < 10 ? -1 : u % 10));

/** The bootstrap as analyseTrainingNeeds runs it by default (and as the README shows it). */
export const bootstrapOptions = { method: 'auto', by: 'competency', competencyOfItem };

/**
 * Writes the seeded survey of bench/surveyData.mjs (performance ratings, unit, role) with
 * importance ratings from a second seeded stream (1–5, ~5% missing) as four binary files and
 * meta.json, for the page to fetch. Returns the columns for Node.
 */
export async function writeSurvey(directory, n) {
  const performance = new Uint8Array(n * ITEMS);
  const importance = new Uint8Array(n * ITEMS);
  const units = new Uint8Array(n);
  const roles = new Uint8Array(n);
  const random = createRandom(0x1a7e);
  generatedSurvey(n).forEachRespondent((r, unit, role, row) => {
    units[r] = unit;
    roles[r] = role;
    performance.set(row, r * ITEMS);
    for (let j = 0; j < ITEMS; j += 1) {
      const u = random();
      importance[r * ITEMS + j] = u < 0.05 ? MISSING : 1 + Math.min(4, Math.floor(u * 5));
    }
  });
  const meta = {
    respondents: n,
    items: ITEMS,
    units: UNITS,
    roles: ROLES,
    config: scoringConfig,
    levels: Array.from(requiredLevels()),
    parentOf,
    bootstrapOptions,
  };
  await Promise.all([
    writeFile(join(directory, 'performance.bin'), performance),
    writeFile(join(directory, 'importance.bin'), importance),
    writeFile(join(directory, 'units.bin'), units),
    writeFile(join(directory, 'roles.bin'), roles),
    writeFile(join(directory, 'meta.json'), JSON.stringify(meta)),
  ]);
  return { meta, performance, importance, units, roles };
}

/**
 * Bundles the page and the browser worker into `www`, and the engine and the Node worker into
 * `node`, from the sources; returns the Node engine module.
 */
export async function buildBundles(directory) {
  const { version } = JSON.parse(await readFile(join(packageRoot, 'package.json'), 'utf8'));
  const common = {
    config: false,
    format: 'esm',
    target: 'es2022',
    noExternal: [/./],
    splitting: false,
    dts: false,
    silent: true,
    define: { __CAPKIT_SCORING_VERSION__: JSON.stringify(version) },
  };
  const www = join(directory, 'www');
  const node = join(directory, 'node');
  await build({
    ...common,
    entry: {
      page: join(here, 'page.ts'),
      workerBrowser: join(packageRoot, 'src/workerBrowser.ts'),
    },
    outDir: www,
    platform: 'browser',
  });
  await build({
    ...common,
    entry: { engine: join(here, 'engine.ts'), workerNode: join(packageRoot, 'src/workerNode.ts') },
    outDir: node,
    platform: 'node',
    outExtension: () => ({ js: '.mjs' }),
  });
  await copyFile(join(here, 'index.html'), join(www, 'index.html'));
  const engine = await import(join(node, 'engine.mjs'));
  return { www, engine, workerScript: join(node, 'workerNode.mjs') };
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
};

/**
 * Serves `www` and `data` on a loopback port. `isolated` adds the two headers that make a page
 * cross-origin isolated (and so give it SharedArrayBuffer), on every response.
 */
export async function serve({ www, data, isolated }) {
  const headers = isolated
    ? {
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      }
    : {};
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://x');
    const path = join(
      extname(pathname) === '.bin' || pathname === '/meta.json' ? data : www,
      pathname,
    );
    readFile(path).then(
      (body) =>
        response
          .writeHead(200, { ...headers, 'content-type': types[extname(path)] ?? 'text/plain' })
          .end(body),
      () => response.writeHead(404, headers).end(),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${server.address().port}/index.html`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        // Chromium keeps connections alive; close() alone would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}

/** Starts headless Chromium with the DevTools protocol on a pipe. */
export async function launchChromium(profile) {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  await mkdir(profile, { recursive: true });
  const browser = spawn(
    executable,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  browser.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = once(browser, 'exit').then(([code]) => {
    throw new Error(`chromium exited (${code}): ${stderr}`);
  });
  exited.catch(() => undefined);
  const [toBrowser, fromBrowser] = [browser.stdio[3], browser.stdio[4]];
  let nextId = 0;
  const pending = new Map();
  const listeners = new Set();
  let buffered = Buffer.alloc(0);
  fromBrowser.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (let end = buffered.indexOf(0); end >= 0; end = buffered.indexOf(0)) {
      const message = JSON.parse(buffered.subarray(0, end).toString('utf8'));
      buffered = buffered.subarray(end + 1);
      if (message.id === undefined) {
        listeners.forEach((listener) => listener(message));
        continue;
      }
      const { resolve, reject } = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) reject(new Error(JSON.stringify(message.error)));
      else resolve(message.result);
    }
  });
  const send = (method, params = {}, sessionId) =>
    Promise.race([
      exited,
      new Promise((resolve, reject) => {
        nextId += 1;
        pending.set(nextId, { resolve, reject });
        toBrowser.write(
          `${JSON.stringify({ id: nextId, method, params, ...(sessionId ? { sessionId } : {}) })}\0`,
        );
      }),
    ]);
  await send('Browser.getVersion');
  return {
    send,
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      browser.kill();
      await once(browser, 'exit').catch(() => undefined);
    },
  };
}

/**
 * Opens `url` in a new tab and waits for `window.outcome` (the page's JSON), tracing the
 * renderer's main thread meanwhile: returns the outcome and the longest main-thread task between
 * the page's `analysis-start` and `analysis-end` marks (from the trace's RunTask events).
 */
export async function runPage(chromium, url) {
  const { targetId } = await chromium.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await chromium.send('Target.attachToTarget', { targetId, flatten: true });
  const page = (method, params) => chromium.send(method, params, sessionId);
  const events = [];
  const stopListening = chromium.listen((message) => {
    if (message.sessionId !== sessionId) return;
    if (message.method === 'Tracing.dataCollected') events.push(...message.params.value);
    if (message.method === 'Runtime.exceptionThrown')
      console.error('page error:', JSON.stringify(message.params.exceptionDetails).slice(0, 2000));
  });
  await page('Runtime.enable');
  await page('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'toplevel',
        'blink.user_timing',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
      ],
    },
    transferMode: 'ReportEvents',
  });
  await page('Page.navigate', { url });
  const evaluated = await page('Runtime.evaluate', {
    expression:
      'new Promise((resolve) => { const wait = () => window.outcome ? resolve(window.outcome) : setTimeout(wait, 50); wait(); })',
    awaitPromise: true,
    returnByValue: true,
  });
  const complete = new Promise((resolve) => {
    const stop = chromium.listen((message) => {
      if (message.sessionId === sessionId && message.method === 'Tracing.tracingComplete') {
        stop();
        resolve();
      }
    });
  });
  await page('Tracing.end');
  await complete;
  stopListening();
  await chromium.send('Target.closeTarget', { targetId });
  if (evaluated.exceptionDetails) throw new Error(JSON.stringify(evaluated.exceptionDetails));
  const outcome = JSON.parse(evaluated.result.value, revive);
  if (outcome.error !== undefined) throw new Error(`the page failed: ${outcome.error}`);
  return { outcome, mainThread: longestTask(events) };
}

// The page's main thread is the renderer thread that holds the analysis marks.
function longestTask(events) {
  const mark = (name) =>
    events.find((event) => event.name === name && event.cat.includes('user_timing'));
  const start = mark('analysis-start');
  const end = mark('analysis-end');
  if (start === undefined || end === undefined) return { longestMs: null, over50: null, tasks: 0 };
  const tasks = events.filter(
    (event) =>
      event.name === 'RunTask' &&
      event.ph === 'X' &&
      event.pid === start.pid &&
      event.tid === start.tid &&
      event.ts + event.dur >= start.ts &&
      event.ts <= end.ts,
  );
  const durations = tasks.map((task) => task.dur / 1000);
  return {
    longestMs: Math.max(0, ...durations),
    over50: durations.filter((ms) => ms > 50).length,
    tasks: tasks.length,
  };
}

/** JSON with the numbers JSON cannot hold spelled out, as the page encodes them. */
export function encode(value) {
  return JSON.stringify(value, (_, v) =>
    typeof v === 'number' && !Number.isFinite(v) ? `__number:${v}` : v,
  );
}

export function revive(_, value) {
  return typeof value === 'string' && value.startsWith('__number:')
    ? Number(value.slice(9))
    : value;
}

// Streams a KoboToolbox-style export chosen in a real <input type=file> through the Web Worker
// in headless Chromium, and checks the matrix against papaparse's reading of the same file.
//
//   node test/browser/run.mjs      (on Node 20 it re-runs itself with --experimental-websocket)
//   CHROMIUM_PATH=/path/to/chromium BROWSER_ROWS=50000
//
// No browser-automation package: the page and worker are bundled with tsup (a devDependency),
// served by node:http, and Chromium is driven over the DevTools protocol (DOM.setFileInputFiles
// is what Playwright's setInputFiles does).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { build } from 'tsup';
import { headers, itemIds, mapping, writeKoboCsv } from '../../bench/koboCsv.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const rows = Number(process.env.BROWSER_ROWS ?? 50_000);
const here = fileURLToPath(new URL('.', import.meta.url));
if (typeof WebSocket === 'undefined') {
  // Node 20 has WebSocket behind a flag (on from Node 22), and later Nodes may drop the flag.
  const child = spawn(
    process.execPath,
    ['--experimental-websocket', fileURLToPath(import.meta.url)],
    { stdio: 'inherit' },
  );
  const [code] = await once(child, 'exit');
  process.exit(code ?? 1);
}

const dir = await mkdtemp(join(tmpdir(), 'capkit-browser-'));
const www = join(dir, 'www');
let browser;
let server;
try {
  const csv = join(dir, 'kobo-export.csv');
  await writeKoboCsv(csv, rows);
  await build({
    config: false,
    entry: { page: join(here, 'page.ts'), csvWorker: join(here, 'csvWorker.ts') },
    outDir: www,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    noExternal: [/./],
    splitting: false,
    dts: false,
    silent: true,
  });
  await copyFile(join(here, 'index.html'), join(www, 'index.html'));
  await writeFile(join(www, 'mapping.json'), JSON.stringify({ mapping, itemOrder: itemIds }));

  // What the matrix must hold, read independently.
  const parsed = Papa.parse(await readFile(csv, 'utf8'), { delimiter: ';', skipEmptyLines: true });
  const ratingColumns = headers.flatMap((header, column) =>
    /_(importance|performance)$/.test(header) ? [column] : [],
  );
  let ratingSum = 0;
  let missing = 0;
  for (const row of parsed.data.slice(1)) {
    for (const column of ratingColumns) {
      if (row[column] === '') missing += 1;
      else ratingSum += Number(row[column]);
    }
  }
  const uuid = headers.indexOf('_uuid');
  const expected = {
    respondents: rows,
    items: itemIds.length,
    ratingSum,
    missing,
    firstId: parsed.data[1][uuid],
    lastId: parsed.data.at(-1)[uuid],
  };

  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  server = createServer((request, response) => {
    const path = join(www, new URL(request.url, 'http://x').pathname);
    readFile(path).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${server.address().port}/index.html`;

  browser = spawn(chromium, [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--remote-debugging-port=0',
    `--user-data-dir=${join(dir, 'profile')}`,
    'about:blank',
  ]);
  const endpoint = await new Promise((resolve, reject) => {
    let text = '';
    browser.stderr.on('data', (data) => {
      text += data;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match) resolve(match[1]);
    });
    browser.once('exit', (code) => reject(new Error(`chromium exited (${code}): ${text}`)));
  });

  const socket = new WebSocket(endpoint);
  await once(socket, 'open');
  let nextId = 0;
  const pending = new Map();
  const events = [];
  socket.addEventListener('message', ({ data }) => {
    const message = JSON.parse(data);
    if (message.id !== undefined) {
      const { resolve, reject } = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) reject(new Error(JSON.stringify(message.error)));
      else resolve(message.result);
    } else events.push(message);
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      nextId += 1;
      pending.set(nextId, { resolve, reject });
      socket.send(
        JSON.stringify({ id: nextId, method, params, ...(sessionId ? { sessionId } : {}) }),
      );
    });

  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  const page = (method, params) => send(method, params, sessionId);
  await page('Page.enable');
  await page('Runtime.enable');
  await page('Page.navigate', { url });
  const waitForLoad = async () => {
    for (let i = 0; i < 200; i += 1) {
      const { result } = await page('Runtime.evaluate', {
        expression: "document.readyState === 'complete' && window.outcome !== undefined",
        returnByValue: true,
      });
      if (result.value === true) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the page did not load');
  };
  await waitForLoad();
  const { root } = await page('DOM.getDocument');
  const { nodeId } = await page('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: 'input[type=file]',
  });
  await page('DOM.setFileInputFiles', { nodeId, files: [csv] });
  const started = performance.now();
  const evaluated = await page('Runtime.evaluate', {
    expression: 'window.outcome',
    awaitPromise: true,
    returnByValue: true,
  });
  const ms = performance.now() - started;
  if (evaluated.exceptionDetails) throw new Error(JSON.stringify(evaluated.exceptionDetails));
  const outcome = evaluated.result.value;
  socket.close();

  const failures = [];
  for (const [key, value] of Object.entries(expected)) {
    if (outcome[key] !== value)
      failures.push(
        `${key}: got ${JSON.stringify(outcome[key])}, expected ${JSON.stringify(value)}`,
      );
  }
  const { progress } = outcome;
  if (progress.length < 2) failures.push(`only ${progress.length} progress reports`);
  progress.forEach(([bytes, read], i) => {
    const [previousBytes, previousRows] = progress[i - 1] ?? [0, 0];
    if (bytes < previousBytes || read < previousRows || bytes > outcome.fileSize)
      failures.push(`progress ${i} goes back or overshoots`);
  });
  if (!outcome.sharedBuffer) failures.push('paired.performance is not the transferred matrix');
  if (outcome.aborted !== 'stopped by the test')
    failures.push(`the aborted run ended with "${outcome.aborted}"`);
  const mb = (outcome.fileSize / 1024 / 1024).toFixed(1);
  if (failures.length > 0) {
    console.error(
      `browser worker test FAILED (${rows} rows, ${mb} MB):\n  ${failures.join('\n  ')}`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `browser worker test passed: ${rows} rows (${mb} MB) from <input type=file> through the worker in ${ms.toFixed(0)} ms (abort run included), ${progress.length} progress reports, matrix equal to papaparse's reading`,
    );
  }
} finally {
  browser?.kill();
  server?.close();
  if (browser) await once(browser, 'exit').catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
}

// What the demo's benchmarks share: the production build served by `vite preview`, and
// Debian's Chromium (DEMO_OUT_DIR, DEMO_PORT, CHROMIUM_PATH to change).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const here = fileURLToPath(new URL('..', import.meta.url));
export const outDir = resolve(here, process.env.DEMO_OUT_DIR ?? 'dist');
const port = Number(process.env.DEMO_PORT ?? 4273);
export const base = `http://127.0.0.1:${port}`;

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
export const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;

/** Serves the build and starts Chromium; `close()` stops both. */
export async function startDemo() {
  const server = await startPreview();
  try {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    return {
      browser,
      close: async () => {
        await browser.close();
        server.kill();
      },
    };
  } catch (error) {
    server.kill();
    throw error;
  }
}

async function startPreview() {
  const server = spawn(
    'pnpm',
    [
      'exec',
      'vite',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { cwd: here, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(base)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${base}`);
}

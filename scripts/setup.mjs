#!/usr/bin/env node
// The set-up that `pnpm test` does before it tests: `node scripts/setup.mjs [command...]`.
//
// It walks `setupChecks` in order. Each entry makes sure one thing a test needs is there — the
// Node version, the installed dependencies, a Chromium for the story and end-to-end tests,
// PostgreSQL's server binaries for the SQL push-down tests — and
// hands back the environment variables that point the tests at it, or stops with one sentence that
// says what to run. When every entry passes, the command given as arguments runs with those
// variables added (so Vitest's browser mode and Playwright both launch the Chromium found here).
// With everything present it does no more than look at a few files.
//
// A server that a test needs is one more entry in `setupChecks`. PostgreSQL's finds the server
// binaries (installing Debian's `postgresql` with apt-get as root, as `installChromium` does) and
// hands their folder to the tests as CAPKIT_PG_BIN; each test file starts a private server of its
// own from them, on a free port in a temporary folder, so files can run side by side. An entry
// that starts a server itself returns `{ env, stop }`, and `main` calls every `stop` once the
// command has ended.
//
// Written without syntax newer than Node 16 understands, so that an old Node gets the version
// sentence below rather than a SyntaxError.
import { spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { constants as osConstants, homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));

/** The oldest Node the packages support (`engines` in package.json). */
export const minimumNode = '20.19.0';

/** A problem the person at the keyboard can fix: printed as its one sentence, no stack trace. */
export class SetupError extends Error {}

// ---------------------------------------------------------------------------------------------
// Node

/** Compares two `major.minor.patch` versions (a leading `v` and any `-pre` suffix are ignored). */
export function compareVersions(a, b) {
  const parts = (v) =>
    String(v)
      .replace(/^v/, '')
      .split(/[.-]/)
      .slice(0, 3)
      .map((n) => Number.parseInt(n, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) if (x[i] !== y[i]) return (x[i] || 0) - (y[i] || 0);
  return 0;
}

export function checkNode(ctx) {
  const version = ctx.nodeVersion;
  if (compareVersions(version, minimumNode) < 0) {
    throw new SetupError(
      `capkit needs Node.js 20.19 or newer and this is Node.js ${version}: install a newer Node.js ` +
        '(from https://nodejs.org, or `nvm install 22`) and run the command again.',
    );
  }
  return { found: `Node.js ${version}` };
}

// ---------------------------------------------------------------------------------------------
// Dependencies

export function checkDependencies(ctx) {
  if (!ctx.exists(join(ctx.root, 'node_modules', '.modules.yaml'))) {
    throw new SetupError(
      "The dependencies are not installed: run `pnpm install` (the README's first command), then `pnpm test`.",
    );
  }
  return { found: 'dependencies' };
}

// ---------------------------------------------------------------------------------------------
// Chromium

/** Where a system package puts Chromium, most likely first. */
export function systemChromiumPaths(platform) {
  if (platform === 'linux') return ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  if (platform === 'darwin') return ['/Applications/Chromium.app/Contents/MacOS/Chromium'];
  return [];
}

/** Playwright's browser cache, as Playwright itself computes it. */
export function playwrightCacheDir({ env, platform, home }) {
  const custom = env.PLAYWRIGHT_BROWSERS_PATH;
  if (custom && custom !== '0') return custom;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'ms-playwright');
  if (platform === 'win32')
    return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'ms-playwright');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'ms-playwright');
}

// The executable inside a `chromium-<revision>` folder of Playwright's cache, for every layout
// Playwright has used (Chrome for Testing builds since 1.49, Chromium builds before).
const playwrightLayouts = [
  ['chrome-linux64', 'chrome'],
  ['chrome-linux-arm64', 'chrome'],
  ['chrome-linux', 'chrome'],
  [
    'chrome-mac-arm64',
    'Google Chrome for Testing.app',
    'Contents',
    'MacOS',
    'Google Chrome for Testing',
  ],
  [
    'chrome-mac-x64',
    'Google Chrome for Testing.app',
    'Contents',
    'MacOS',
    'Google Chrome for Testing',
  ],
  ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
  ['chrome-win64', 'chrome.exe'],
  ['chrome-win', 'chrome.exe'],
];

/** Chromium executables in Playwright's cache, newest revision first. */
export function playwrightChromiumPaths(ctx, cacheDir) {
  const revisions = ctx
    .listDir(cacheDir)
    .map((name) => /^chromium-(\d+)$/.exec(name))
    .filter(Boolean)
    .sort((a, b) => Number(b[1]) - Number(a[1]));
  return revisions.flatMap((match) =>
    playwrightLayouts.map((layout) => join(cacheDir, match[0], ...layout)),
  );
}

/** The command that downloads Playwright's Chromium (the demo's @playwright/test brings the CLI). */
export const playwrightInstallCommand = [
  'pnpm',
  '--filter',
  '@capkit/demo',
  'exec',
  'playwright',
  'install',
  '--no-shell',
  'chromium',
];

const advice =
  'install Chromium yourself (Debian and Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a ' +
  'Chromium or Chrome executable, then run `pnpm test` again.';

/** The first usable Chromium: `CHROMIUM_PATH`, then the system's, then Playwright's cache. */
export function findChromium(ctx) {
  const fromEnv = ctx.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (ctx.isExecutable(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    throw new SetupError(
      `CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file: point it at a Chromium or ` +
        'Chrome executable, or unset it to let the set-up find or install one.',
    );
  }
  for (const path of ctx.systemPaths) {
    if (ctx.isExecutable(path) && !ctx.isSnapLauncher(path)) return { path, source: 'system' };
  }
  for (const path of playwrightChromiumPaths(ctx, ctx.playwrightCache)) {
    if (ctx.isExecutable(path)) return { path, source: 'playwright' };
  }
  return undefined;
}

/**
 * Installs Chromium the way this machine allows: Debian's package through apt-get when running as
 * root, Playwright's own download otherwise (it needs no privileges).
 */
export function installChromium(ctx) {
  if (ctx.uid === 0 && ctx.which('apt-get')) {
    ctx.log("Chromium not found: installing Debian's chromium with apt-get (running as root).");
    const env = { ...ctx.env, DEBIAN_FRONTEND: 'noninteractive' };
    const installed =
      ctx.run('apt-get', ['update', '-qq'], { env }) === 0 &&
      ctx.run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) === 0;
    if (!installed) {
      throw new SetupError(
        `Chromium was not found and \`apt-get install chromium\` failed: ${advice}`,
      );
    }
    return 'apt';
  }
  ctx.log(`Chromium not found: downloading Playwright's Chromium into ${ctx.playwrightCache}.`);
  const [command, ...args] = ctx.playwrightInstall;
  if (ctx.run(command, args, { env: ctx.env, cwd: ctx.root }) !== 0) {
    throw new SetupError(
      `Chromium was not found and Playwright could not download one (\`${ctx.playwrightInstall.join(' ')}\` failed): ${advice}`,
    );
  }
  return 'playwright';
}

export function ensureChromium(ctx) {
  let chromium = findChromium(ctx);
  if (!chromium) {
    const how = installChromium(ctx);
    chromium = findChromium(ctx);
    if (!chromium) {
      throw new SetupError(
        `Chromium was installed with ${how} but is still not where the set-up looks: ${advice}`,
      );
    }
  }
  return { found: `Chromium ${chromium.path}`, env: { CHROMIUM_PATH: chromium.path } };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: the server binaries (initdb, pg_ctl, postgres) the SQL push-down tests start
// private servers from. Debian keeps them off PATH, in /usr/lib/postgresql/<version>/bin.

const postgresServerBinaries = ['initdb', 'pg_ctl', 'postgres'];

function holdsPostgresServer(ctx, dir) {
  return postgresServerBinaries.every((name) => ctx.isExecutable(join(dir, name)));
}

/** Debian's folders of PostgreSQL server binaries under `ctx.postgresRoot`, newest version first. */
export function debianPostgresBinDirs(ctx) {
  return ctx
    .listDir(ctx.postgresRoot)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(ctx.postgresRoot, version, 'bin'));
}

const postgresAdvice =
  "install PostgreSQL's server yourself (Debian and Ubuntu: `sudo apt-get install postgresql`; macOS: " +
  '`brew install postgresql`) or set CAPKIT_PG_BIN to the folder holding its initdb and pg_ctl, then run ' +
  '`pnpm test` again.';

/** The first folder holding a PostgreSQL server: `CAPKIT_PG_BIN`, then PATH, then Debian's. */
export function findPostgres(ctx) {
  const fromEnv = ctx.env.CAPKIT_PG_BIN;
  if (fromEnv) {
    if (holdsPostgresServer(ctx, fromEnv)) return { binDir: fromEnv, source: 'CAPKIT_PG_BIN' };
    throw new SetupError(
      `CAPKIT_PG_BIN is set to ${fromEnv}, which does not hold PostgreSQL's initdb, pg_ctl and postgres: ` +
        'point it at the folder that does, or unset it to let the set-up find or install one.',
    );
  }
  const pgCtl = ctx.which('pg_ctl');
  if (pgCtl && holdsPostgresServer(ctx, dirname(pgCtl)))
    return { binDir: dirname(pgCtl), source: 'PATH' };
  for (const dir of debianPostgresBinDirs(ctx)) {
    if (holdsPostgresServer(ctx, dir)) return { binDir: dir, source: 'system' };
  }
  return undefined;
}

/**
 * Finds PostgreSQL's server binaries; where missing, installs Debian's `postgresql` as root (its
 * package also creates and starts a cluster of its own, which the tests leave alone), and
 * otherwise stops with what to install.
 */
export function ensurePostgres(ctx) {
  let postgres = findPostgres(ctx);
  if (!postgres) {
    if (!(ctx.uid === 0 && ctx.which('apt-get')))
      throw new SetupError(`PostgreSQL's server was not found: ${postgresAdvice}`);
    ctx.log("PostgreSQL not found: installing Debian's postgresql with apt-get (running as root).");
    const env = { ...ctx.env, DEBIAN_FRONTEND: 'noninteractive' };
    const installed =
      ctx.run('apt-get', ['update', '-qq'], { env }) === 0 &&
      ctx.run('apt-get', ['install', '-y', '-qq', 'postgresql'], { env }) === 0;
    if (!installed) {
      throw new SetupError(
        `PostgreSQL's server was not found and \`apt-get install postgresql\` failed: ${postgresAdvice}`,
      );
    }
    postgres = findPostgres(ctx);
    if (!postgres) {
      throw new SetupError(
        `PostgreSQL was installed with apt but its server is still not where the set-up looks: ${postgresAdvice}`,
      );
    }
  }
  return { found: `PostgreSQL ${postgres.binDir}`, env: { CAPKIT_PG_BIN: postgres.binDir } };
}

// ---------------------------------------------------------------------------------------------
// The list, in order: each entry throws a SetupError or returns what it found and the variables
// the tests need. Add a server here.

export const setupChecks = [
  { name: 'Node.js', ensure: checkNode },
  { name: 'dependencies', ensure: checkDependencies },
  { name: 'Chromium', ensure: ensureChromium },
  { name: 'PostgreSQL', ensure: ensurePostgres },
];

// ---------------------------------------------------------------------------------------------
// The machine, as the checks see it. Tests replace any of these.

function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Ubuntu's `chromium-browser` is a script that starts the snap, which Playwright cannot drive. */
function isSnapLauncher(path) {
  try {
    if (realpathSync(path).startsWith('/snap/')) return true;
    if (statSync(path).size > 16_384) return false;
    return readFileSync(path, 'utf8').includes('/snap/');
  } catch {
    return false;
  }
}

function which(command, env) {
  for (const dir of (env.PATH || '').split(delimiter)) {
    if (dir && isExecutable(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

function listDir(path) {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

export function machineContext(overrides = {}) {
  const env = overrides.env || process.env;
  const platform = overrides.platform || process.platform;
  const home = overrides.home || homedir();
  const ctx = {
    root: repoRoot,
    env,
    platform,
    home,
    nodeVersion: process.versions.node,
    uid: typeof process.getuid === 'function' ? process.getuid() : undefined,
    exists: existsSync,
    isExecutable,
    isSnapLauncher,
    listDir,
    which: (command) => which(command, env),
    run: (command, args, options) =>
      spawnSync(command, args, { stdio: 'inherit', ...options }).status ?? 1,
    log: (message) => process.stderr.write(`setup: ${message}\n`),
    systemPaths: systemChromiumPaths(platform),
    playwrightCache: playwrightCacheDir({ env, platform, home }),
    playwrightInstall: playwrightInstallCommand,
    postgresRoot: '/usr/lib/postgresql',
  };
  return { ...ctx, ...overrides };
}

/**
 * Runs every check; returns the variables they export, what they found and how to stop what they
 * started (last started, first stopped), or throws the first SetupError.
 */
export function runChecks(ctx, checks = setupChecks) {
  const env = {};
  const found = [];
  const stops = [];
  try {
    for (const check of checks) {
      const result = check.ensure({ ...ctx, env: { ...ctx.env, ...env } }) || {};
      Object.assign(env, result.env);
      if (result.found) found.push(result.found);
      if (result.stop) stops.unshift(result.stop);
    }
  } catch (error) {
    // A later check failed: stop what the earlier ones started.
    for (const stop of stops) stop();
    throw error;
  }
  return { env, found, stops };
}

/** Runs the command with the set-up's variables; resolves to its exit code. */
function runCommand(argv, env) {
  return new Promise((resolvePromise) => {
    const child = spawn(argv[0], argv.slice(1), {
      stdio: 'inherit',
      env,
      shell: process.platform === 'win32',
    });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      process.stderr.write(`setup: could not start ${argv[0]}: ${error.message}\n`);
      resolvePromise(1);
    });
    child.on('exit', (code, signal) =>
      resolvePromise(code ?? 128 + (osConstants.signals[signal] || 0)),
    );
  });
}

export async function main(argv, ctx = machineContext(), checks = setupChecks) {
  const started = Date.now();
  let result;
  try {
    result = runChecks(ctx, checks);
  } catch (error) {
    if (!(error instanceof SetupError)) throw error;
    ctx.log(error.message);
    return 1;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(2);
  ctx.log(`${result.found.join(', ')} (${seconds} s)`);
  try {
    return argv.length === 0 ? 0 : await runCommand(argv, { ...ctx.env, ...result.env });
  } finally {
    for (const stop of result.stops) stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  checkNode,
  compareVersions,
  ensureChromium,
  ensurePostgres,
  findChromium,
  findPostgres,
  machineContext,
  main,
  playwrightCacheDir,
  playwrightInstallCommand,
  runChecks,
  SetupError,
  setupChecks,
} from './setup.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cache = '/home/dev/.cache/ms-playwright';
const cached = `${cache}/chromium-1255/chrome-linux64/chrome`;

/**
 * A machine made of sets: `executables` are the files that exist and run, `dirs` what a folder
 * lists, and `installs` what running a command adds (the fake apt-get and Playwright download).
 */
function fakeMachine({
  executables = [],
  dirs = {},
  uid = 1000,
  env = {},
  aptGet = true,
  installs = {},
  failing = [],
  snaps = [],
} = {}) {
  const files = new Set(executables);
  const ran = [];
  const logged = [];
  return {
    ran,
    logged,
    ctx: machineContext({
      root: '/repo',
      env,
      platform: 'linux',
      home: '/home/dev',
      uid,
      exists: () => true,
      isExecutable: (path) => files.has(path),
      isSnapLauncher: (path) => snaps.includes(path),
      listDir: (path) => dirs[path] || [],
      which: (command) => (command === 'apt-get' && aptGet ? '/usr/bin/apt-get' : undefined),
      run: (command, args, options) => {
        const line = [command, ...args].join(' ');
        ran.push({ line, env: options.env });
        if (failing.includes(line)) return 100;
        const added = installs[line] || {};
        for (const path of added.executables || []) files.add(path);
        Object.assign(dirs, added.dirs);
        return 0;
      },
      log: (message) => logged.push(message),
      playwrightCache: cache,
    }),
  };
}

const aptInstall = 'apt-get install -y -qq chromium';
const playwrightInstall = playwrightInstallCommand.join(' ');
const playwrightDownload = {
  [playwrightInstall]: { executables: [cached], dirs: { [cache]: ['chromium-1255', '.links'] } },
};

/** One sentence: a single line that ends with a full stop, with no stack trace in it. */
function assertOneSentence(message) {
  assert.equal(message.split('\n').length, 1, message);
  assert.match(message, /\.$/);
  assert.doesNotMatch(message, /\n\s+at /);
}

test('the lookup order is CHROMIUM_PATH, then the system Chromium, then Playwright’s cache', () => {
  const everywhere = {
    executables: ['/opt/chrome', '/usr/bin/chromium', cached],
    dirs: { [cache]: ['chromium-1255'] },
  };
  const withEnv = fakeMachine({ ...everywhere, env: { CHROMIUM_PATH: '/opt/chrome' } });
  assert.deepEqual(findChromium(withEnv.ctx), { path: '/opt/chrome', source: 'CHROMIUM_PATH' });
  const withoutEnv = fakeMachine(everywhere);
  assert.deepEqual(findChromium(withoutEnv.ctx), { path: '/usr/bin/chromium', source: 'system' });
  const cacheOnly = fakeMachine({ ...everywhere, executables: [cached] });
  assert.deepEqual(findChromium(cacheOnly.ctx), { path: cached, source: 'playwright' });
  for (const machine of [withEnv, withoutEnv, cacheOnly]) assert.deepEqual(machine.ran, []);
});

test('the newest Chromium revision in Playwright’s cache wins, in any of its layouts', () => {
  const older = `${cache}/chromium-1140/chrome-linux/chrome`;
  const newer = `${cache}/chromium-1255/chrome-linux64/chrome`;
  const { ctx } = fakeMachine({
    executables: [older, newer],
    dirs: {
      [cache]: ['chromium-1140', 'chromium-1255', 'chromium_headless_shell-1255', 'ffmpeg-1011'],
    },
  });
  assert.equal(findChromium(ctx).path, newer);
});

test('Ubuntu’s chromium-browser that only starts the snap is passed over', () => {
  const { ctx } = fakeMachine({
    executables: ['/usr/bin/chromium-browser', cached],
    dirs: { [cache]: ['chromium-1255'] },
    snaps: ['/usr/bin/chromium-browser'],
  });
  assert.equal(findChromium(ctx).path, cached);
});

test('a CHROMIUM_PATH that points nowhere stops the set-up with one sentence', () => {
  const { ctx, ran } = fakeMachine({
    executables: ['/usr/bin/chromium'],
    env: { CHROMIUM_PATH: '/nowhere/chrome' },
  });
  assert.throws(
    () => ensureChromium(ctx),
    (error) => {
      assert.ok(error instanceof SetupError);
      assert.match(error.message, /CHROMIUM_PATH is set to \/nowhere\/chrome/);
      assertOneSentence(error.message);
      return true;
    },
  );
  assert.deepEqual(ran, []);
});

test('without a Chromium, as root with apt-get: Debian’s chromium is installed and exported', () => {
  const { ctx, ran } = fakeMachine({
    uid: 0,
    installs: { [aptInstall]: { executables: ['/usr/bin/chromium'] } },
  });
  assert.deepEqual(ensureChromium(ctx), {
    found: 'Chromium /usr/bin/chromium',
    env: { CHROMIUM_PATH: '/usr/bin/chromium' },
  });
  assert.deepEqual(
    ran.map((r) => r.line),
    ['apt-get update -qq', aptInstall],
  );
  assert.equal(ran[1].env.DEBIAN_FRONTEND, 'noninteractive');
});

test('without a Chromium, as an ordinary user: Playwright downloads its own into its cache', () => {
  const { ctx, ran, logged } = fakeMachine({ uid: 1000, installs: playwrightDownload });
  assert.deepEqual(ensureChromium(ctx).env, { CHROMIUM_PATH: cached });
  assert.deepEqual(
    ran.map((r) => r.line),
    [playwrightInstall],
  );
  assert.match(
    logged[0],
    /downloading Playwright's Chromium into \/home\/dev\/\.cache\/ms-playwright/,
  );
});

test('as root on a machine without apt-get, Playwright’s download is used too', () => {
  const { ctx, ran } = fakeMachine({ uid: 0, aptGet: false, installs: playwrightDownload });
  assert.equal(ensureChromium(ctx).env.CHROMIUM_PATH, cached);
  assert.deepEqual(
    ran.map((r) => r.line),
    [playwrightInstall],
  );
});

test('when no install works, the set-up stops with one sentence saying what to run', () => {
  for (const [machine, failed] of [
    [{ uid: 0, failing: [aptInstall] }, /apt-get install chromium` failed/],
    [{ uid: 1000, failing: [playwrightInstall] }, /Playwright could not download one/],
    [{ uid: 1000 }, /installed with playwright but is still not where the set-up looks/],
  ]) {
    const { ctx } = fakeMachine(machine);
    assert.throws(
      () => ensureChromium(ctx),
      (error) => {
        assert.ok(error instanceof SetupError);
        assert.match(error.message, failed);
        assert.match(error.message, /sudo apt-get install chromium.*CHROMIUM_PATH.*pnpm test/);
        assertOneSentence(error.message);
        return true;
      },
    );
  }
});

test('on this machine, with Chromium’s path removed from the lookup, the set-up installs one', () => {
  // The real file system and PATH; only the places looked at are replaced, by empty folders.
  const dir = mkdtempSync(join(tmpdir(), 'capkit-setup-'));
  const systemChromium = join(dir, 'usr-bin-chromium');
  const ran = [];
  const ctx = machineContext({
    env: { PATH: process.env.PATH },
    systemPaths: [systemChromium],
    playwrightCache: join(dir, 'ms-playwright'),
    log: () => {},
    run: (command, args) => {
      ran.push([command, ...args].join(' '));
      if (args.includes('install')) {
        writeFileSync(systemChromium, '#!/bin/sh\n');
        chmodSync(systemChromium, 0o755);
      }
      return 0;
    },
  });
  assert.equal(findChromium(ctx), undefined);
  assert.deepEqual(ensureChromium(ctx).env, { CHROMIUM_PATH: systemChromium });
  if (ctx.uid === 0 && ctx.which('apt-get'))
    assert.deepEqual(ran, ['apt-get update -qq', aptInstall]);
  else assert.deepEqual(ran, [playwrightInstall]);
});

const debianBin = (version) => `/usr/lib/postgresql/${version}/bin`;
const postgresServer = (dir) => ['initdb', 'pg_ctl', 'postgres'].map((name) => `${dir}/${name}`);
const aptPostgres = 'apt-get install -y -qq postgresql';

test('PostgreSQL’s server is looked for in CAPKIT_PG_BIN, then on PATH, then Debian’s newest version', () => {
  const everywhere = {
    executables: [
      ...postgresServer('/opt/pg/bin'),
      ...postgresServer(debianBin(13)),
      ...postgresServer(debianBin(15)),
      // A version with only some of the binaries (a client package) is passed over.
      `${debianBin(17)}/pg_ctl`,
    ],
    dirs: { '/usr/lib/postgresql': ['13', '15', '17', 'README'] },
  };
  const withEnv = fakeMachine({ ...everywhere, env: { CAPKIT_PG_BIN: '/opt/pg/bin' } });
  assert.deepEqual(findPostgres(withEnv.ctx), { binDir: '/opt/pg/bin', source: 'CAPKIT_PG_BIN' });
  const onPath = fakeMachine(everywhere);
  onPath.ctx.which = (command) => (command === 'pg_ctl' ? '/opt/pg/bin/pg_ctl' : undefined);
  assert.deepEqual(findPostgres(onPath.ctx), { binDir: '/opt/pg/bin', source: 'PATH' });
  const debian = fakeMachine(everywhere);
  assert.deepEqual(findPostgres(debian.ctx), { binDir: debianBin(15), source: 'system' });
  assert.deepEqual(ensurePostgres(debian.ctx), {
    found: `PostgreSQL ${debianBin(15)}`,
    env: { CAPKIT_PG_BIN: debianBin(15) },
  });
  for (const machine of [withEnv, onPath, debian]) assert.deepEqual(machine.ran, []);
});

test('a CAPKIT_PG_BIN without the server in it stops the set-up with one sentence', () => {
  const { ctx, ran } = fakeMachine({
    executables: postgresServer(debianBin(15)),
    dirs: { '/usr/lib/postgresql': ['15'] },
    env: { CAPKIT_PG_BIN: '/usr/bin' },
  });
  assert.throws(
    () => ensurePostgres(ctx),
    (error) => {
      assert.ok(error instanceof SetupError);
      assert.match(error.message, /CAPKIT_PG_BIN is set to \/usr\/bin, which does not hold/);
      assertOneSentence(error.message);
      return true;
    },
  );
  assert.deepEqual(ran, []);
});

test('without PostgreSQL, as root with apt-get: Debian’s postgresql is installed and its folder exported', () => {
  const { ctx, ran, logged } = fakeMachine({
    uid: 0,
    installs: {
      [aptPostgres]: {
        executables: postgresServer(debianBin(15)),
        dirs: { '/usr/lib/postgresql': ['15'] },
      },
    },
  });
  assert.deepEqual(ensurePostgres(ctx), {
    found: `PostgreSQL ${debianBin(15)}`,
    env: { CAPKIT_PG_BIN: debianBin(15) },
  });
  assert.deepEqual(
    ran.map((r) => r.line),
    ['apt-get update -qq', aptPostgres],
  );
  assert.equal(ran[1].env.DEBIAN_FRONTEND, 'noninteractive');
  assert.match(logged[0], /installing Debian's postgresql with apt-get/);
});

test('without PostgreSQL and no way to install it, the set-up stops with one sentence saying what to install', () => {
  for (const [machine, failed, commands] of [
    [{ uid: 1000 }, /^PostgreSQL's server was not found: install/, []],
    [{ uid: 0, aptGet: false }, /^PostgreSQL's server was not found: install/, []],
    [
      { uid: 0, failing: [aptPostgres] },
      /apt-get install postgresql` failed/,
      ['apt-get update -qq', aptPostgres],
    ],
    [
      { uid: 0 },
      /installed with apt but its server is still not where the set-up looks/,
      ['apt-get update -qq', aptPostgres],
    ],
  ]) {
    const { ctx, ran } = fakeMachine(machine);
    assert.throws(
      () => ensurePostgres(ctx),
      (error) => {
        assert.ok(error instanceof SetupError);
        assert.match(error.message, failed);
        assert.match(error.message, /sudo apt-get install postgresql.*CAPKIT_PG_BIN.*pnpm test/);
        assertOneSentence(error.message);
        return true;
      },
    );
    assert.deepEqual(
      ran.map((r) => r.line),
      commands,
    );
  }
});

test('on this machine the server is found; with the places looked at emptied, it is installed', () => {
  // The real file system: PostgreSQL 15 is installed here, so the set-up finds it as it is.
  const env = { PATH: process.env.PATH };
  const found = findPostgres(machineContext({ env }));
  assert.ok(found, 'PostgreSQL’s server binaries were not found on this machine');
  for (const name of ['initdb', 'pg_ctl', 'postgres']) {
    const run = spawnSync(join(found.binDir, name), ['--version'], { encoding: 'utf8' });
    assert.match(run.stdout, /\(PostgreSQL\) \d+/);
  }
  // The missing case: no pg_ctl on PATH and an empty Debian folder; the stand-in apt-get puts
  // the three binaries where Debian's package does.
  const dir = mkdtempSync(join(tmpdir(), 'capkit-setup-'));
  const ran = [];
  const ctx = machineContext({
    env: { PATH: join(dir, 'empty-path') },
    postgresRoot: join(dir, 'postgresql'),
    which: (command) => (command === 'apt-get' ? '/usr/bin/apt-get' : undefined),
    uid: 0,
    log: () => {},
    run: (command, args) => {
      ran.push([command, ...args].join(' '));
      if (args.includes('install')) {
        mkdirSync(join(dir, 'postgresql', '16', 'bin'), { recursive: true });
        for (const name of ['initdb', 'pg_ctl', 'postgres']) {
          writeFileSync(join(dir, 'postgresql', '16', 'bin', name), '#!/bin/sh\n');
          chmodSync(join(dir, 'postgresql', '16', 'bin', name), 0o755);
        }
      }
      return 0;
    },
  });
  assert.equal(findPostgres(ctx), undefined);
  assert.deepEqual(ensurePostgres(ctx).env, {
    CAPKIT_PG_BIN: join(dir, 'postgresql', '16', 'bin'),
  });
  assert.deepEqual(ran, ['apt-get update -qq', aptPostgres]);
});

test('Playwright’s cache folder is where Playwright puts it', () => {
  const home = '/home/dev';
  assert.equal(
    playwrightCacheDir({ env: {}, platform: 'linux', home }),
    '/home/dev/.cache/ms-playwright',
  );
  assert.equal(
    playwrightCacheDir({ env: { XDG_CACHE_HOME: '/xdg' }, platform: 'linux', home }),
    '/xdg/ms-playwright',
  );
  assert.equal(
    playwrightCacheDir({ env: { PLAYWRIGHT_BROWSERS_PATH: '/browsers' }, platform: 'linux', home }),
    '/browsers',
  );
  assert.equal(
    playwrightCacheDir({ env: {}, platform: 'darwin', home }),
    '/home/dev/Library/Caches/ms-playwright',
  );
});

test('Node below 20.19 gets one sentence, not a stack trace', async () => {
  assert.ok(compareVersions('20.18.3', '20.19.0') < 0);
  assert.ok(compareVersions('v20.19.0', '20.19.0') === 0);
  assert.ok(compareVersions('22.0.0-pre', '20.19.0') > 0);
  for (const version of ['20.19.0', '20.20.2', '22.12.0', '24.1.0']) {
    assert.equal(checkNode({ nodeVersion: version }).found, `Node.js ${version}`);
  }
  for (const version of ['18.20.4', '20.18.3', '19.9.0']) {
    const logged = [];
    const ctx = fakeMachine().ctx;
    const code = await main(['node', '-e', 'process.exit(9)'], {
      ...ctx,
      nodeVersion: version,
      log: (message) => logged.push(message),
    });
    assert.equal(code, 1);
    assert.equal(logged.length, 1);
    assert.match(
      logged[0],
      new RegExp(`needs Node\\.js 20\\.19 or newer and this is Node\\.js ${version}`),
    );
    assertOneSentence(logged[0]);
  }
});

test('missing dependencies stop the set-up with the command to run', () => {
  const ctx = { ...fakeMachine().ctx, exists: () => false };
  assert.throws(() => runChecks(ctx), /run `pnpm install`/);
});

test('the checks run in order and a later one sees what an earlier one exported', () => {
  const seen = [];
  const checks = [
    { name: 'a', ensure: () => ({ found: 'a', env: { A: '1' } }) },
    { name: 'b', ensure: (ctx) => (seen.push(ctx.env.A), { found: 'b', env: { B: '2' } }) },
  ];
  assert.deepEqual(runChecks(fakeMachine().ctx, checks), {
    env: { A: '1', B: '2' },
    found: ['a', 'b'],
    stops: [],
  });
  assert.deepEqual(seen, ['1']);
  assert.deepEqual(
    setupChecks.map((check) => check.name),
    ['Node.js', 'dependencies', 'Chromium', 'PostgreSQL'],
  );
});

test('what a check starts (a server) is stopped after the command, or when a later check fails', async () => {
  const events = [];
  const server = (name) => ({
    name,
    ensure: () => (
      events.push(`start ${name}`),
      { found: name, stop: () => events.push(`stop ${name}`) }
    ),
  });
  const ctx = { ...fakeMachine().ctx, env: { PATH: process.env.PATH } };
  const code = await main([process.execPath, '-e', 'process.exit(4)'], ctx, [
    server('a'),
    server('b'),
  ]);
  assert.equal(code, 4);
  assert.deepEqual(events, ['start a', 'start b', 'stop b', 'stop a']);

  events.length = 0;
  const failing = {
    name: 'c',
    ensure: () => {
      throw new SetupError('C is missing: install it.');
    },
  };
  assert.equal(await main(['true'], ctx, [server('a'), failing]), 1);
  assert.deepEqual(events, ['start a', 'stop a']);
});

test('the command after the set-up runs with CHROMIUM_PATH, and its exit code is kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'capkit-setup-'));
  const chrome = join(dir, 'chrome');
  writeFileSync(chrome, '#!/bin/sh\n');
  chmodSync(chrome, 0o755);
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'scripts/setup.mjs'),
      process.execPath,
      '-e',
      'console.log(process.env.CHROMIUM_PATH); process.exit(7)',
    ],
    { env: { ...process.env, CHROMIUM_PATH: chrome }, encoding: 'utf8' },
  );
  assert.equal(run.status, 7, run.stderr);
  assert.equal(run.stdout.trim(), chrome);
  assert.match(
    run.stderr,
    new RegExp(
      `^setup: Node\\.js [\\d.]+, dependencies, Chromium ${chrome}, PostgreSQL /\\S+ \\(\\d\\.\\d\\d s\\)\\n$`,
    ),
  );
  // With everything present the set-up only looks at a few files (measured: ~0.1 s with Node's
  // start-up, the child's included); 5 s leaves room for a machine busy with other tests.
  assert.ok(Date.now() - started < 5000);
});

test('.ci/run runs the README’s commands: pnpm through npm when missing, install, test, release rehearsal', () => {
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const pnpmVersion = packageJson.packageManager.split('@')[1];
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const quickStart = readme.split('## Quick start')[1].split('\n## ')[0];
  assert.ok(
    quickStart.includes(`npm install --global pnpm@${pnpmVersion} && pnpm install && pnpm demo`),
  );
  assert.match(quickStart, /^pnpm test\b/m);
  assert.match(packageJson.scripts.test, /^node scripts\/setup\.mjs /);

  for (const installed of ['', pnpmVersion]) {
    const dir = mkdtempSync(join(tmpdir(), 'capkit-ci-run-'));
    mkdirSync(join(dir, '.ci'));
    mkdirSync(join(dir, 'bin'));
    copyFileSync(join(root, '.ci/run'), join(dir, '.ci/run'));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ packageManager: `pnpm@${pnpmVersion}` }),
    );
    writeFileSync(join(dir, 'pnpm-version'), installed);
    const log = join(dir, 'log');
    const stand_in = (name, body) => {
      writeFileSync(join(dir, 'bin', name), `#!/bin/sh\n${body}\n`);
      chmodSync(join(dir, 'bin', name), 0o755);
    };
    stand_in('npm', `echo "npm $*" >> "${log}"; echo "${pnpmVersion}" > "${dir}/pnpm-version"`);
    stand_in(
      'pnpm',
      `if [ "$1" = --version ]; then cat "${dir}/pnpm-version"; exit; fi; echo "pnpm $*" >> "${log}"`,
    );
    const run = spawnSync('bash', [join(dir, '.ci/run')], {
      env: {
        ...process.env,
        PATH: `${join(dir, 'bin')}:${dirname(process.execPath)}:/usr/bin:/bin`,
      },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const expected = [
      ...(installed ? [] : [`npm install --global --no-fund --no-audit pnpm@${pnpmVersion}`]),
      'pnpm install --frozen-lockfile',
      'pnpm test',
      'pnpm release:dry',
    ];
    assert.deepEqual(readFileSync(log, 'utf8').trim().split('\n'), expected);
  }
});

// A private PostgreSQL server for a test file or a benchmark: initdb into a temporary folder,
// start on a free loopback port, stop and delete it after. Nothing of a system cluster is used.
// As root (CI), initdb refuses to run, so it runs as the `postgres` user that Debian's package
// creates, in a folder that user owns; otherwise it runs as the current user.
import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function hasServer(dir) {
  return ['initdb', 'pg_ctl', 'postgres'].every((name) => existsSync(join(dir, name)));
}

/**
 * The folder of PostgreSQL's server binaries: CAPKIT_PG_BIN (set by scripts/setup.mjs), else
 * `pg_config --bindir`, else the newest /usr/lib/postgresql/<version>/bin (Debian keeps them
 * off PATH).
 */
export function postgresBinDir(env = process.env) {
  if (env.CAPKIT_PG_BIN) {
    if (hasServer(env.CAPKIT_PG_BIN)) return env.CAPKIT_PG_BIN;
    throw new Error(`CAPKIT_PG_BIN=${env.CAPKIT_PG_BIN} holds no initdb, pg_ctl and postgres`);
  }
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const fromConfig = pgConfig.status === 0 ? pgConfig.stdout.trim() : '';
  if (fromConfig && hasServer(fromConfig)) return fromConfig;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const dir = join(root, version, 'bin');
    if (hasServer(dir)) return dir;
  }
  throw new Error(
    "PostgreSQL's server binaries were not found: run `pnpm test` (its set-up installs them) or set CAPKIT_PG_BIN to the folder holding initdb and pg_ctl",
  );
}

function run(command, args) {
  const [file, argv] = isRoot
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
  return new Promise((resolve, reject) => {
    execFile(file, argv, { encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${stderr || stdout || error.message}`));
      else resolve(stdout);
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function postgresUser() {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (line === undefined)
    throw new Error('running as root, but there is no postgres user to run initdb as');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

// Servers not stopped by the time the process exits (a test that crashed) are stopped here.
const running = new Set();
process.once('exit', () => {
  for (const server of running) server.stopSync();
});

/**
 * Starts a private server. Resolves to its connection settings (user `capkit`, trust
 * authentication on 127.0.0.1, database `postgres`) and `stop()`, which ends it and deletes
 * its folder. `settings` are extra `-c name=value` server settings; durability is off (a test
 * server's data is thrown away).
 */
export async function startPostgres({ binDir = postgresBinDir(), settings = {} } = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'capkit-pg-'));
  if (isRoot) {
    const { uid, gid } = postgresUser();
    chownSync(directory, uid, gid);
  }
  const data = join(directory, 'data');
  const pgCtl = join(binDir, 'pg_ctl');
  try {
    await run(join(binDir, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'capkit', '-N']);
    const all = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', ...settings };
    const options = Object.entries(all).map(([key, value]) => `-c ${key}=${value}`);
    // A port found free can be taken before the server binds it: try a few.
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      try {
        await run(pgCtl, [
          '-D',
          data,
          '-l',
          join(directory, 'server.log'),
          '-o',
          [`-p ${port}`, `-k ${directory}`, '-c listen_addresses=127.0.0.1', ...options].join(' '),
          '-w',
          'start',
        ]);
        return serverAt(port, directory, pgCtl, data);
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
}

function serverAt(port, directory, pgCtl, data) {
  let stopped = false;
  const server = {
    host: '127.0.0.1',
    port,
    user: 'capkit',
    database: 'postgres',
    directory,
    async stop() {
      if (stopped) return;
      stopped = true;
      running.delete(server);
      await run(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(directory, { recursive: true, force: true });
    },
    stopSync() {
      if (stopped) return;
      stopped = true;
      const [file, argv] = isRoot
        ? ['runuser', ['-u', 'postgres', '--', pgCtl, '-D', data, '-m', 'immediate', '-w', 'stop']]
        : [pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']];
      spawnSync(file, argv);
      rmSync(directory, { recursive: true, force: true });
    },
  };
  running.add(server);
  return server;
}

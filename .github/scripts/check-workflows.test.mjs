import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkWorkflows } from './check-workflows.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const workflows = join(here, '..', 'workflows');

function folderWith(files) {
  const dir = mkdtempSync(join(tmpdir(), 'capkit-workflows-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const valid = `name: ok
on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: echo ok
`;

test('a valid workflow passes', () => {
  assert.deepEqual(checkWorkflows(folderWith({ 'ok.yml': valid })), []);
});

test('the validator rejects broken workflows, so the check can fail', () => {
  const broken = {
    // A misspelt key, a job with neither steps nor a reusable workflow, and YAML that does not parse.
    'typo.yml': valid.replace('steps:', 'stepz:'),
    'no-runner.yml': 'on: push\njobs:\n  test:\n    name: nothing to run\n',
    'not-yaml.yaml': 'on: [push\njobs: {',
    'ok.yml': valid,
  };
  const failures = checkWorkflows(folderWith(broken));
  assert.deepEqual(
    failures.map((failure) => failure.file.split('/').pop()),
    ['no-runner.yml', 'not-yaml.yaml', 'typo.yml'],
  );
  assert.match(failures.find((f) => f.file.endsWith('typo.yml')).errors, /stepz/);
});

test('the command exits non-zero on a broken workflow and names the file', () => {
  const dir = folderWith({ 'typo.yml': valid.replace('runs-on:', 'runs_on:') });
  const run = spawnSync(process.execPath, [join(here, 'check-workflows.mjs'), dir], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /typo\.yml: not a valid GitHub workflow/);
});

test('the repository’s own CI and release workflows pass', () => {
  assert.deepEqual(checkWorkflows(workflows), []);
  const ci = readFileSync(join(workflows, 'ci.yml'), 'utf8');
  assert.match(ci, /node: \[20, 22, 24\]/);
  assert.match(ci, /run: pnpm test$/m);
  const release = readFileSync(join(workflows, 'release.yml'), 'utf8');
  assert.match(release, /uses: changesets\/action@/);
  assert.match(release, /id-token: write/);
  assert.match(release, /NPM_CONFIG_PROVENANCE: true/);
});

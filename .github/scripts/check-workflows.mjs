#!/usr/bin/env node
// Validates every workflow in .github/workflows against GitHub's workflow schema, offline, with
// @action-validator/cli's validator (the workflows cannot run here), in this process rather than
// one CLI process per file. Exits non-zero, printing the validator's errors, when any file fails.
// `node .github/scripts/check-workflows.mjs [folder]`
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
// The CLI's own validator: @action-validator/core, its peer dependency, as the CLI imports it.
const cli = createRequire(import.meta.url).resolve('@action-validator/cli/cli.mjs');
const { validateWorkflow } = createRequire(cli)('@action-validator/core');

/** Validates each `.yml`/`.yaml` file in `folder`; returns the files that failed, with why. */
export function checkWorkflows(folder = join(root, '.github', 'workflows')) {
  const files = readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(folder, name));
  if (files.length === 0) return [{ file: folder, errors: 'no workflow files found' }];
  return files.flatMap((file) => {
    const result = validateWorkflow(readFileSync(file, 'utf8'));
    return result.errors.length === 0
      ? []
      : [{ file, errors: JSON.stringify(result.errors, null, 2) }];
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const folder = process.argv[2];
  const failures = checkWorkflows(folder);
  for (const { file, errors } of failures) {
    console.error(
      `${relative(process.cwd(), file) || file}: not a valid GitHub workflow\n${errors}`,
    );
  }
  if (failures.length > 0) process.exitCode = 1;
  else
    console.log(
      `GitHub workflows valid: ${readdirSync(folder || join(root, '.github', 'workflows')).join(', ')}`,
    );
}

import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { dualFormatBuilds } from '../../scripts/tsupCommonJs.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const target = 'es2022';

// One module, one instance, in both formats: the library entries share chunks in ESM and in
// CommonJS alike, so `CapkitScoringError` is defined once and `instanceof` holds whichever
// entry threw. The CommonJS build is the ESM chunk graph converted file by file (the options
// weighed and why this one: ../../scripts/tsupCommonJs.ts).
const library: Options = {
  entry: {
    index: 'src/index.ts',
    // Separate entry points keep the core small for apps that only aggregate scores.
    tna: 'src/tna.ts',
    undp: 'src/undp.ts',
    // The door out for numbers about groups of people: the disclosure rule and the workspace
    // adapters, apart from the core so that the core keeps its 8 kB.
    publication: 'src/publicationEntry.ts',
    maturity: 'src/maturity/index.ts',
    plan: 'src/plan/index.ts',
    schedule: 'src/schedule/index.ts',
    evaluation: 'src/evaluation/index.ts',
    parallel: 'src/parallel.ts',
    // SQL push-down: server-side apps only, so apart from the core.
    sql: 'src/sql/index.ts',
  },
  splitting: true,
  dts: true,
  sourcemap: true,
  target,
  // Stamped into every result's provenance.
  define: { __CAPKIT_SCORING_VERSION__: JSON.stringify(version) },
};

export default defineConfig(() => [
  ...dualFormatBuilds(library),
  {
    ...library,
    // Worker scripts run in a realm of their own (a worker thread or a Web Worker), where no
    // class is shared with the page anyway; the pool rebuilds errors from the worker's
    // messages. Each stays one standalone file, as a worker script loaded by URL needs.
    name: 'workers',
    entry: { workerNode: 'src/workerNode.ts', workerBrowser: 'src/workerBrowser.ts' },
    format: ['esm', 'cjs'],
    splitting: false,
  },
]);

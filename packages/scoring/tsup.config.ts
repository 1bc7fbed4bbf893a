import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    // Separate entry points keep the core small for apps that only aggregate scores.
    tna: 'src/tna.ts',
    undp: 'src/undp.ts',
    parallel: 'src/parallel.ts',
    workerNode: 'src/workerNode.ts',
    workerBrowser: 'src/workerBrowser.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Stamped into every result's provenance.
  define: { __CAPKIT_SCORING_VERSION__: JSON.stringify(version) },
});

import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { loadedMachineTimeouts } from '../../scripts/vitestTimeouts.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  define: { __CAPKIT_SCORING_VERSION__: JSON.stringify(version) },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    ...loadedMachineTimeouts,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});

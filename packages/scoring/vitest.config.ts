import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  define: { __CAPKIT_SCORING_VERSION__: JSON.stringify(version) },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // CI runs the packages' tasks side by side on two cores: tests that take 1–3 s alone have
    // passed 5 s (vitest's default) there, and hooks start database servers. Slowness is for the
    // benchmarks to catch.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});

import { defineConfig } from 'vitest/config';

// Unit tests of the shell's modules (routing, the database's upgrades, the worker's request
// loop), in Node: IndexedDB from fake-indexeddb. The pages are covered by the e2e suite.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // CI runs the packages' tasks side by side on two cores: tests that take 1–3 s alone have
    // passed 5 s (vitest's default) there. Slowness is for the benchmarks to catch.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

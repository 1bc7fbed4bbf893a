import { defineConfig } from 'vitest/config';

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

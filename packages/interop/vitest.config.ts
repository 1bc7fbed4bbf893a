import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The fuzz suites run 10,000 generated inputs per importer; on a loaded 2-core CI machine
    // one can take longer than vitest's 5 s default.
    testTimeout: 60_000,
  },
});

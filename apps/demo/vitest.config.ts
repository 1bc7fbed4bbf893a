import { defineConfig } from 'vitest/config';
import { loadedMachineTimeouts } from '../../scripts/vitestTimeouts.js';

// Unit tests of the shell's modules (routing, the database's upgrades, the worker's request
// loop), in Node: IndexedDB from fake-indexeddb. The pages are covered by the e2e suite.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    ...loadedMachineTimeouts,
  },
});

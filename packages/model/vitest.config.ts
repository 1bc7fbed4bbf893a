import { defineConfig } from 'vitest/config';
import { loadedMachineTimeouts } from '../../scripts/vitestTimeouts.js';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    ...loadedMachineTimeouts,
  },
});

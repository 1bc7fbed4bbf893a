import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { loadedMachineTimeouts } from '../../scripts/vitestTimeouts.js';
import { moduleMocking } from './test/moduleMocking.js';

// Debian's Chromium: Playwright cannot download its own browser on our machines.
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  // Pre-bundled up front: a dependency Vite first meets mid-run reloads the page, and every
  // story of that run fails (seen with the date-fns locales).
  optimizeDeps: {
    include: [
      'd3-array',
      'd3-scale',
      'd3-shape',
      'date-fns',
      'date-fns/locale',
      'date-fns/locale/ar',
      'date-fns/locale/en-GB',
      'date-fns/locale/en-US',
      'date-fns/locale/fr',
    ],
  },
  test: {
    // The type tests of the public API (test/types/*.test-d.tsx) are not a project here: the
    // typecheck task's tsc covers test/ and fails on a broken expectTypeOf, so they ran twice.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          ...loadedMachineTimeouts,
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: moduleMocking,
          setupFiles: ['test/setupUnit.ts'],
          // One happy-dom window and one module graph per worker, not per file: 80 files took
          // 227 s alone, 160 of them building windows and importing React again; now ~60 s.
          // Each test still renders into a clean document (setupUnit.ts cleans up after it).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Files that replace a module with vi.mock need a module graph of their own.
          name: 'unit-mocked',
          environment: 'happy-dom',
          ...loadedMachineTimeouts,
          include: moduleMocking,
          setupFiles: ['test/setupUnit.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Checks on the built package: tree shaking, entry points.
          name: 'package',
          environment: 'node',
          include: ['test/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [
          storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) }),
        ],
        test: {
          name: 'storybook',
          // Axe over the 10,000-cell heatmap takes ~13 s alone and twice that when CI runs other
          // tasks beside it; browser mode's 15 s default then fails a story that is correct.
          testTimeout: 120_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath,
                args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
              },
              // A window large enough that the test frame is never scaled down to fit it, so
              // that the looks' screenshots (test/stories/matchScreenshot.ts) are 1 px per CSS px.
              contextOptions: { viewport: { width: 1280, height: 4000 } },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});

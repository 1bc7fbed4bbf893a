import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium: Playwright cannot download its own browser on our machines.
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const launchOptions = {
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
};
// Another port and build folder let several checkouts' suites run side by side.
const port = Number(process.env['DEMO_PORT'] ?? 4173);
const outDir = process.env['DEMO_OUT_DIR'] ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: Boolean(process.env['CI']),
  // Two browsers at once: a test spends much of its time waiting on its page's worker, and the
  // suite runs last in pnpm test, when the other tasks are done. Each test has its own context.
  workers: Number(process.env['DEMO_E2E_WORKERS'] ?? 2),
  reporter: 'list',
  // The full ministry is scored in the page's worker; a loaded CI machine needs the time.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  use: { baseURL: `http://127.0.0.1:${port}`, trace: 'off' },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    // On a phone, the tests tagged @mobile: a respondent's questionnaire, the results, the
    // organisation and the not-found page (the shell checks every route at 320 px).
    { name: 'mobile', grep: /@mobile/, use: { ...devices['Pixel 7'], launchOptions } },
  ],
  webServer: {
    // Serves the production build that turbo made before this task.
    command: `pnpm exec vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
  },
});

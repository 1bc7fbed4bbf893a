import { expect, test } from '@playwright/test';
import { checkPage, waitForResults } from './pageChecks.js';

// After one visit the demo works without a network: the service worker has the shell, every
// page's code and the workspace worker, and the workspace is in IndexedDB.

test('after the first visit the app, its pages and the stored data open offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForResults(page);
  const ministry = page.getByText(/^The sample Ministry of Digital Services has 4,000 staff/);
  await expect(ministry).toBeVisible();
  const sentence = await ministry.innerText();
  // The service worker installs (precaching everything) and takes control of the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });

  await context.setOffline(true);
  await page.reload();
  await waitForResults(page);
  await expect(page.getByText(sentence)).toBeVisible();
  await checkPage(page);

  // A deep link typed in the address bar, offline: the fallback serves the app, which shows the
  // page and the stored workspace.
  await page.goto('/data');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveText('Data in and out');
  await expect(page.locator('.demo-data-stored')).toContainText('4,000 people');

  // A page whose code was never loaded while online still opens: every chunk is precached.
  await page.goto('/training-needs/results');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).not.toHaveText('Page not found');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Proof that the network really is off: a file the service worker does not hold fails.
  const fetched = await page.evaluate(() =>
    fetch(`/not-cached-${Date.now()}.txt`).then(
      () => 'answered',
      () => 'failed',
    ),
  );
  expect(fetched).toBe('failed');
  await context.setOffline(false);
});

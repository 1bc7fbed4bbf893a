import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';

/**
 * Waits until the page is drawn (its `h1` is there: the app renders in slices, so just after
 * loading there may be no `main` at all) and no progress bar or "working" status is left on it:
 * the worker has answered.
 */
export async function waitForResults(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ timeout: 90_000 });
  await expect(page.locator('main .demo-working')).toHaveCount(0, { timeout: 90_000 });
}

/** The checks every route and state gets: axe (WCAG 2.2 AA) and no sideways scroll. */
export async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

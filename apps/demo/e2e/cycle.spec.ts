import { expect, test, type Locator, type Page } from '@playwright/test';
import { checkPage, waitForResults } from './pageChecks.js';

// The whole cycle as a newcomer would go through it, with the keyboard alone: Tab to a link or
// button, Enter or Space to use it. No mouse, no focus() shortcuts.

/**
 * Presses Tab (or Shift+Tab, `backwards`) until `target` has focus; fails if it is not reachable
 * within `limit` presses.
 */
async function tabTo(page: Page, target: Locator, backwards = false, limit = 300): Promise<void> {
  // Fails within the expect timeout when the page has no such element, not at the test's end.
  await expect(target).toBeVisible();
  const handle = await target.elementHandle();
  for (let presses = 0; presses < limit; presses += 1) {
    if (await page.evaluate((element) => element === document.activeElement, handle)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function follow(page: Page, name: string | RegExp, url: RegExp): Promise<void> {
  await tabTo(page, page.getByRole('link', { name, exact: typeof name === 'string' }).first());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(url);
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveCount(1);
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'The capacity-development cycle' }).getByRole('link', {
    name,
    exact: true,
  });

async function section(page: Page, name: string, url: RegExp): Promise<void> {
  // After a page change focus is on <main>: the navigation is just behind it.
  await tabTo(page, nav(page, name), true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(url);
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await checkPage(page);
}

test('the whole cycle by keyboard: start, set up, training needs, stakeholders, capacity, response, evaluation and round 2', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await waitForResults(page);
  await expect(page.locator('main')).toContainText('4,000 staff');
  // The first Tab reaches the skip link, and it goes to the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await checkPage(page);

  await section(page, 'Set up', /\/setup$/u);
  await follow(page, 'See the units, roles and people', /\/setup\/organisation$/u);
  await checkPage(page);

  await section(page, 'Training needs', /\/training-needs$/u);
  await follow(page, 'See the training-needs results', /\/training-needs\/results$/u);
  await expect(page.getByTestId('tna-headline')).toContainText(/^Train .+ first/u);
  await checkPage(page);

  await section(page, 'Stakeholders', /\/stakeholders$/u);
  await section(page, 'Capacity and assets', /\/capacity$/u);

  await section(page, 'Response plan', /\/response$/u);
  await tabTo(page, page.getByRole('button', { name: 'Save this plan' }));
  await page.keyboard.press('Enter');
  await waitForResults(page);
  await checkPage(page);

  await section(page, 'Evaluation', /\/evaluation$/u);
  await tabTo(page, page.getByRole('button', { name: 'Collect round 2' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Round 2 (recorded|is collected)/u).first()).toBeVisible({
    timeout: 120_000,
  });
  await waitForResults(page);
  await checkPage(page);

  await follow(page, /^Round 1 against round 2/u, /\/evaluation\/change$/u);
  await checkPage(page);
  await follow(page, 'Start the next round', /\/evaluation\/next-round$/u);
  await tabTo(page, page.getByRole('button', { name: 'Start round 3' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Round 3 is scheduled/u).first()).toBeVisible();
  await checkPage(page);

  await section(page, 'Knowledge and communities', /\/knowledge$/u);
  await section(page, 'Data in and out', /\/data$/u);
});

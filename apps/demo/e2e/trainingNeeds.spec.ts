import { expect, test } from '@playwright/test';
import { checkPage, waitForResults } from './pageChecks.js';

test('results open with a sentence naming the skill to train first, and where @mobile', async ({
  page,
}) => {
  await page.goto('/training-needs/results');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByTestId('tna-headline')).toContainText(
    /Train .+ first, starting in .+ of 1,000 resamples/,
  );
  await expect(page.getByTestId('tna-people')).toHaveAttribute('data-people', /^\d+$/);
  await checkPage(page);
});

test('a department drill-down with a role filter survives a reload', async ({ page }) => {
  await page.goto('/training-needs/results');
  await waitForResults(page);
  const link = page.getByRole('link', { name: 'Digital Services', exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/training-needs\/units\/unit-MDS-DS$/);
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveText('Digital Services');
  await expect(page.getByTestId('tna-unit-lead')).toContainText(
    'In Digital Services, the largest gap',
  );
  await checkPage(page);
  const select = page.getByLabel('Show the skills a role requires');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\?role=/);
  await waitForResults(page);
  const url = page.url();
  await expect(page.getByRole('heading', { level: 2, name: /^What a / })).toBeVisible();
  await checkPage(page);
  await page.reload();
  await waitForResults(page);
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { level: 2, name: /^What a / })).toBeVisible();
  await expect(page.getByLabel('Show the skills a role requires')).not.toHaveValue('');
  await page.goto('/training-needs/units/no-such-unit');
  await waitForResults(page);
  await expect(page.getByRole('alert')).toContainText('There is no such unit');
  await checkPage(page);
});

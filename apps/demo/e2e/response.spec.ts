import { expect, test, type Page } from '@playwright/test';
import { checkPage, waitForResults } from './pageChecks.js';

const lead = (page: Page) => page.locator('main .demo-response-lead');

test('plan within a budget, re-plan, leave an intervention out, save and find it after a reload', async ({
  page,
}) => {
  await page.goto('/response');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Plan the response');
  // The reference plan's budget to start with.
  await expect(lead(page)).toContainText('Within a budget of €445,000, the plan fills');
  const first = await lead(page).innerText();
  await checkPage(page);

  // A budget that is not a whole amount is refused where it was typed.
  const budget = page.getByLabel('Budget (EUR)');
  await budget.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('a lot');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Enter the budget as a whole amount in figures')).toBeVisible();
  await expect(budget).toHaveAttribute('aria-invalid', 'true');
  await expect(budget).toBeFocused();
  await checkPage(page);

  // A smaller budget, by keyboard: the plan changes.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('150 000');
  await page.keyboard.press('Enter');
  await expect(lead(page)).toContainText('Within a budget of €150,000, the plan fills');
  await waitForResults(page);
  await expect(budget).not.toHaveAttribute('aria-invalid', 'true');
  const smaller = await lead(page).innerText();
  expect(smaller).not.toEqual(first);
  await checkPage(page);

  // Leave out an intervention the plan runs, and plan again.
  const planned = 'Digital public infrastructure foundations';
  await expect(page.locator('main .demo-response-left-out')).not.toContainText(planned);
  const choice = page.getByLabel(planned, { exact: true });
  await choice.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(choice).toHaveValue('leave');
  const replan = page.getByRole('button', { name: 'Plan again' });
  await replan.focus();
  await page.keyboard.press('Enter');
  await expect(lead(page)).toContainText(`${planned} is left out because you left it out`);
  await expect(
    page.locator('main .demo-response-left-out li[data-reason="leftOutByYou"]'),
  ).toContainText(planned);
  await checkPage(page);

  // Save it into the workspace.
  const save = page.getByRole('button', { name: 'Save this plan' });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText(
    'Saved as “Recommended plan within €150,000”.',
  );
  const saved = page.locator('main li[data-plan="plan-recommended-1"]');
  await expect(saved).toContainText('Recommended plan within €150,000');
  await checkPage(page);

  // After a reload the workspace (IndexedDB) still holds it.
  await page.reload();
  await waitForResults(page);
  await expect(saved).toContainText('Recommended plan within €150,000');
  await expect(page.locator('main li[data-plan]')).toHaveCount(2);
  await checkPage(page);
});

test('keep an intervention in: it is planned first, with a run of its own', async ({ page }) => {
  await page.goto('/response');
  await waitForResults(page);
  const kept = 'Integrating digital identity';
  // In the sample the planner leaves it out: cheaper interventions already serve its needs.
  await expect(page.locator('main .demo-response-left-out')).toContainText(kept);
  const choice = page.getByLabel(kept, { exact: true });
  await choice.focus();
  await page.keyboard.press('ArrowDown');
  await expect(choice).toHaveValue('keep');
  const replan = page.getByRole('button', { name: 'Plan again' });
  await replan.focus();
  await page.keyboard.press('Enter');
  const section = page.getByRole('region', { name: 'Kept in at your request' });
  const row = section.getByRole('row', { name: new RegExp(kept, 'u') });
  // Runs, then places: one run of its own, for some of the people it serves.
  await expect(row.getByRole('cell').first()).toHaveText('1');
  await expect(row.getByRole('cell').nth(1)).not.toHaveText('0');
  await expect(page.locator('main .demo-response-left-out')).not.toContainText(kept);
  await waitForResults(page);
  await checkPage(page);
});

test('the response page in French and in Arabic', async ({ page }) => {
  // Only on the first load: the reload below keeps the language set on the page.
  await page.addInitScript(() => {
    if (window.localStorage.getItem('capkit-demo-locale') === null)
      window.localStorage.setItem('capkit-demo-locale', 'fr');
  });
  await page.goto('/response');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveText('Planifier la réponse');
  await expect(lead(page)).toContainText('Avec un budget de 445 000');
  // The widgets' summaries in French too.
  await expect(page.locator('main .ck-summary').first()).toContainText('Le plan finance');
  await expect(page.getByText('Calendrier du plan', { exact: true })).toBeVisible();
  await checkPage(page);
  await page.evaluate(() => window.localStorage.setItem('capkit-demo-locale', 'ar'));
  await page.reload();
  await waitForResults(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText('تخطيط الاستجابة');
  await expect(page.locator('main .ck-summary').first()).toContainText('تموّل الخطة');
  await checkPage(page);
});

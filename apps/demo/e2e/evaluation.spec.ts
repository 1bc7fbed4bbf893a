import { expect, test, type Locator, type Page } from '@playwright/test';
import { recordLongTasks, takeLongTasks, watchLongTasks } from './longTasks.js';
import { checkPage, waitForResults } from './pageChecks.js';

/** Moves focus with Tab until `target` has it (at most `limit` presses), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Follows a link by keyboard and waits for the new page's worker results. */
async function follow(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, page.getByRole('link', { name }));
  await page.keyboard.press('Enter');
  await waitForResults(page);
}

test('before round 2 the pages say so; collect it, compare, start round 3, and it all survives a reload', async ({
  page,
}) => {
  // Collecting round 2 validates the whole ministry in the worker; the round trip takes a while.
  test.setTimeout(240_000);
  await watchLongTasks(page);
  await page.goto('/evaluation');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveCount(1);
  const lead = page.getByTestId('evaluation-lead');
  await expect(lead).toContainText('Round 2 has not been collected yet');
  await expect(page.getByTestId('evaluation-round2-state')).toHaveAttribute(
    'data-state',
    'notCollected',
  );
  await expect(page.getByRole('heading', { name: 'Kirkpatrick levels 1–4' })).toBeVisible();
  await checkPage(page);

  // The comparison page says plainly that there is nothing to compare yet, and offers the action.
  await follow(page, /Round 1 against round 2/u);
  await expect(page).toHaveURL(/\/evaluation\/change$/u);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByTestId('evaluation-change-lead')).toContainText(
    'Round 2 has not been collected yet',
  );
  await checkPage(page);
  // The next round cannot start before round 2 is in.
  await follow(page, 'Start the next round');
  await expect(page.getByTestId('evaluation-next-lead')).toContainText(
    'Round 2 has not been collected and closed yet',
  );
  await expect(page.getByRole('button', { name: /^Start round/u })).toHaveCount(0);
  await checkPage(page);
  await follow(page, 'Back to the evaluation');

  // Collect round 2 by keyboard. The worker records, validates and compares; the page only
  // renders the small results, and its tasks over 50 ms go in the report.
  await takeLongTasks(page);
  const collect = page.getByRole('button', { name: 'Collect round 2' });
  await tabTo(page, collect);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('evaluation-round2-done')).toBeFocused({ timeout: 90_000 });
  await expect(page.getByTestId('evaluation-round2-done')).toContainText(
    /Round 2 recorded: [\d,]+ self-assessments/u,
  );
  await waitForResults(page);
  await expect(lead).toContainText(
    /Those trained improved by \+\d\.\d levels on average against [+-]?\d\.\d for those not trained/u,
  );
  await expect(
    page.getByRole('heading', { name: 'Trained and untrained staff compared' }),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: /each intervention targets/u }).getByRole('row'),
  ).toHaveCount(7);
  recordLongTasks('collecting round 2', await takeLongTasks(page));
  await checkPage(page);

  // The comparison, trained against not trained.
  await takeLongTasks(page);
  await follow(page, /Round 1 against round 2/u);
  const changeLead = page.getByTestId('evaluation-change-lead');
  await expect(changeLead).toContainText(
    /The largest gain is in .+: those trained in it \([\d,]+ people\) rose by \+/u,
  );
  await expect(
    page.getByRole('figure', { name: 'Self-assessed level, round 1 and round 2' }),
  ).toBeVisible();
  recordLongTasks('showing the comparison', await takeLongTasks(page));
  await checkPage(page);
  // Switch the widget to its table by keyboard, and check that view too.
  const table = page.getByRole('button', { name: 'Table' }).first();
  await tabTo(page, table);
  await page.keyboard.press('Enter');
  await expect(table).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('table', { name: /change in mean level/u })).toBeVisible();
  await checkPage(page);

  // Start the next round by keyboard.
  await follow(page, 'Start the next round');
  const nextLead = page.getByTestId('evaluation-next-lead');
  await expect(nextLead).toContainText('Round 2 is closed with');
  await checkPage(page);
  const start = page.getByRole('button', { name: 'Start round 3' });
  await tabTo(page, start);
  await page.keyboard.press('Space');
  await expect(nextLead).toContainText('Round 3 is scheduled', { timeout: 60_000 });
  await expect(nextLead).toBeFocused();
  await expect(page.getByRole('link', { name: 'Go to the training needs' })).toBeVisible();
  await checkPage(page);

  // Reload: everything is still there.
  await page.reload();
  await waitForResults(page);
  await expect(nextLead).toContainText('Round 3 is scheduled');
  await expect(page.getByRole('listitem').filter({ hasText: /^Round 3, Round 3/u })).toBeVisible();
  await follow(page, 'Back to the evaluation');
  await expect(lead).toContainText('Those trained improved by');
  await expect(page.getByTestId('evaluation-round2-state')).toHaveAttribute(
    'data-state',
    'collected',
  );
  await checkPage(page);
});

test('the evaluation reads right to left in Arabic', async ({ page }) => {
  await page.goto('/evaluation');
  await waitForResults(page);
  // The language switch, by keyboard: English → French → Arabic.
  const language = page.locator('.demo-header__switches select').first();
  await language.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await waitForResults(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText('التقييم: هل نجح التدريب؟');
  await expect(page.getByTestId('evaluation-lead')).toContainText('لم تُجمع الجولة الثانية بعد');
  await checkPage(page);
  // Round 2 in Arabic: the summary and the comparison, mirrored, with numbers in the locale.
  await tabTo(page, page.getByRole('button', { name: 'اجمع الجولة الثانية' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('evaluation-round2-done')).toBeFocused({ timeout: 90_000 });
  await waitForResults(page);
  await expect(page.getByTestId('evaluation-lead')).toContainText('تحسّن من تدرّبوا بمقدار');
  await checkPage(page);
  await follow(page, 'الجولة الأولى مقابل الثانية، للمتدرّبين وغيرهم، مهارةً مهارة');
  await expect(page.getByTestId('evaluation-change-lead')).toContainText('أكبر مكسب في');
  await checkPage(page);
});

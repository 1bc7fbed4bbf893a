import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';

// The page runs the whole training-needs analysis (1,000 bootstrap replicates) in the browser,
// then axe over each of its views: 20–29 s on a quiet 2-core machine, past Playwright's 30 s
// default when CI's other tasks run beside it. A slow page is measured in the benchmark, not here.
test.setTimeout(120_000);

test('the training-needs page ranks competencies with intervals and maps importance against performance', async ({
  page,
}) => {
  await page.goto('/#/results');
  await expect(page).toHaveTitle(/Training needs — capkit demo/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Training needs');
  // Plain words first: the one sentence a programme director acts on.
  await expect(page.getByText(/^Train first in /)).toBeVisible();

  const priorities = page.getByRole('figure', { name: 'Competencies ranked by training need' });
  await expect(priorities.getByRole('listitem')).toHaveCount(10);
  await expect(priorities.getByText(/95% interval/).first()).toBeVisible();
  await expect(priorities.getByText(/Rank holds in \d+% of resamples/).first()).toBeVisible();

  const matrix = page.getByRole('figure', { name: 'Importance against performance, per question' });
  await expect(matrix.getByText('Concentrate here').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The same values as tables, for readers who cannot use the charts.
  await priorities.getByRole('button', { name: 'Table' }).click();
  await expect(priorities.getByRole('table')).toBeVisible();
  await matrix.getByRole('button', { name: 'Table' }).click();
  await expect(matrix.getByRole('table').getByRole('row')).toHaveCount(41);
  await expectNoAxeViolations(page);

  // Small teams are withheld, and say so, rather than showing a zero.
  const heatmap = page.getByRole('figure', {
    name: "Share of staff below their role's required level",
  });
  await expect(heatmap.getByRole('grid')).toBeVisible();
  await expect(heatmap.getByRole('gridcell', { name: /Withheld/ }).first()).toBeVisible();
  const table = page.getByRole('table', { name: /scores and gaps by unit/ });
  await expect(
    table.getByRole('row').filter({ hasText: 'Ministry of Digital Services' }),
  ).toBeVisible();
  await expect(table.getByText(/Withheld/).first()).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /CSV/ }).first().click();
  expect((await download).suggestedFilename()).toBe('unit-results.csv');

  // Roles are published from the same people, protected together with the units.
  const roles = page.getByRole('table', { name: /scores and gaps by role/ });
  await expect(roles.getByRole('row').nth(1)).toBeVisible();
  await expectNoAxeViolations(page);
});

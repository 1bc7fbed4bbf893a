import { expect, test } from '@playwright/test';
import { checkPage, waitForResults } from './pageChecks.js';

test('the knowledge page opens with its sentence; a card moved by keyboard stays moved after a reload', async ({
  page,
}) => {
  await page.goto('/knowledge');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Knowledge and communities');
  const lead = page.locator('main .demo-knowledge-lead');
  await expect(lead).toContainText(
    /^The ministry holds 6 knowledge items, 2 of them in use; 2 communities of practice with [\d,]+ members have \d+ activities ahead\./u,
  );
  // The sample's show-and-tell titles begin with their kind; the directory says it once.
  const directory = page.getByRole('figure', { name: 'Communities and centres of excellence' });
  await expect(directory).toContainText('Show and tell: Building blocks in live services');
  await expect(directory).not.toContainText('Show and tell: Show and tell');
  await checkPage(page);

  // Move "Patterns for asking for consent" from created to shared with the arrow key.
  const board = page.getByRole('figure', { name: 'The knowledge cycle' });
  const shared = board.getByRole('region', { name: /^Shared/u });
  const card = board.getByRole('article', { name: 'Patterns for asking for consent' });
  await expect(board.getByRole('region', { name: /^Created/u })).toContainText(
    'Patterns for asking for consent',
  );
  await card.focus();
  await page.keyboard.press('ArrowRight');
  await expect(board.getByRole('status')).toContainText(
    'Patterns for asking for consent moved to shared, stage 3 of 5.',
  );
  await expect(
    shared.getByRole('article', { name: 'Patterns for asking for consent' }),
  ).toBeFocused();
  await checkPage(page);

  // Stored by the worker: still shared after a reload.
  await page.reload();
  await waitForResults(page);
  await expect(
    page
      .getByRole('figure', { name: 'The knowledge cycle' })
      .getByRole('region', { name: /^Shared/u })
      .getByRole('article', { name: 'Patterns for asking for consent' }),
  ).toBeVisible();
});

test('the knowledge page in French', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('capkit-demo-locale', 'fr'));
  await page.goto('/knowledge');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveText('Connaissances et communautés');
  await expect(page.locator('main .demo-knowledge-lead')).toContainText(
    'Le ministère compte 6 éléments de connaissance, dont 2 en usage',
  );
  await checkPage(page);
});

test('the knowledge page in Arabic reads right to left', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('capkit-demo-locale', 'ar'));
  await page.goto('/knowledge');
  await waitForResults(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText('المعرفة والمجتمعات');
  await expect(page.locator('main .demo-knowledge-lead')).toContainText('لدى الوزارة 6');
  await checkPage(page);
});

import { expect, test } from '@playwright/test';
import { checkPage, waitForResults } from './pageChecks.js';

test('capacity needs and assets, then the maturity index, open with their sentences', async ({
  page,
}) => {
  await page.goto('/capacity');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Capacity needs and assets');
  const lead = page.locator('main .demo-capacity-lead');
  // The sample's UNDP assessment: organisation × knowledge and × accountability, 2 against 5.
  await expect(lead).toContainText(
    'The largest capacity gap is in the organisation’s knowledge and the organisation’s accountability: existing capacity is rated 2 against a desired 5',
  );
  await expect(lead).toContainText(
    'The strongest asset to build on is Public Service Digital Academy: it builds 4 of the 5 competencies',
  );
  await checkPage(page);

  // To the maturity page by keyboard.
  const link = page.getByRole('link', { name: 'Digital maturity of the departments' });
  await link.focus();
  await link.press('Enter');
  await expect(page).toHaveURL(/\/capacity\/maturity$/u);
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Digital maturity of the departments');
  const maturityLead = page.locator('main .demo-capacity-lead');
  await expect(maturityLead).toContainText('Policy and Strategy ranks lowest of the 8 departments');
  await expect(maturityLead).toContainText('It stays last in at least 90% of 1,000 runs');
  // Some intervals overlap in the sample (ranks 2 and 3), so a choice may be named.
  await expect(maturityLead).toContainText(
    'Where ranks can swap, the normalisation accounts for most of the movement among the choices tested',
  );
  await checkPage(page);
});

test('the capacity page in Arabic reads right to left', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('capkit-demo-locale', 'ar'));
  await page.goto('/capacity');
  await waitForResults(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText('احتياجات القدرات والأصول');
  await expect(page.locator('main .demo-capacity-lead')).toContainText('أكبر فجوة في القدرات');
  // The widgets' own summaries in Arabic too.
  await expect(page.locator('main .ck-summary').first()).toContainText('ابدأوا بسدّ أكبر الفجوات');
  await checkPage(page);
  await page.goto('/capacity/maturity');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveText('النضج الرقمي للإدارات');
  await expect(page.locator('main .ck-summary')).toContainText('الخيار الأكثر تحريكًا للرتب');
  await checkPage(page);
});

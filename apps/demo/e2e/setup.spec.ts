import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { recordLongTasks, takeLongTasks, watchLongTasks } from './longTasks.js';
import { checkPage, waitForResults } from './pageChecks.js';

const caseFixture = fileURLToPath(
  new URL('../../../packages/interop/src/case/fixtures/digCompSample.case.json', import.meta.url),
);

/** Presses Enter on a control, reached by focus: no mouse. */
async function press(page: Page, name: string | RegExp, role: 'button' | 'link' = 'button') {
  const control = page.getByRole(role, { name });
  await control.focus();
  await control.press('Enter');
}

/** The frameworks table's rows on /setup, read after the worker answered. */
async function frameworkRows(page: Page) {
  await page.goto('/setup');
  await waitForResults(page);
  return page.locator('main table tbody tr');
}

/** Chooses the file's format by keyboard, then the file, and continues to the mapping step. */
async function chooseFile(
  page: Page,
  format: 'case' | 'csv',
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await page.goto('/setup/import');
  await waitForResults(page);
  if (format === 'csv') {
    const radio = page.getByRole('radio', { name: '1EdTech CASE 1.1 package (JSON)' });
    await radio.focus();
    await radio.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'CSV of areas and competencies' })).toBeChecked();
  }
  await page.locator('main input[type="file"]').setInputFiles(file);
  await press(page, 'Continue');
  await expect(page.getByRole('heading', { name: 'Check the columns' })).toBeFocused();
}

test('the set-up pages open with their sentences, and the organisation records its long tasks @mobile', async ({
  page,
}) => {
  await watchLongTasks(page);
  await page.goto('/setup');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Set up the programme');
  await expect(page.locator('main .demo-setup-lead')).toHaveText(
    'The ministry has 4,000 staff in 494 units and 7 roles; the roles are measured against the capkit digital government competency framework, with 38 competencies in 10 areas.',
  );
  await expect(page.locator('main table tbody tr')).toHaveCount(1);
  await expect(page.locator('main table tbody tr')).toContainText('7 roles and 1 questionnaire');
  await checkPage(page);

  await press(page, /Browse capkit digital government competency framework/u, 'link');
  await expect(page).toHaveURL(/\/setup\/framework\?/u);
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main .demo-setup-lead')).toContainText(
    'has 38 competencies in 10 areas, rated on 1 proficiency scale. 7 roles require levels in it and 1 questionnaire asks about it.',
  );
  await expect(page.getByRole('tree')).toBeVisible();
  await checkPage(page);

  // Long main-thread tasks while the organisation arrives and renders.
  await page.goto('/setup');
  await waitForResults(page);
  await takeLongTasks(page);
  await press(page, 'See the units, roles and people', 'link');
  await expect(page).toHaveURL(/\/setup\/organisation$/u);
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveText('Units, roles and people');
  await expect(page.locator('main .demo-setup-lead')).toContainText(
    'The ministry has 4,000 staff in 494 units and 7 roles;',
  );
  await expect(page.getByRole('tree')).toBeVisible();
  recordLongTasks('the organisation arriving and drawn', await takeLongTasks(page));
  await checkPage(page);
});

test('a bad CASE package shows where it is wrong and changes nothing; a good one adds its framework', async ({
  page,
}) => {
  await chooseFile(page, 'case', {
    name: 'broken.case.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ CFDocument: { identifier: 'not-a-uuid' }, CFItems: [] })),
  });
  await checkPage(page);
  await press(page, 'Check the rows');
  await expect(page.getByRole('heading', { name: 'Problems in the file' })).toBeVisible();
  const problems = page.locator('main .ck-data-import__table');
  await expect(problems).toContainText('CFDocument.identifier');
  await expect(problems).toContainText('Expected a UUID');
  await checkPage(page);
  await expect(await frameworkRows(page)).toHaveCount(1);

  await chooseFile(page, 'case', caseFixture);
  await expect(page.locator('main')).toContainText('digCompSample.case.json lists 5 items');
  await press(page, 'Check the rows');
  await expect(page.getByRole('heading', { name: 'Check your import' })).toBeFocused();
  await checkPage(page);
  await press(page, 'Confirm import');
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeFocused();
  await expect(page.locator('main [role="status"].demo-setup-panel')).toContainText(
    'DigComp-style digital competence framework (sample) is now in the workspace.',
  );
  await checkPage(page);

  const rows = await frameworkRows(page);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('DigComp-style digital competence framework (sample)');
  await expect(rows.nth(1)).toContainText('Nothing yet');
  // The roles are still measured against the reference framework.
  await expect(page.locator('main .demo-setup-lead')).toContainText(
    'the roles are measured against the capkit digital government competency framework',
  );
  await checkPage(page);

  // The same package again is refused, and says why.
  await chooseFile(page, 'case', caseFixture);
  await press(page, 'Check the rows');
  await expect(page.locator('main .ck-data-import__table')).toContainText(
    'The workspace already has framework',
  );
  await expect(await frameworkRows(page)).toHaveCount(2);
});

test('a bad framework CSV shows its rows and columns and changes nothing; a good one adds its framework', async ({
  page,
}) => {
  const bad = [
    'type,code,label.en,statement.en,parentCode',
    'area,DG-1,Data,,',
    'competency,DG-1.1,Data literacy,Uses data,DG-1',
    'competency,DG-2.1,Agile working,Delivers in increments,DG-9',
  ].join('\n');
  await chooseFile(page, 'csv', {
    name: 'bad-framework.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bad),
  });
  await expect(page.getByRole('combobox', { name: 'Code (required)' })).toHaveValue('code');
  await checkPage(page);
  await press(page, 'Check the rows');
  await expect(page.getByRole('heading', { name: 'Problems in the file' })).toBeVisible();
  const problem = page.locator('main .ck-data-import__table tbody tr').first();
  await expect(problem).toContainText('4');
  await expect(problem).toContainText('parentCode');
  await expect(problem).toContainText('No area has the code "DG-9"');
  await checkPage(page);
  await expect(await frameworkRows(page)).toHaveCount(1);

  const good = [
    'type,code,label.en,label.fr,statement.en,parentCode',
    'area,DG-1,Data,Données,,',
    'competency,DG-1.1,Data literacy,Culture des données,"Reads, questions and uses data",DG-1',
    'competency,DG-1.2,Data visualisation,Visualisation des données,Shows data so that others understand it,DG-1',
  ].join('\n');
  await chooseFile(page, 'csv', {
    name: 'Data skills.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(good),
  });
  await press(page, 'Check the rows');
  await expect(page.getByRole('heading', { name: 'Check your import' })).toBeFocused();
  await press(page, 'Confirm import');
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeFocused();
  await checkPage(page);
  await press(page, 'Browse the imported framework', 'link');
  await waitForResults(page);
  await expect(page.locator('main .demo-setup-lead')).toContainText(
    'The Data skills has 2 competencies in 1 area',
  );
  await checkPage(page);
  await expect(await frameworkRows(page)).toHaveCount(2);
});

test('the set-up page in Arabic reads right to left', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('capkit-demo-locale', 'ar'));
  await page.goto('/setup');
  await waitForResults(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText('إعداد البرنامج');
  await expect(page.locator('main .demo-setup-lead')).toContainText('يعمل في الوزارة');
  await checkPage(page);
});

// The fixture is read here so a missing file fails loudly rather than as a timeout.
test.beforeAll(() => {
  expect(readFileSync(caseFixture, 'utf8')).toContain('CFDocument');
});

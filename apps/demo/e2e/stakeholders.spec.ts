import { expect, test, type Page } from '@playwright/test';
import { checkPage, waitForResults } from './pageChecks.js';

/** Presses Enter on a control reached by focus: no mouse. */
async function press(page: Page, name: string | RegExp, role: 'button' | 'link' = 'button') {
  const control = page.getByRole(role, { name });
  await control.focus();
  await control.press('Enter');
}

/** Chooses `value` (1–5) in a rating's radio group by keyboard: Space on 1, then arrows. */
async function rate(page: Page, which: 'power' | 'interest', value: number) {
  const first = page.locator(`#demo-stakeholder-${which}-1`);
  await first.focus();
  await first.press('Space');
  for (let step = 1; step < value; step += 1) await page.keyboard.press('ArrowRight');
  await expect(page.locator(`#demo-stakeholder-${which}-${value}`)).toBeChecked();
}

const registerRow = (page: Page, name: string) =>
  page.locator('main .demo-stakeholders-table tbody tr', { hasText: name });

test('add a stakeholder and change it by keyboard; both survive a reload', async ({ page }) => {
  await page.goto('/stakeholders');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Stakeholders');
  await expect(page.locator('main .demo-stakeholders-lead')).toContainText(
    'The register holds 9 stakeholders;',
  );
  await checkPage(page);

  await press(page, 'Add a stakeholder', 'link');
  await expect(page).toHaveURL(/\/stakeholders\/new$/u);
  await expect(page.locator('h1')).toHaveText('Add a stakeholder');
  await checkPage(page);

  // Nothing filled in: the error summary takes focus and links to each field.
  await press(page, 'Add stakeholder');
  const summary = page.locator('main .demo-stakeholders-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the stakeholder’s name');
  await expect(summary).toContainText('Choose their power, from 1 to 5');
  await expect(summary).toContainText('Choose their interest, from 1 to 5');
  await checkPage(page);
  await press(page, 'Enter the stakeholder’s name', 'link');
  await expect(page.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('National Audit Office');
  await rate(page, 'power', 4);
  await rate(page, 'interest', 2);
  await expect(page.getByLabel('How to engage them')).toContainText(
    'As the grid suggests (Keep satisfied)',
  );
  await press(page, 'Add stakeholder');

  await expect(page).toHaveURL(/\/stakeholders$/u);
  await waitForResults(page);
  await expect(registerRow(page, 'National Audit Office')).toContainText('Keep satisfied');
  await page.reload();
  await waitForResults(page);
  await expect(page.locator('main .demo-stakeholders-lead')).toContainText(
    'The register holds 10 stakeholders;',
  );
  await expect(registerRow(page, 'National Audit Office')).toContainText('Keep satisfied');
  await checkPage(page);

  // Change it: more interest moves it to "manage closely".
  await press(page, 'Change National Audit Office', 'link');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveText('Change a stakeholder');
  await expect(page.locator('main .demo-stakeholders-lead')).toContainText(
    'National Audit Office has 0 engagement activities planned or done',
  );
  await checkPage(page);
  const interest = page.locator('#demo-stakeholder-interest-2');
  await interest.focus();
  for (let step = 2; step < 5; step += 1) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#demo-stakeholder-interest-5')).toBeChecked();
  await press(page, 'Save changes');
  await expect(page).toHaveURL(/\/stakeholders$/u);
  await waitForResults(page);
  await page.reload();
  await waitForResults(page);
  await expect(registerRow(page, 'National Audit Office')).toContainText('Manage closely');
  await checkPage(page);
});

test('an engagement plan takes an activity by keyboard, with located errors first', async ({
  page,
}) => {
  await page.goto('/stakeholders');
  await waitForResults(page);
  await press(page, 'Change Ministry of Finance, Budget Directorate', 'link');
  await waitForResults(page);
  await expect(page.getByRole('heading', { name: 'Engagement plan' })).toBeVisible();

  const date = page.getByLabel('Date', { exact: true });
  await date.focus();
  await page.keyboard.type('2027-02-30');
  await press(page, 'Add activity');
  const summary = page.locator('main .demo-stakeholders-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter a real date as year-month-day');
  await expect(summary).toContainText('Enter what the activity is');
  await checkPage(page);

  await date.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2027-03-15');
  await page.getByLabel('What is it?').focus();
  await page.keyboard.type('Briefing on the round 2 budget');
  const kind = page.getByLabel('Kind of activity');
  await kind.focus();
  await kind.press('ArrowDown');
  await kind.press('ArrowDown');
  await expect(kind).toHaveValue('briefing');
  await press(page, 'Add activity');
  const plan = page.locator('main .demo-stakeholders-plan table');
  await expect(plan).toContainText('Briefing on the round 2 budget');
  await page.reload();
  await waitForResults(page);
  await expect(plan).toContainText('March 15, 2027');
  await expect(plan).toContainText('Briefing');
  await checkPage(page);

  // And it goes again.
  await press(page, 'Remove “Briefing on the round 2 budget”');
  await expect(plan).not.toContainText('Briefing on the round 2 budget');
  await page.reload();
  await waitForResults(page);
  await expect(page.locator('main .demo-stakeholders-plan')).not.toContainText(
    'Briefing on the round 2 budget',
  );
});

test('a stakeholder is removed after a question, and stays removed', async ({ page }) => {
  await page.goto('/stakeholders');
  await waitForResults(page);
  await press(page, 'Change Ministry of Finance, Budget Directorate', 'link');
  await waitForResults(page);
  await press(page, 'Remove this stakeholder');
  await expect(page.getByRole('button', { name: 'Yes, remove' })).toBeFocused();
  await checkPage(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/stakeholders$/u);
  await page.reload();
  await waitForResults(page);
  await expect(page.locator('main .demo-stakeholders-lead')).toContainText(
    'The register holds 8 stakeholders;',
  );
  await expect(registerRow(page, 'Ministry of Finance, Budget Directorate')).toHaveCount(0);
});

test('the stakeholders page in French', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('capkit-demo-locale', 'fr'));
  await page.goto('/stakeholders');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveText('Parties prenantes');
  await expect(page.locator('main .demo-stakeholders-lead')).toContainText(
    'Le registre compte 9 parties prenantes',
  );
  await checkPage(page);
});

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
  await page.goto('/training-needs/people/no-such-person');
  await waitForResults(page);
  await expect(page.getByRole('alert')).toContainText('There is no such person');
  await checkPage(page);
});

test('a half-filled questionnaire survives a reload; its confirmation counts only real answers', async ({
  page,
}) => {
  await page.goto('/training-needs/questionnaire');
  await waitForResults(page);
  await expect(page.locator('main .demo-lead')).toContainText(/You are answering as .+, .+ in .+/);
  const lead = (await page.locator('main .demo-lead').textContent()) ?? '';
  const respondent = /You are answering as ([^,]+),/u.exec(lead)?.[1] ?? 'no name in the lead';
  const before = Number(await page.getByTestId('tna-counted').getAttribute('data-count'));
  const form = page.locator('.ck-assessment-form');
  await expect(form).toHaveAttribute('data-state', 'editing');
  const part = (n: number) => page.locator('.ck-assessment-form__fieldset--part').nth(n);
  const choose = async (n: number, value: number) => {
    const radio = part(n).locator(`input[type=radio][value="${value}"]`);
    await radio.focus();
    await page.keyboard.press('Space');
    await expect(radio).toBeChecked();
  };
  await checkPage(page);
  // Question 1: importance 4, performance 2; question 2: 3 and 3; question 3 not applicable.
  await choose(0, 4);
  await choose(1, 2);
  await choose(2, 3);
  await choose(3, 3);
  const notApplicable = page.locator('.ck-assessment-form__checkbox-input').nth(2);
  await notApplicable.focus();
  await page.keyboard.press('Space');
  await expect(notApplicable).toBeChecked();
  await expect(form).toHaveAttribute('data-draft', 'saved');
  await page.reload();
  await waitForResults(page);
  await expect(part(0).locator('input[value="4"]')).toBeChecked();
  await expect(part(1).locator('input[value="2"]')).toBeChecked();
  await expect(page.locator('.ck-assessment-form__checkbox-input').nth(2)).toBeChecked();
  await checkPage(page);
  // On through the ten pages, the rest left blank.
  for (let pageNumber = 1; pageNumber < 10; pageNumber += 1) {
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await expect(form).toHaveAttribute('data-page', String(pageNumber + 1));
  }
  await page.getByRole('button', { name: 'Check your answers' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
  await expect(page.getByTestId('tna-check-lead')).toHaveText(
    'You have answered 2 of 40 questions, and marked 1 not applicable. Questions left blank are not counted.',
  );
  await checkPage(page);
  await page.getByRole('button', { name: 'Send your answers' }).focus();
  await page.keyboard.press('Enter');
  const confirmation = page.getByTestId('tna-confirmation');
  await expect(confirmation).toContainText(
    'You answered 2 of 40 questions. You marked 1 as not applicable.',
  );
  await expect(page.getByTestId('tna-now-count')).toHaveAttribute('data-count', String(before + 1));
  await checkPage(page);
  // The respondent's own profile, from the same stored answers.
  await page.getByRole('link', { name: `See ${respondent}’s competency profile` }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/training-needs\/people\/p-/);
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveText(`Competency profile: ${respondent}`);
  await expect(page.getByTestId('tna-person-lead')).toContainText(
    /(is below the level their role requires in \d+ of \d+ scored skills|meets the level)/,
  );
  await checkPage(page);
  // The results count the new self-assessment.
  await page.goto('/training-needs/results');
  await waitForResults(page);
  await expect(page.getByTestId('tna-people')).toHaveAttribute('data-people', String(before + 1));
});

test('the campaign overview gives response rates, and closing it stops the questionnaire', async ({
  page,
}) => {
  await page.goto('/training-needs');
  await waitForResults(page);
  await expect(page.getByTestId('tna-overview-lead')).toContainText(
    /^[\d,]+ of [\d,]+ staff \(\d+%\) have submitted their self-assessment\. The lowest response is in .+ \(\d+%\)/,
  );
  await expect(
    page.getByText(/A department with fewer than 5 staff is not shown on its own/),
  ).toBeVisible();
  await expect(page.getByTestId('tna-campaign-status')).toHaveAttribute('data-status', 'open');
  await checkPage(page);
  await page.getByRole('button', { name: 'Close the campaign' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'The campaign is now closed' }),
  ).toBeVisible();
  await expect(page.getByTestId('tna-campaign-status')).toHaveAttribute('data-status', 'closed');
  await expect(page.getByRole('button', { name: 'Close the campaign' })).toHaveCount(0);
  await checkPage(page);
  await page.getByRole('link', { name: 'Answer the questionnaire as a member of staff' }).focus();
  await page.keyboard.press('Enter');
  await waitForResults(page);
  await expect(page.locator('main .demo-lead')).toContainText(
    'is closed: it takes no more answers',
  );
  await checkPage(page);
});

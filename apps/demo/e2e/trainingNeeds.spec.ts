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

// How many answers marked not applicable the stored drafts hold, read from the database the
// demo gives AssessmentForm's IndexedDB draft storage (one object store, `drafts`).
function storedNotApplicable(): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('capkit-demo-drafts');
    request.onerror = () => reject(request.error ?? new Error('the drafts database did not open'));
    request.onsuccess = () => {
      const database = request.result;
      if (!database.objectStoreNames.contains('drafts')) {
        database.close();
        resolve(0);
        return;
      }
      const all = database.transaction('drafts').objectStore('drafts').getAll();
      all.onerror = () => reject(all.error ?? new Error('the drafts could not be read'));
      all.onsuccess = () => {
        database.close();
        const drafts = all.result as { answers: Record<string, { kind?: string }> }[];
        resolve(
          drafts
            .flatMap((draft) => Object.values(draft.answers))
            .filter((answer) => answer.kind === 'notApplicable').length,
        );
      };
    };
  });
}

test('a half-filled questionnaire survives a reload; its confirmation counts only real answers; the next visit asks the next person @mobile', async ({
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
  // Half the questionnaire: pages 1 to 5 (questions 1 to 20) answered, each question with its
  // own pair of ratings; question 21 (page 6) marked not applicable; the rest left blank.
  const ratings = (question: number) => ({
    importance: 1 + (question % 5),
    performance: 1 + ((question * 3 + 1) % 5),
  });
  const move = async (name: 'Next' | 'Previous', to: number) => {
    await page.getByRole('button', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(form).toHaveAttribute('data-page', String(to));
  };
  for (let pageNumber = 1; pageNumber <= 5; pageNumber += 1) {
    for (let n = 0; n < 4; n += 1) {
      const { importance, performance } = ratings((pageNumber - 1) * 4 + n);
      await choose(2 * n, importance);
      await choose(2 * n + 1, performance);
    }
    await move('Next', pageNumber + 1);
  }
  const notApplicable = page.locator('.ck-assessment-form__checkbox-input').first();
  await notApplicable.focus();
  await page.keyboard.press('Space');
  await expect(notApplicable).toBeChecked();
  // The reload comes once the draft in IndexedDB holds that answer: `data-draft` may still say
  // "saved" of the page change just before it, until the form has seen the new answer.
  await expect
    .poll(() => page.evaluate(storedNotApplicable), { timeout: 30_000 })
    .toBeGreaterThan(0);
  await expect(form).toHaveAttribute('data-draft', 'saved');
  await page.reload();
  await waitForResults(page);
  // The draft comes back where it was left, every answer with it.
  await expect(form).toHaveAttribute('data-page', '6');
  await expect(page.locator('.ck-assessment-form__checkbox-input').first()).toBeChecked();
  await checkPage(page);
  for (let pageNumber = 5; pageNumber >= 1; pageNumber -= 1) {
    await move('Previous', pageNumber);
    for (let n = 0; n < 4; n += 1) {
      const { importance, performance } = ratings((pageNumber - 1) * 4 + n);
      await expect(part(2 * n).locator(`input[value="${importance}"]`)).toBeChecked();
      await expect(part(2 * n + 1).locator(`input[value="${performance}"]`)).toBeChecked();
    }
  }
  // On through the ten pages, the rest left blank.
  for (let pageNumber = 1; pageNumber < 10; pageNumber += 1) await move('Next', pageNumber + 1);
  await page.getByRole('button', { name: 'Check your answers' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
  await expect(page.getByTestId('tna-check-lead')).toHaveText(
    'You have answered 20 of 40 questions, and marked 1 not applicable. Questions left blank are not counted.',
  );
  await checkPage(page);
  await page.getByRole('button', { name: 'Send your answers' }).focus();
  await page.keyboard.press('Enter');
  const confirmation = page.getByTestId('tna-confirmation');
  await expect(confirmation).toContainText(
    'You answered 20 of 40 questions. You marked 1 as not applicable.',
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
  await checkPage(page);
  // A second visit to the questionnaire asks the next member of staff who has not responded.
  await page.goto('/training-needs/questionnaire');
  await waitForResults(page);
  await expect(page.locator('main .demo-lead')).toContainText(/You are answering as .+, .+ in .+/);
  await expect(page.locator('main .demo-lead')).not.toContainText(respondent);
  await expect(page.getByTestId('tna-counted')).toHaveAttribute('data-count', String(before + 1));
  await expect(form).toHaveAttribute('data-page', '1');
  await expect(part(0).locator('input:checked')).toHaveCount(0);
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

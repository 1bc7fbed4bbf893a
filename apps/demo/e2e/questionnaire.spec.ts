import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';

const firstQuestion = (page: Page) =>
  page.getByRole('group', { name: /Explaining digital identity to colleagues and partners/ });

test('answers survive a reload, and the questionnaire resumes on the page left', async ({
  page,
}) => {
  await page.goto('/#/questionnaire');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skills questionnaire');
  await expect(page.getByText('Page 1 of 10')).toBeVisible();
  await expectNoAxeViolations(page);

  const question = firstQuestion(page);
  await question
    .getByRole('group', { name: 'Importance to the job' })
    .getByRole('radio', { name: /^4/ })
    .check();
  await question
    .getByRole('group', { name: 'How well it is done today' })
    .getByRole('radio', { name: /^2/ })
    .check();
  // data-draft says when the latest answers are stored, not just that an earlier save was.
  await expect(page.locator('[data-draft="saved"]')).toBeVisible();

  await page.reload();
  const restored = firstQuestion(page);
  await expect(
    restored
      .getByRole('group', { name: 'Importance to the job' })
      .getByRole('radio', { name: /^4/ }),
  ).toBeChecked();
  await expect(
    restored
      .getByRole('group', { name: 'How well it is done today' })
      .getByRole('radio', { name: /^2/ }),
  ).toBeChecked();

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Page 2 of 10')).toBeVisible();
  await expect(page.locator('[data-draft="saved"][data-page="2"]')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Page 2 of 10')).toBeVisible();
  await expect(page.getByText('1 of 40 questions answered')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the questionnaire points at unanswered halves of a question before moving on', async ({
  page,
}) => {
  await page.goto('/#/questionnaire');
  const question = firstQuestion(page);
  await question
    .getByRole('group', { name: 'Importance to the job' })
    .getByRole('radio', { name: /^5/ })
    .check();
  await page.getByRole('button', { name: 'Next' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

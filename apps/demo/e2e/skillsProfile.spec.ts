import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';

test('the skills profile shows scores against the role, as a chart and a table', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/capkit demo/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digital skills profile');

  const figure = page.getByRole('figure', { name: 'Service designer: competency scores' });
  await expect(figure.getByRole('img', { name: /Bar chart of 5 competencies/ })).toBeVisible();

  // Worked by hand from the sample answers (mean of answered items, ≥ half answered):
  // (2+3+2)/3 = 2.3; (4+3+4+3)/4 = 3.5; (3+3+3)/3 = 3.0; 1 of 4 answered → no score; (1+2+2+2)/4 = 1.75.
  const rows = figure.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(1)).toHaveText(
    /User research\s*2\.3\s*Working\s*Practitioner\s*Below required level/,
  );
  await expect(rows.nth(2)).toHaveText(
    /Data literacy\s*3\.5\s*Practitioner\s*Practitioner\s*Meets required level/,
  );
  await expect(rows.nth(3)).toHaveText(
    /Agile delivery\s*3\.0\s*Practitioner\s*Practitioner\s*Meets required level/,
  );
  await expect(rows.nth(4)).toHaveText(
    /Digital security\s*No score: 1 of 4 questions answered\s*—\s*Working/,
  );
  await expect(rows.nth(5)).toHaveText(
    /Interoperability.*1\.8\s*Awareness\s*Working\s*Below required level/,
  );

  await expectNoAxeViolations(page);
});

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
  const expected = [
    /User research.*2\.3.*Working.*Practitioner.*Below required level/,
    /Data literacy.*3\.5.*Practitioner.*Practitioner.*Meets required level/,
    /Agile delivery.*3\.0.*Practitioner.*Practitioner.*Meets required level/,
    /Digital security.*No score: 1 of 4 questions answered.*Working/,
    /Interoperability.*1\.8.*Awareness.*Working.*Below required level/,
  ];
  await figure.getByRole('button', { name: 'Table' }).click();
  // A wide screen shows the values as a table; a phone as one short list per competency, so
  // that nothing scrolls sideways.
  const narrow = (page.viewportSize()?.width ?? 1280) < 576;
  const entries = narrow
    ? figure.getByRole('region').getByRole('listitem')
    : figure
        .getByRole('table')
        .getByRole('row')
        .filter({ hasNot: page.getByRole('columnheader') });
  await expect(entries).toHaveCount(5);
  for (const [index, text] of expected.entries()) {
    await expect(entries.nth(index)).toHaveText(text);
  }
  await expect(page.locator('html')).toHaveJSProperty(
    'scrollWidth',
    await page.evaluate(() => document.documentElement.clientWidth),
  );

  await expectNoAxeViolations(page);
});

import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { checkPage, waitForResults } from './pageChecks.js';

// The data page: export the workspace (JSON, CSV tables, xAPI statements), import a workspace
// file (a bad one changes nothing and says where it is wrong), and reset to the sample.

async function press(locator: Locator, key = 'Enter'): Promise<void> {
  await locator.focus();
  await locator.press(key);
}

/** Asks for a file with the button in `section`, then follows its download link by keyboard. */
async function downloadFrom(page: Page, section: Locator, linkName: RegExp): Promise<Download> {
  await press(section.getByRole('button', { name: 'Prepare the file' }).first());
  const link = section.getByRole('link', { name: linkName });
  await expect(link).toBeVisible({ timeout: 60_000 });
  await expect(link).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  return download;
}

const stored = (page: Page) => page.locator('.demo-data-stored');

test('the data page says what is stored where, and exports it whole and as tables', async ({
  page,
}, testInfo) => {
  await page.goto('/data');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Data in and out');
  await expect(stored(page)).toContainText(
    /^Everything stays in this browser’s storage \(IndexedDB\) on this device: 4,000 people in \d[\d,]* units and [\d,]+ questionnaires\. It is the invented sample ministry, made in this browser on your first visit\. Last saved on /,
  );
  await expect(page.getByText(/One JSON file with everything: .*\(\d+(\.\d)? MB\)/)).toBeVisible();
  await checkPage(page);

  const whole = page.locator('section', { has: page.locator('#demo-data-export') });
  const json = await downloadFrom(page, whole, /^Download capkit-workspace\.json \(.+ MB\)$/);
  expect(json.suggestedFilename()).toBe('capkit-workspace.json');
  const exported = JSON.parse(await readFile(await json.path(), 'utf8')) as {
    kind: string;
    people: unknown[];
    responses: unknown[];
  };
  expect(exported.kind).toBe('capkitWorkspace');
  expect(exported.people).toHaveLength(4000);
  await checkPage(page);

  const tables = page.locator('section', { has: page.locator('#demo-data-csv') });
  const people = tables.locator('li', { hasText: 'People (4,000 rows)' });
  const csv = await downloadFrom(page, people, /^Download capkit-people\.csv/);
  const lines = (await readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/u, '').split(/\r?\n/u);
  expect(lines[0]).toBe('id,grade');
  expect(lines.filter((line) => line !== '')).toHaveLength(4001);

  const xapi = page.locator('section', { has: page.locator('#demo-data-xapi') });
  const intro = await xapi.locator('#demo-data-xapi-intro').innerText();
  const [submitted, completions] = [...intro.matchAll(/(\d[\d,]*)/gu)].map((m) =>
    Number(m[1]?.replaceAll(',', '')),
  );
  const statements = await downloadFrom(page, xapi, /^Download capkit-xapi-statements\.json/);
  const parsed = JSON.parse(await readFile(await statements.path(), 'utf8')) as {
    verb: { id: string };
  }[];
  expect(parsed).toHaveLength((submitted ?? 0) + (completions ?? 0));
  expect(new Set(parsed.map((s) => s.verb.id)).size).toBe(2);
  await checkPage(page);
  testInfo.annotations.push({ type: 'xAPI statements', description: String(parsed.length) });
});

test('a bad workspace file shows located errors and changes nothing; a good one replaces the workspace; reset asks first', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await waitForResults(page);
  const ministry = await page.getByText(/^The sample Ministry of Digital Services has/).innerText();

  await page.goto('/data');
  await waitForResults(page);
  const before = await stored(page).innerText();
  const whole = page.locator('section', { has: page.locator('#demo-data-export') });
  const json = await downloadFrom(page, whole, /^Download capkit-workspace\.json/);
  const workspace = JSON.parse(await readFile(await json.path(), 'utf8')) as {
    people: { id: unknown; grade?: unknown }[];
    programme: { name: Record<string, string> };
  };

  // Two mistakes in different places: a person's id that is a number, and a field capkit does
  // not know on the programme.
  const bad = structuredClone(workspace) as unknown as {
    people: { id: unknown }[];
    programme: Record<string, unknown>;
  };
  if (bad.people[3] !== undefined) bad.people[3].id = 42;
  bad.programme['colour'] = 'green';
  const badFile = testInfo.outputPath('bad-workspace.json');
  await writeFile(badFile, JSON.stringify(bad));

  const importSection = page.locator('section', { has: page.locator('#demo-data-import') });
  await importSection.getByLabel('Workspace file (JSON)').setInputFiles(badFile);
  await expect(importSection.getByText(/^bad-workspace\.json, \d+(\.\d)? MB\./)).toBeVisible();
  await press(importSection.getByRole('button', { name: 'Check and import' }));
  const alert = importSection.getByRole('alert');
  await expect(alert).toContainText('The file was not imported. Nothing was changed.', {
    timeout: 60_000,
  });
  await expect(alert).toBeFocused();
  await expect(alert.locator('li code', { hasText: /people.*3.*id/u })).toHaveCount(1);
  await expect(alert.locator('li', { hasText: 'colour' })).toHaveCount(1);
  await checkPage(page);

  // Nothing changed: the same counts, origin and time of saving, here and on the landing page.
  await page.reload();
  await waitForResults(page);
  expect(await stored(page).innerText()).toBe(before);
  await page.goto('/');
  await waitForResults(page);
  expect(await page.getByText(/^The sample Ministry of Digital Services has/).innerText()).toBe(
    ministry,
  );

  // A good file (the export with the programme renamed) replaces the workspace.
  const good = structuredClone(workspace);
  good.programme.name = { ...good.programme.name, en: 'Imported programme' };
  const goodFile = testInfo.outputPath('good-workspace.json');
  await writeFile(goodFile, JSON.stringify(good));
  await page.goto('/data');
  await waitForResults(page);
  await importSection.getByLabel('Workspace file (JSON)').setInputFiles(goodFile);
  await press(importSection.getByRole('button', { name: 'Check and import' }));
  await expect(importSection.getByRole('status')).toHaveText(
    'Imported: the workspace now has 4,000 people.',
    { timeout: 60_000 },
  );
  await expect(stored(page)).toContainText('It came from a workspace file you imported.');
  await checkPage(page);

  // Reset: a confirmation step first; Cancel keeps everything.
  const resetSection = page.locator('section', { has: page.locator('#demo-data-reset') });
  await press(resetSection.getByRole('button', { name: 'Reset to the sample…' }));
  const yes = resetSection.getByRole('button', { name: 'Yes, reset to the sample' });
  await expect(yes).toBeFocused();
  await expect(resetSection.getByRole('group')).toContainText('Are you sure?');
  await checkPage(page);
  await press(resetSection.getByRole('button', { name: 'Cancel' }));
  await expect(yes).toHaveCount(0);
  await expect(stored(page)).toContainText('It came from a workspace file you imported.');
  await press(resetSection.getByRole('button', { name: 'Reset to the sample…' }));
  await expect(yes).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(resetSection.getByText('Done: the sample ministry is back.')).toBeFocused({
    timeout: 60_000,
  });
  await expect(stored(page)).toContainText('It is the invented sample ministry');
  await checkPage(page);
});

test('the data page in Arabic is right to left and says the same', async ({ page }) => {
  await page.goto('/data');
  await waitForResults(page);
  const language = page.getByLabel('Language');
  await language.focus();
  // English, French, Arabic: two steps down, as a keyboard user would.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveText('إدخال البيانات وإخراجها');
  await expect(stored(page)).toContainText('يبقى كل شيء في مساحة تخزين هذا المتصفح');
  await checkPage(page);
});

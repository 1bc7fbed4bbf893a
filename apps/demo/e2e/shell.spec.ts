import { expect, test, type Page } from '@playwright/test';
import { routeFor, routes } from '../src/app/routes.js';
import { shellMessages } from '../src/app/shellMessages.js';
import { demoSampleWorkspace } from '../src/worker/demoSample.js';
import { recordLongTasks, takeLongTasks, watchLongTasks } from './longTasks.js';
import { checkPage, waitForResults } from './pageChecks.js';

// Every page the route table holds, whoever added it: one h1, axe and no sideways scroll in
// English and Arabic, none at 320 px, and the main-thread tasks over 50 ms in the report.

// The workspace the demo loads, so every id below is one the pages can show.
const sample = demoSampleWorkspace();

/** A real id from the sample for each `:param` a route may have. */
const sampleIds: Readonly<Record<string, string | undefined>> = {
  unitId: sample.units.find((unit) => unit.id === 'unit-MDS-DS')?.id ?? sample.units[0]?.id,
  personId: sample.people[0]?.id,
  roleId: sample.roles[0]?.id,
  campaignId: sample.campaigns[0]?.id,
  competencyId: sample.frameworks[0]?.competencies[0]?.id,
  frameworkId: sample.frameworks[0]?.id,
  stakeholderId: sample.stakeholders[0]?.id,
  assetId: sample.assets[0]?.id,
  communityId: sample.communities[0]?.id,
  planId: sample.plans[0]?.id,
  interventionId: sample.plans[0]?.interventions[0]?.id,
  evaluationId: sample.evaluations[0]?.id,
  knowledgeItemId: sample.knowledgeItems[0]?.id,
  itemId: sample.knowledgeItems[0]?.id,
};

/** For a plain `:id`, the record the route's section is about. */
const sectionIds: Readonly<Record<string, string | undefined>> = {
  setup: sampleIds['unitId'],
  trainingNeeds: sampleIds['unitId'],
  stakeholders: sampleIds['stakeholderId'],
  capacity: sampleIds['assetId'],
  response: sampleIds['planId'],
  evaluation: sampleIds['evaluationId'],
  knowledge: sampleIds['knowledgeItemId'],
};

function addressOf(path: string, section?: string): string {
  return path.replace(/:([A-Za-z]+)/gu, (_match, name: string) => {
    const id = name === 'id' && section !== undefined ? sectionIds[section] : sampleIds[name];
    if (id === undefined)
      throw new Error(`shell.spec.ts has no sample id for ":${name}" (${path}): add one`);
    return encodeURIComponent(id);
  });
}

async function setLocale(page: Page, locale: 'en' | 'ar'): Promise<void> {
  await page.addInitScript((value) => {
    window.localStorage.setItem('capkit-demo-locale', value);
  }, locale);
}

/** The navigation's first two links' left edges: left to right in English, mirrored in Arabic. */
async function navOrder(page: Page): Promise<'ltr' | 'rtl'> {
  const links = page.getByRole('navigation').getByRole('link');
  const first = await links.nth(0).boundingBox();
  const second = await links.nth(1).boundingBox();
  if (first === null || second === null) throw new Error('the navigation has no two links');
  return first.x < second.x ? 'ltr' : 'rtl';
}

/** The checks of a page in one language: one h1, the title, lang and dir, the navigation's order. */
async function checkShell(page: Page, route: (typeof routes)[number], locale: 'en' | 'ar') {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).not.toHaveText('Page not found');
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
  expect(await navOrder(page)).toBe(locale === 'ar' ? 'rtl' : 'ltr');
  // A section root may send the visitor on to its first sub-page: the title is that page's.
  const shown = routeFor(new URL(page.url()).pathname)?.route ?? route;
  await expect(page).toHaveTitle(`${shown.title[locale]} — ${shellMessages[locale].titleSuffix}`);
}

// One visit per route: opened from its address in English, then switched to Arabic in place
// (reading a deep link in Arabic from a reload is the language-switch test's), so each route
// pays for building the sample once.
for (const route of routes) {
  const address = addressOf(route.path, route.section);
  test(`${address}: one h1, accessible in English and Arabic, no sideways scroll, long tasks recorded`, async ({
    page,
  }) => {
    await setLocale(page, 'en');
    await watchLongTasks(page);
    await page.goto(address);
    await waitForResults(page);
    await checkShell(page, route, 'en');
    // Read before axe runs: its own work happens on the main thread.
    await page.waitForTimeout(300);
    recordLongTasks(address, await takeLongTasks(page));
    await checkPage(page);
    const desktop = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${address} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
    if (desktop !== null) await page.setViewportSize(desktop);
    await page.locator('.demo-header__switches select').first().selectOption('ar');
    await waitForResults(page);
    await checkShell(page, route, 'ar');
    await checkPage(page);
  });
}

test('an unknown address says "Page not found" with a way home @mobile', async ({ page }) => {
  await page.goto('/no-such-page/at-all');
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page).toHaveTitle('Page not found — capkit demo');
  await checkPage(page);
  const home = page.getByRole('main').getByRole('link');
  await home.first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/$/u);
  await waitForResults(page);
  await expect(page.locator('h1')).toHaveText(routes[0]?.title.en ?? '');
});

test('a sub-page opens from its address and survives a reload', async ({ page }) => {
  const deep = routes.find((route) => route.path.split('/').filter(Boolean).length > 1);
  test.skip(deep === undefined, 'no sub-page in the route table yet');
  if (deep === undefined) return;
  const address = addressOf(deep.path, deep.section);
  await page.goto(address);
  await waitForResults(page);
  const heading = await page.locator('h1').innerText();
  await page.reload();
  await waitForResults(page);
  expect(new URL(page.url()).pathname).toBe(address);
  await expect(page.locator('h1')).toHaveText(heading);
  await expect(page).toHaveTitle(`${deep.title.en} — capkit demo`);
});

test('the language switch works from the keyboard and is remembered', async ({ page }) => {
  await page.goto('/');
  await waitForResults(page);
  // The switch's label changes with the language: find it by its place in the header.
  const language = page.locator('.demo-header__switches select').first();
  await expect(language).toHaveAccessibleName('Language');
  await language.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('h1')).toHaveText(routes[0]?.title.fr ?? '');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText(routes[0]?.title.ar ?? '');
  await expect(language).toBeFocused();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await waitForResults(page);
  await checkPage(page);
  await expect(language).toHaveAccessibleName('اللغة');
  await language.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

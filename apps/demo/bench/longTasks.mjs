// The longest main-thread task on each section's page, with Chromium's CPU slowed (the issue's
// "no task over 50 ms on a slowed CPU"). Each page is opened from its address in a context whose
// IndexedDB already holds the sample, so the figure is the page's own work, not the first build.

/** The section roots and the sub-pages with the most on them. */
export const longTaskRoutes = [
  '/',
  '/setup/framework',
  '/setup/organisation',
  '/training-needs',
  '/training-needs/results',
  '/training-needs/questionnaire',
  '/stakeholders',
  '/capacity',
  '/capacity/maturity',
  '/response',
  '/evaluation',
  '/evaluation/change',
  '/knowledge',
  '/data',
];

// Every long task the document sees, and when its own first script ran. Chromium reports the
// navigation's commit (unloading the page before, creating this document) as this document's
// first long task; it starts before any script of the page exists, so `startTime < created`
// tells it apart from the page's own work.
function observeLongTasks() {
  globalThis.__capkitLongTasks = { created: performance.now(), tasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      globalThis.__capkitLongTasks.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

// Waiting with page.evaluate rather than a locator: Playwright's selector engine is a large
// script of its own, evaluated in the page the first time a locator is used, and would be
// measured as the page's.
async function settled(page, route) {
  const deadline = Date.now() + 240_000;
  for (;;) {
    const state = await page.evaluate(() => ({
      heading: globalThis.document.querySelector('main h1')?.textContent ?? null,
      working: globalThis.document.querySelector('main .demo-working') !== null,
    }));
    // The pages are named here by hand (a .mjs bench cannot read the TypeScript route table):
    // a renamed route must stop the run, not be measured as the not-found page.
    if (state.heading === 'Page not found')
      throw new Error(`bench/longTasks.mjs: ${route} is not a page of the demo any more`);
    if (state.heading !== null && !state.working) return;
    if (Date.now() > deadline) throw new Error(`bench/longTasks.mjs: ${route} did not settle`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const longestOf = (tasks) => Math.max(0, ...tasks.map((task) => task.duration));

/**
 * Runs `runs` times over every route, each opened from its address. Per route, one value a run:
 * the longest task of the page's own (`page`, ms), and the navigation commit (`commit`, ms:
 * Chromium's, before the page's code runs; 0 when under 50 ms).
 */
export async function measureLongTasks(browser, base, { runs, slowdown }) {
  const longest = new Map(longTaskRoutes.map((route) => [route, { page: [], commit: [] }]));
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(observeLongTasks);
    const page = await context.newPage();
    // The first visit builds the sample; it is the load benchmark's, not this one's.
    await page.goto(base);
    await settled(page, '/');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    for (const route of longTaskRoutes) {
      await page.goto(`${base}${route}`);
      await settled(page, route);
      // Tasks that follow the answer (layout, effects) land within a second or so.
      await page.waitForTimeout(1_500);
      const { created, tasks } = await page.evaluate(() => globalThis.__capkitLongTasks);
      const values = longest.get(route);
      values.page.push(longestOf(tasks.filter((task) => task.start >= created)));
      values.commit.push(longestOf(tasks.filter((task) => task.start < created)));
    }
    await context.close();
    process.stderr.write(`long tasks: run ${run + 1}/${runs} done\n`);
  }
  return longest;
}

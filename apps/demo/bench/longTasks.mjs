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

/** Runs `runs` times over every route; the longest task (ms) per route, one value a run. */
export async function measureLongTasks(browser, base, { runs, slowdown }) {
  const longest = new Map(longTaskRoutes.map((route) => [route, []]));
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      globalThis.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          globalThis.__longest = Math.max(globalThis.__longest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    // The first visit builds the sample; it is the load benchmark's, not this one's.
    await page.goto(base);
    await page.locator('main .demo-working').waitFor({ state: 'detached', timeout: 120_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    for (const route of longTaskRoutes) {
      await page.goto(`${base}${route}`);
      const heading = page.locator('main h1');
      await heading.waitFor({ timeout: 120_000 });
      // The pages are named here by hand (a .mjs bench cannot read the TypeScript route table):
      // a renamed route must stop the run, not be measured as the not-found page.
      if ((await heading.innerText()) === 'Page not found')
        throw new Error(`bench/longTasks.mjs: ${route} is not a page of the demo any more`);
      await page.locator('main .demo-working').waitFor({ state: 'detached', timeout: 240_000 });
      // Tasks that follow the answer (layout, effects) land within a second or so.
      await page.waitForTimeout(1_500);
      longest.get(route).push(await page.evaluate(() => globalThis.__longest));
    }
    await context.close();
    process.stderr.write(`long tasks: run ${run + 1}/${runs} done\n`);
  }
  return longest;
}

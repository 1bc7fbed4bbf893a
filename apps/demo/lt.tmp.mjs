import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript(() => { const t0 = performance.now(); globalThis.__t0 = t0; globalThis.__l = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.__l.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); });
const page = await context.newPage();
const B = 'http://127.0.0.1:4216';
await page.goto(B + '/');
await page.locator('main .demo-working').waitFor({ state: 'detached', timeout: 120000 });
await page.waitForTimeout(1500);
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const ready = () => page.evaluate(() => document.querySelector('main h1') !== null && document.querySelector('main .demo-working') === null);
for (const r of (process.argv[2] ?? '/,/,/knowledge,/setup/organisation,/training-needs/results').split(',')) {
  for (const mode of ['locator', 'evaluate']) {
    await page.goto(B + r);
    if (mode === 'locator') { await page.locator('main h1').waitFor(); await page.locator('main .demo-working').waitFor({ state: 'detached', timeout: 120000 }); }
    else { while (!(await ready())) await new Promise((res) => setTimeout(res, 100)); }
    await page.waitForTimeout(1500);
    console.log(r, mode, JSON.stringify(await page.evaluate(() => [Math.round(globalThis.__t0), globalThis.__l])));
  }
}
await browser.close();

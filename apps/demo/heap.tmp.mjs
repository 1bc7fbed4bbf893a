import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'] });
const context = await browser.newContext();
const page = await context.newPage();
const B = 'http://127.0.0.1:4216';
await page.goto(B + '/');
await page.locator('main .demo-working').waitFor({ state: 'detached', timeout: 120000 });
await page.waitForTimeout(1500);
for (const r of ['/', '/data', '/setup/organisation']) {
  await page.goto(B + r); await page.locator('main h1').waitFor(); await page.waitForTimeout(2000);
  console.log(r, await page.evaluate(() => ({ heap: Math.round(performance.memory.usedJSHeapSize / 1e6), nodes: document.getElementsByTagName('*').length })));
}
await browser.close();

import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext();
await context.addInitScript(() => { globalThis.__l = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.__l.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true }); });
const page = await context.newPage();
await page.goto('http://127.0.0.1:4216/');
await page.locator('main .demo-working').waitFor({ state: 'detached', timeout: 120000 });
await page.waitForTimeout(1500);
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const B = 'http://127.0.0.1:4216';
for (const [label, url] of [['blank', '/blank.tmp.html'], ['app / from blank', '/'], ['blank from app', '/blank.tmp.html'], ['app /knowledge from blank', '/knowledge'], ['app /data from app', '/data'], ['app /data again', '/data'], ['blank', '/blank.tmp.html?2'], ['/data from blank', '/data']]) {
  await page.goto(B + url);
  if (!url.includes('blank')) await page.locator('main h1').waitFor();
  await page.waitForTimeout(2000);
  console.log(label, await page.evaluate(() => globalThis.__l));
}
await browser.close();

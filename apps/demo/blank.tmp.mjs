import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext();
for (const rate of [1, 4]) {
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto('http://127.0.0.1:4216/blank.tmp.html');
await cdp.send('Emulation.setCPUThrottlingRate', { rate });
await page.addInitScript(() => { globalThis.__l = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.__l.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true }); });
for (let i = 0; i < 4; i++) {
  await page.goto('http://127.0.0.1:4216/blank.tmp.html?' + i);
  await page.waitForTimeout(800);
  console.log(rate, 'blank reload', await page.evaluate(() => globalThis.__l));
}
await page.close();
}
await browser.close();

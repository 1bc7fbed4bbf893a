import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext();
await context.addInitScript(() => { globalThis.__l = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.__l.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true }); });
const page = await context.newPage();
const B = 'http://127.0.0.1:4216/blank.tmp.html';
await page.goto(B);
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
for (const mb of [0, 0, 30, 30, 100, 0]) {
  await page.goto(B + '?a' + mb);
  await page.waitForTimeout(500);
  await page.evaluate((mb) => { if (mb) { const w = new Worker(URL.createObjectURL(new Blob([`const a=[];for(let i=0;i<${mb}*1e4;i++)a.push({i,s:'x'+i,o:{k:i}});postMessage(1)`]))); return new Promise((r) => (w.onmessage = r)); } }, mb);
  await page.waitForTimeout(300);
  await page.goto(B + '?b' + mb);
  await page.waitForTimeout(800);
  console.log('after page with worker of', mb, await page.evaluate(() => globalThis.__l));
}
await browser.close();

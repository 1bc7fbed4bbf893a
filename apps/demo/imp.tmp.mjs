import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const chunk of process.argv.slice(2)) for (const rate of [1, 4]) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4216/blank.tmp.html');
  const cdp = await context.newCDPSession(page);
  // warm the HTTP cache and compile cache? No: fetch only
  await page.evaluate(async (u) => { await fetch(u); }, '/assets/' + chunk);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const ms = await page.evaluate(async (u) => { const t = performance.now(); await import(u); return performance.now() - t; }, '/assets/' + chunk);
  console.log(chunk, rate + '×', ms.toFixed(1), 'ms');
  await context.close();
}
await browser.close();

// Temporary: which work fills each main-thread task over 50 ms (Chromium trace).
import { chromium } from '@playwright/test';
const [, , path = '/setup/organisation', port = '4210', warm = 'warm'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
if (warm === 'warm') { await page.goto(`http://127.0.0.1:${port}/`); await page.waitForTimeout(5000); }
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
await page.goto(`http://127.0.0.1:${port}${path}`);
await page.waitForTimeout(7000);
const trace = JSON.parse((await browser.stopTracing()).toString());
const events = trace.traceEvents;
const names = new Map();
for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
const main = events.filter((e) => names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.ph === 'X');
const tasks = main.filter((e) => e.name === 'RunTask' && e.dur > 30_000);
const t0 = Math.min(...main.map((e) => e.ts));
for (const task of tasks) {
  const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur);
  // direct children only (not nested in another inside event)
  const top = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur));
  const sum = new Map();
  for (const e of inside) {
    const label = e.name + (e.args?.data?.url ? ' ' + e.args.data.url.split('/').pop() : '') + (e.args?.data?.functionName ? ' ' + e.args.data.functionName : '');
    sum.set(label, (sum.get(label) ?? 0) + e.dur / 1000);
  }
  console.log(`TASK ${(task.dur / 1000).toFixed(1)} ms at ${((task.ts - t0) / 1000).toFixed(0)} ms; top: ${top.map((e) => `${e.name}${e.args?.data?.url ? '(' + e.args.data.url.split('/').pop() + ')' : ''} ${(e.dur / 1000).toFixed(1)}`).join(', ')}`);
  console.log('   ' + [...sum].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(' | '));
}
await browser.close();

// usage: node trace.mjs <base> <route>...   (run from apps/demo so 'playwright' resolves)
import { chromium } from '@playwright/test';
const [base, ...routes] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page0 = await context.newPage();
const page = page0;
await page.goto(base);
await page.locator('main .demo-working').waitFor({ state: 'detached', timeout: 120000 });
await page.waitForTimeout(1000);
const cdp0 = await context.newCDPSession(page);
await cdp0.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.SLOW ?? 4) });
for (const route of routes) {
  let page = page0;
  let cdp = cdp0;
  if (process.env.NEWPAGE) { page = await context.newPage(); cdp = await context.newCDPSession(page); await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.SLOW ?? 4) }); }
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: process.env.CATS ?? 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  await page.goto(base + route);
  await page.locator('main h1').waitFor();
  await page.locator('main .demo-working').waitFor({ state: 'detached', timeout: 240000 });
  await page.waitForTimeout(1500);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  cdp.removeAllListeners('Tracing.dataCollected');
  if (process.env.NEWPAGE) await page.close();
  // main thread: the renderer's CrRendererMain
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mains = new Set(names.map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 30000).sort((a, b) => b.dur - a.dur);
  console.log(`\n${route}: ${tasks.length} tasks > 30 ms`);
  for (const t of tasks.slice(0, 4)) {
    const kids = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > Number(process.env.MIN ?? 2000));
    if (process.env.DUMP) for (const k of kids.sort((a,b)=>a.ts-b.ts)) console.log('       .', ((k.ts-t.ts)/1000).toFixed(1), (k.dur/1000).toFixed(1), k.name, JSON.stringify(k.args?.data ?? k.args ?? {}).slice(0,160));
    if (process.env.ALL) { const a2=new Map(); for (const k of onMain.filter((e)=> e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur)) { const v=a2.get(k.name)??[0,0]; v[0]+=k.dur; v[1]++; a2.set(k.name,v);} for (const [k,v] of [...a2].sort((a,b)=>b[1][0]-a[1][0]).slice(0,15)) console.log('        *', (v[0]/1000).toFixed(1), v[1], k); }
    const agg = new Map();
    for (const k of kids) {
      const key = k.name + (k.args?.data?.url ? ' ' + k.args.data.url.split('/').pop() : '') + (k.args?.data?.functionName ? ' ' + k.args.data.functionName : '');
      agg.set(key, (agg.get(key) ?? 0) + k.dur);
    }
    console.log(`  task ${(t.dur / 1000).toFixed(1)} ms`);
    for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`     ${(v / 1000).toFixed(1)}  ${k}`);
  }
}
await browser.close();

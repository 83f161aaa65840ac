import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ v: e.value, t: Math.round(e.startTime), src: e.sources.map((s) => `${s.node?.nodeName}.${String(s.node?.className ?? '').slice(0, 50)} ${JSON.stringify(s.previousRect)}→${JSON.stringify(s.currentRect)}`) });
  }).observe({ type: 'layout-shift', buffered: true });
});
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto('http://127.0.0.1:3303/learn/database');
const h = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0; y < h; y += 700) { await page.evaluate((t) => scrollTo(0, t), y); await page.waitForTimeout(150); }
await page.waitForTimeout(4000);
console.log(JSON.stringify(await page.evaluate(() => window.__shifts.filter((s) => s.v > 0.001)), null, 1));
await browser.close();

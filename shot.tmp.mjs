import { chromium } from '@playwright/test';
const [,, path, w, h, out, js] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const ctx = await browser.newContext({ viewport: { width: Number(w), height: Number(h) }, javaScriptEnabled: js !== 'nojs', hasTouch: Number(w) < 500, isMobile: false });
const page = await ctx.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`http://127.0.0.1:3303${path}`);
await page.waitForTimeout(1500);
const figs = await page.locator('[data-sim]').all();
for (const [i, f] of figs.entries()) {
  await f.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1200);
  const box = await f.boundingBox();
  console.log('figure', i, Math.round(box.height));
  if (i === Number(process.env.FIG ?? 0)) await f.screenshot({ path: out });
}
console.log('scrollWidth', await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]));
await browser.close();

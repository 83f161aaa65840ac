import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true })).newPage();
await page.goto(`http://127.0.0.1:3303${process.argv[2]}`);
await page.waitForTimeout(1000);
for (let y = 0; y < 30000; y += 700) { await page.evaluate((t) => scrollTo(0, t), y); await page.waitForTimeout(100); }
await page.waitForTimeout(1500);
console.log(await page.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > innerWidth + 1 && r.width > 0) out.push(`${el.tagName}.${String(el.className).slice(0, 60)} right=${Math.round(r.right)} w=${Math.round(r.width)} ${el.tagName === "SPAN" ? el.outerHTML.slice(0, 120) + " parent:" + el.parentElement.outerHTML.slice(0, 160) : ""}`);
  }
  return [document.documentElement.scrollWidth, out.slice(0, 12)];
}));
await browser.close();

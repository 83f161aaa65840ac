import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctxNo = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
const p0 = await ctxNo.newPage();
await p0.goto('http://127.0.0.1:3303/learn/database');
const server = await p0.locator('[role=group][aria-label=Settings]').evaluateAll((els) => els.map((e) => [e.innerText.replace(/\s+/g, ' '), Math.round(e.getBoundingClientRect().height)]));
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.goto('http://127.0.0.1:3303/learn/database');
const h = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0; y < h; y += 700) { await page.evaluate((t) => scrollTo(0, t), y); await page.waitForTimeout(100); }
await page.waitForTimeout(2000);
const live = await page.locator('[role=group][aria-label=Settings]').evaluateAll((els) => els.map((e) => [e.innerText.replace(/\s+/g, ' '), Math.round(e.getBoundingClientRect().height)]));
console.log(JSON.stringify({ server, live }, null, 1));
await browser.close();

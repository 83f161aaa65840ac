import { expect, test, type Page } from '@playwright/test';
import { securityHeaders } from '../deploy/security-headers.mjs';
import { chapters } from './helpers';

const lessons = chapters();
const expected = securityHeaders();

/** Pages that always exist, one lesson, a hashed asset and a 404: every response carries the headers. */
test('every response carries the security headers', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const asset = /\/_next\/static\/chunks\/[\w.-]+\.js/.exec(html)?.[0];
  const paths = ['/', '/learn', `/learn/${lessons[0]!.slug}`, '/glossary', '/robots.txt', '/no-such-page', ...(asset ? [asset] : [])];
  for (const path of paths) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(path === '/no-such-page' ? 404 : 200);
    const got = Object.fromEntries(expected.map((h) => [h.key, res.headers()[h.key.toLowerCase()]]));
    expect(got, path).toEqual(Object.fromEntries(expected.map((h) => [h.key, h.value])));
  }
  const csp = expected.find((h) => h.key === 'Content-Security-Policy')!.value;
  expect(csp).not.toContain('unsafe-eval');
});

/** Collects CSP violations from the page (the DOM event) and from the console (Chromium's report). */
async function watchViolations(page: Page) {
  const seen: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) seen.push(msg.text());
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const where = e.sourceFile ? ` at ${e.sourceFile.replace(location.origin, '')}:${e.lineNumber}:${e.columnNumber}` : '';
      console.error(`Refused to load ${e.blockedURI || 'inline'} (Content Security Policy: ${e.violatedDirective})${where}`);
    });
  });
  return seen;
}

test('pages run under the CSP without a single violation', async ({ page, request }) => {
  const seen = await watchViolations(page);
  const playground = (await request.get('/playground/queue')).ok() ? ['/playground/queue'] : (await request.get('/playground')).ok() ? ['/playground'] : [];
  for (const path of ['/', ...lessons.map((c) => `/learn/${c.slug}`), ...playground]) {
    // Not 'networkidle': Chromium leaves some cancelled RSC prefetches open, so it may never come.
    await page.goto(path, { waitUntil: 'load' });
    // Scroll through the page so lazily loaded simulations (and their workers) start too, then
    // let the browser go idle so their scripts have run.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(r));
      }
      await new Promise((r) => requestIdleCallback(r, { timeout: 2_000 }));
    });
    expect(seen, path).toEqual([]);
  }
});

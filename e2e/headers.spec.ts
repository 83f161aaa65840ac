import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { inlineScriptHashes } from '../deploy/csp-hashes.mjs';
import { contentSecurityPolicy, securityHeaders } from '../deploy/security-headers.mjs';
import { closingRequest, rawRequest, type RawAnswer } from '../scripts/raw-http.mjs';
import { chapters } from './helpers';

const lessons = chapters();

/**
 * The fixed headers, and a CSP that is the site's policy with script-src naming (at least) the
 * hashes of every inline script in `html`, and never 'unsafe-inline'. `exact`: a prerendered page's
 * own policy names exactly its scripts; the catch-all (404) policy may name the error page's too.
 */
async function expectSecurityHeaders(res: APIResponse, path: string, html: string, { exact }: { exact: boolean }) {
  const csp = res.headers()['content-security-policy'] ?? '';
  const sent = [...csp.matchAll(/'sha256-[\w+/=]+'/g)].map((m) => m[0]);
  const needed = inlineScriptHashes(html);
  if (exact) expect(sent, path).toEqual(needed);
  else expect(sent, path).toEqual(expect.arrayContaining(needed));
  const expected = securityHeaders({ scriptHashes: sent });
  const got = Object.fromEntries(expected.map((h) => [h.key, res.headers()[h.key.toLowerCase()]]));
  expect(got, path).toEqual(Object.fromEntries(expected.map((h) => [h.key, h.value])));
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc, path).not.toContain('unsafe-inline');
  expect(scriptSrc, path).not.toContain('unsafe-eval');
}

/** Pages that always exist, one lesson, a hashed asset and a 404: every response carries the headers. */
test('every response carries the security headers, and each page a CSP with its own script hashes', async ({ request }) => {
  const home = await (await request.get('/')).text();
  const asset = /\/_next\/static\/chunks\/[\w.-]+\.js/.exec(home)?.[0];
  const paths = ['/', '/learn', `/learn/${lessons[0]!.slug}`, '/glossary', '/practice', '/robots.txt', '/no-such-page', ...(asset ? [asset] : [])];
  for (const path of paths) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(path === '/no-such-page' ? 404 : 200);
    const isHtml = res.headers()['content-type']?.startsWith('text/html') ?? false;
    // Non-HTML responses run no scripts: they get the catch-all policy (the 404 page's hashes).
    const html = isHtml ? await res.text() : await (await request.get('/no-such-page')).text();
    await expectSecurityHeaders(res, path, html, { exact: isHtml && path !== '/no-such-page' });
    if (isHtml) expect(inlineScriptHashes(html).length, `${path} has inline scripts to hash`).toBeGreaterThan(0);
  }
  expect(/script-src ([^;]*)/.exec(contentSecurityPolicy())?.[1]).toBe("'self'");
});

test('a path that cannot be percent-decoded gets the site 404 page with the security headers, not a 500', async ({ request }) => {
  for (const path of ['/learn/%ff', '/learn/%', '/playground/%ff', '/learn/%ff?x=1']) {
    const res = await request.get(path);
    expect([400, 404], path).toContain(res.status());
    const html = await res.text();
    expect(html, path).toContain('This page is not in the course');
    await expectSecurityHeaders(res, path, html, { exact: false });
  }
});

/** Every security header exactly once, with the base policy (an answer with no inline script). */
function expectBaseHeaders(r: RawAnswer, what: string) {
  for (const h of securityHeaders()) expect(r.headers.filter(([k]) => k === h.key.toLowerCase()).map(([, v]) => v), `${what}: ${h.key}`).toEqual([h.value]);
}

const portOf = (baseURL: string | undefined) => Number(new URL(baseURL ?? 'http://127.0.0.1:3210').port);

test('every route answers GET and HEAD only: 405 with Allow: GET, HEAD and the security headers for anything else, and never renders the page', async ({ baseURL }) => {
  const port = portOf(baseURL);
  const routes = ['/', `/learn/${lessons[0]!.slug}`, '/learn', '/playground/queue', '/progress', '/practice', '/robots.txt', '/no-such-page'];
  // TRACE is not here: under bare `next start` Next cannot build a request for it and answers a
  // bare 500; `npm start` and nginx answer it 405 (scripts/cluster-test.mjs checks both). CONNECT is
  // Node's to refuse: with no 'connect' listener it closes the connection unanswered.
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'OPTIONS'])
    for (const route of routes) {
      const r = await rawRequest(port, closingRequest(method, route));
      const what = `${method} ${route}`;
      expect(r.status, what).toBe(405);
      expect(r.headers.filter(([k]) => k === 'allow').map(([, v]) => v), what).toEqual(['GET, HEAD']);
      expectBaseHeaders(r, what);
      expect(r.body, what).not.toContain('<html');
    }
  for (const route of routes) {
    const r = await rawRequest(port, closingRequest('HEAD', route));
    expect(r.status, `HEAD ${route}`).toBe(route === '/no-such-page' ? 404 : 200);
    expect(r.headers.some(([k]) => k === 'content-security-policy'), `HEAD ${route}`).toBe(true);
  }
});

test('a path with a trailing slash redirects (308) to the one without, with the security headers', async ({ baseURL }) => {
  const port = portOf(baseURL);
  const cases: [string, string][] = [
    [`/learn/${lessons[0]!.slug}/`, `/learn/${lessons[0]!.slug}`],
    ['/playground/queue/?queue.workers=2', '/playground/queue?queue.workers=2'],
  ];
  for (const [path, to] of cases) {
    const r = await rawRequest(port, closingRequest('GET', path));
    expect(r.status, path).toBe(308);
    expect(r.headers.find(([k]) => k === 'location')?.[1], path).toBe(to);
    expectBaseHeaders(r, path);
  }
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

const staticPages = ['/', '/learn', '/glossary', '/reference/latency', '/playground', '/practice', '/practice/review', '/practice/mock', '/practice/challenges', '/progress', '/authoring'];

// Every kind of page, in three tests so the two workers share them.
const pagesByKind = {
  'static page': staticPages,
  lesson: lessons.map((c) => `/learn/${c.slug}`),
  'playground and error page': ['/playground/queue', '/playground/sharding', '/no-such-page', '/learn/%ff'],
};

for (const [kind, paths] of Object.entries(pagesByKind)) {
  test(`every ${kind} runs under the CSP without a single violation`, async ({ page }) => {
    test.setTimeout(120_000);
    const seen = await watchViolations(page);
    for (const path of paths) {
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
}

test('client-side navigation between pages causes no CSP violation', async ({ page }) => {
  const seen = await watchViolations(page);
  await page.goto('/', { waitUntil: 'load' });
  await page.getByRole('link', { name: lessons[0]!.frontmatter.title }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: lessons[0]!.frontmatter.title })).toBeVisible();
  expect(seen).toEqual([]);
});

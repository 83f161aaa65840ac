import { expect, test } from '@playwright/test';
import { chapters, expectNoAxeViolations, useTheme } from './helpers';

const all = chapters();
// Every simulation component is named …Sim (plus the explorer), as the reading-time estimate counts them.
const SIM_NAMES = /<([A-Z][A-Za-z]*Sim|ScalingExplorer)\b/g;

for (const chapter of all) {
  test(`chapter "${chapter.slug}" renders its simulations and questions`, async ({ page }) => {
    await page.goto(`/learn/${chapter.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.frontmatter.title);
    const sims = chapter.body.match(SIM_NAMES) ?? [];
    // Each simulation has a labelled region (placeholder or live) with the same accessible name pattern.
    await expect(page.locator('[data-sim]')).toHaveCount(sims.length);
    const questions = page.getByRole('region', { name: 'Interview questions' }).getByRole('listitem').filter({ has: page.getByText('Show the model answer') });
    await expect(questions).toHaveCount(chapter.frontmatter.questions.length);
  });
}

test('every internal link on the course pages resolves', async ({ page, request }) => {
  const pages = ['/', '/learn', '/glossary', '/reference/latency', ...all.map((c) => `/learn/${c.slug}`)];
  const seen = new Set<string>();
  for (const p of pages) {
    await page.goto(p);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      const [path = '/', hash] = href.split('#');
      if (!seen.has(path)) {
        seen.add(path);
        expect((await request.get(path)).status(), `${p} → ${href}`).toBe(200);
      }
      if (hash && path.startsWith('/learn/')) {
        const html = await (await request.get(path)).text();
        expect(html, `${p} → ${href}`).toContain(`id="${hash}"`);
      }
    }
  }
});

test('search finds "sticky" and lands on the clones chapter heading', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search' });
  // The shortcut works once the page has hydrated; until then a key press does nothing, so retry it.
  await expect(async () => {
    if (!(await box.isVisible())) await page.keyboard.press('/');
    await expect(box).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await box.fill('sticky');
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
  await expect(first).toContainText(/sticky/i);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/learn\/clones#[a-z0-9-]*sticky[a-z0-9-]*$/);
  const id = new URL(page.url()).hash;
  await expect(page.locator(id)).toBeInViewport();
});

test('glossary terms in lessons link to their entries', async ({ page }) => {
  const clones = all.find((c) => c.slug === 'clones') ?? all[0]!;
  await page.goto(`/learn/${clones.slug}`);
  const term = page.getByRole('article').locator('a[href^="/glossary#"]').first();
  const href = (await term.getAttribute('href'))!;
  await term.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();
});

// One test per page and theme, so the two workers share them (a lesson, with its figures'
// server-rendered HTML, gives axe a lot to read: 15-30 s on a loaded machine).
for (const theme of ['light', 'dark'] as const) {
  for (const p of [...all.map((c) => `/learn/${c.slug}`), '/glossary', '/reference/latency', '/learn']) {
    test(`axe finds no violations on ${p} (${theme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await useTheme(page, theme);
      await page.goto(p);
      await expectNoAxeViolations(page);
    });
  }
}

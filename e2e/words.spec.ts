import { expect, test, type Page } from '@playwright/test';
import { chapters } from './helpers';

// What a learner reads and where the page leaves them: diagrams legible on a phone, options in
// words, search that lands on its heading and knows other names, focus kept after a prediction,
// keyboard hints only where there is a keyboard, and a latency page whose bars every reader sees.

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Smallest rendered text (CSS px) of every diagram shown on the page, and how many were shown. */
async function diagramText(page: Page): Promise<{ shown: number; smallest: number; where: string }> {
  return page.evaluate(() => {
    let smallest = Infinity;
    let where = '';
    let shown = 0;
    for (const svg of document.querySelectorAll<SVGSVGElement>('.figure-body svg')) {
      const width = svg.getBoundingClientRect().width;
      if (width === 0 || getComputedStyle(svg).display === 'none') continue;
      shown++;
      const scale = width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) {
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (px < smallest) [smallest, where] = [px, `${t.textContent} in ${svg.getAttribute('aria-label')}`];
      }
    }
    return { shown, smallest, where };
  });
}

/** Opens the search dialog (once the header is interactive) and types a query. */
async function search(page: Page, query: string) {
  const box = page.getByRole('searchbox');
  await expect(async () => {
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(box).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await box.fill(query);
  return page.getByRole('list', { name: 'Search results' });
}

test.describe('on a phone', () => {
  test.use(PHONE);

  test('every lesson diagram shows its phone layout, with text at 11 px or more', async ({ page }) => {
    for (const c of chapters()) {
      await page.goto(`/learn/${c.slug}`);
      const { shown, smallest, where } = await diagramText(page);
      if (c.body.includes('<svg')) expect(shown, c.slug).toBeGreaterThan(0);
      expect(smallest, `${c.slug}: ${where}`).toBeGreaterThanOrEqual(11);
    }
  });

  test('flashcards list no keyboard shortcuts', async ({ page }) => {
    await page.goto('/practice/review');
    await expect(page.getByRole('button', { name: /Show the answer|Run the simulation/ })).toBeVisible();
    await expect(page.getByTestId('review-keys')).toBeHidden();
    await expect(page.locator('kbd:visible')).toHaveCount(0);
  });

  test('/reference/latency shows the bars its text describes', async ({ page }) => {
    await page.goto('/reference/latency');
    await expect(page.getByText(/Bars use a logarithmic scale/)).toBeVisible();
    const rows = await page.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(10);
    await expect(page.getByTestId('latency-bar').locator('visible=true')).toHaveCount(rows);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('search lands "Little\'s law" at the top of the screen', async ({ page }) => {
    await page.goto('/');
    const results = await search(page, "Little's law");
    await results.getByRole('link', { name: /Little.s law/ }).first().click();
    await page.waitForURL(/\/learn\/asynchronism#littles-law$/);
    const heading = page.locator('#littles-law');
    const headerBottom = await page.locator('header').first().evaluate((h) => h.getBoundingClientRect().bottom);
    // Figures above it grow into their live size while the page settles: the heading must stay put.
    await expect.poll(() => heading.evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeGreaterThanOrEqual(headerBottom);
    await expect.poll(() => heading.evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThanOrEqual(headerBottom + 40);
    await expect(page.locator('[data-sim] > figure[data-live]').first()).toBeAttached({ timeout: 30_000 });
    const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(top).toBeLessThanOrEqual(headerBottom + 40);
  });
});

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('every lesson diagram shows its wide layout, with text at 11 px or more', async ({ page }) => {
    for (const c of chapters()) {
      await page.goto(`/learn/${c.slug}`);
      const { smallest, where } = await diagramText(page);
      expect(smallest, `${c.slug}: ${where}`).toBeGreaterThanOrEqual(11);
      expect(await page.locator('.figure-body svg[data-layout="phone"]:visible').count(), c.slug).toBe(0);
    }
  });

  test('flashcards list their keyboard shortcuts', async ({ page }) => {
    await page.goto('/practice/review');
    await expect(page.getByTestId('review-keys')).toBeVisible();
  });

  test('search knows other names: "thundering herd" finds the cache stampede', async ({ page }) => {
    await page.goto('/');
    const results = await search(page, 'thundering herd');
    await expect(results.getByRole('link', { name: /Cache stampede/ }).first()).toBeVisible();
    await page.getByRole('searchbox').fill('dog-piling');
    await expect(results.getByRole('link', { name: /Cache stampede/ }).first()).toBeVisible();
  });

  test('Enter on a prediction keeps focus where the learner is: on the verdict, not the top of the page', async ({ page }) => {
    await page.goto('/learn/asynchronism');
    const form = page.locator('form.predict').filter({ has: page.getByRole('spinbutton', { name: 'Your guess' }) }).first();
    const guess = form.getByRole('spinbutton', { name: 'Your guess' });
    await guess.scrollIntoViewIfNeeded();
    const lockIn = form.getByRole('button', { name: 'Lock in my prediction' });
    // Typed before hydration, the value would not reach React: retry until the button wakes up.
    await expect(async () => {
      await guess.fill('');
      await guess.fill('40');
      await expect(lockIn).toBeEnabled({ timeout: 1_000 });
    }).toPass();
    const before = await page.evaluate(() => scrollY);
    await guess.press('Enter');
    const verdict = form.getByTestId('predict-result');
    await expect(verdict).toBeFocused();
    await expect(verdict).toContainText(/the answer is about 50 ms|Close|Right/);
    expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThan(200);
    // Tab goes on from there, into the figure below, not back to the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('header') === null && document.activeElement !== document.body)).toBe(true);
  });

  test('controls name their options in words, not code names', async ({ page }) => {
    for (const [path, control, words] of [
      ['/playground/load-balancer', 'Algorithm', ['round robin', 'least connections', 'power of two choices']],
      ['/playground/cache', 'Eviction', ['least recently used (LRU)', 'least frequently used (LFU)']],
    ] as const) {
      await page.goto(path);
      const select = page.getByRole('combobox', { name: control, exact: true }).first();
      await expect(select).toBeVisible();
      const options = await select.locator('option').allTextContents();
      for (const w of words) expect(options, path).toContain(w);
      for (const o of options) expect(o, path).not.toMatch(/^[a-z]+(-[a-z]+)+$|^(lru|lfu|fifo)$/);
    }
  });
});

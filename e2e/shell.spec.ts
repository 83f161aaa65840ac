import { expect, test } from '@playwright/test';
import { chapters, expectNoAxeViolations, useTheme } from './helpers';

const all = chapters();
const withCode = all.find((c) => c.body.includes('```')) ?? all[0]!;

test('home lists the chapters in course order', async ({ page }) => {
  await page.goto('/');
  const list = page.getByRole('list', { name: 'Chapters' });
  const titles = await list.getByRole('heading').allTextContents();
  expect(titles).toEqual(all.map((c) => c.frontmatter.title));
});

test('a lesson renders its title and shiki-highlighted code in the server HTML', async ({ page, request }) => {
  const html = await (await request.get(`/learn/${withCode.slug}`)).text();
  expect(html).toContain('class="shiki shiki-themes');
  expect(html).toMatch(/<span style="color:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}">/i);
  await page.goto(`/learn/${withCode.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(withCode.frontmatter.title);
  await expect(page.getByRole('button', { name: /copy/i }).first()).toBeVisible();
});

test('table of contents links scroll to their headings', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const chapter = all[0]!;
  await page.goto(`/learn/${chapter.slug}`);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(2);
  const last = links.nth(count - 2);
  const href = (await last.getAttribute('href'))!;
  await last.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href)).toBeInViewport();
});

test('previous and next links walk the course', async ({ page }) => {
  test.skip(all.length < 2, 'needs two chapters');
  await page.goto(`/learn/${all[0]!.slug}`);
  const nav = page.getByRole('navigation', { name: 'Previous and next chapter' });
  await nav.getByRole('link', { name: new RegExp(`Next\\s*${all[1]!.frontmatter.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  await expect(page).toHaveURL(`/learn/${all[1]!.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(all[1]!.frontmatter.title);
  await page.getByRole('navigation', { name: 'Previous and next chapter' }).getByRole('link', { name: /Previous/ }).click();
  await expect(page).toHaveURL(`/learn/${all[0]!.slug}`);
});

test('the theme toggle persists across a reload, applied before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { darkAtLoad: boolean }).darkAtLoad = document.documentElement.classList.contains('dark');
    });
  });
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { darkAtLoad: boolean }).darkAtLoad)).toBe(true);
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
});

test('unknown pages get the 404 page', async ({ page }) => {
  const res = await page.goto('/learn/no-such-chapter');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'This page is not in the course' })).toBeVisible();
  await page.getByRole('link', { name: 'Course map' }).click();
  await expect(page).toHaveURL('/learn');
});

test('sitemap and robots are served', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const c of all) expect(sitemap).toContain(`/learn/${c.slug}</loc>`);
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
});

test('a phone-size viewport shows a usable menu', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const mobile = page.getByRole('navigation', { name: 'Mobile' });
  await mobile.getByRole('link', { name: new RegExp(all[0]!.frontmatter.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
  await expect(page).toHaveURL(`/learn/${all[0]!.slug}`);
  await expect(page.getByRole('navigation', { name: 'Mobile' })).toBeHidden();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on home and a lesson (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto('/');
    await expectNoAxeViolations(page);
    await page.goto(`/learn/${withCode.slug}`);
    await expectNoAxeViolations(page);
  });
}

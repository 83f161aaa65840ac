import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { loadChapters } from '../lib/content/chapters';

/** The published chapters, in course order, read the same way the site reads them. */
export const chapters = () => loadChapters({ includeDrafts: false });

/** Fails with the list of axe violations (WCAG 2.x A/AA and best practices). */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  expect(summary).toEqual([]);
}

/** Sets the saved theme before any page script runs. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((t) => localStorage.setItem('prepup-theme', t), theme);
}

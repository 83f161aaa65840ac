import { expect, test } from '@playwright/test';
import { registryNames } from '../components/mdx/registry';

test('the authoring catalog renders every registry component, and only those', async ({ page }) => {
  await page.goto('/authoring');
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings).toEqual(registryNames().map((n) => `<${n}>`));
  for (const name of registryNames()) {
    await expect(page.getByRole('region', { name: `<${name}>` })).toBeVisible();
  }
});

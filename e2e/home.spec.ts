import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, useTheme } from './helpers';

test('the home page runs a live mini-simulation above the fold without shifting the layout', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const sim = page.getByRole('figure', { name: /one slow server/i });
  await expect(sim).toBeInViewport();
  const leastConnections = sim.getByRole('radio', { name: 'Least connections' });
  await expect(leastConnections).toBeVisible();
  await leastConnections.check();
  await expect(leastConnections).toBeChecked();
  await expect(sim.getByText('p99 latency')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.01);
});

test('axe finds no violations on the home page with the mini-simulation loaded (dark)', async ({ page }) => {
  await useTheme(page, 'dark');
  await page.goto('/');
  await expect(page.getByRole('radio', { name: 'Round robin' })).toBeVisible();
  await expectNoAxeViolations(page);
});

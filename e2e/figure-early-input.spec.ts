import { expect, test, type Page } from '@playwright/test';

// What a learner does to a figure's server HTML before its code arrives is kept, not lost.

/** Holds every script chunk requested from now on until the returned function is called. */
async function holdChunks(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  // Scripts only: held stylesheets would block the page's inline scripts and so its HTML.
  await page.route(/\/_next\/static\/chunks\/.*\.js(\?|$)/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * The page has hydrated and warmed up the code every figure shares (`<html data-sims-ready>`), so
 * what {@link holdChunks} holds back from then on is a figure's own code. (Not 'networkidle':
 * cancelled prefetches can keep it from ever coming.)
 */
async function pageReady(page: Page) {
  await expect(page.locator('html[data-sims-ready]')).toBeAttached({ timeout: 30_000 });
}

test.describe('a figure touched before it is live', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a Capacity change on the server HTML is applied to the live figure, which keeps focus on the slider', async ({ page }) => {
    await page.goto('/learn/cache');
    await pageReady(page);
    const release = await holdChunks(page);
    const wrapper = page.locator('[data-sim]').first();
    await wrapper.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    const frozen = wrapper.getByRole('slider', { name: 'Capacity' });
    await expect(frozen).toHaveValue('500');
    await frozen.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(frozen).toHaveValue('600');
    // Still the server HTML: its code is held back.
    await expect(wrapper.locator(':scope > figure[data-live]')).toHaveCount(0);
    release();
    const live = wrapper.locator(':scope > figure[data-live]');
    await expect(live).toBeAttached({ timeout: 30_000 });
    const slider = live.getByRole('slider', { name: 'Capacity' });
    await expect(slider).toHaveValue('600');
    await expect(slider).toBeFocused();
    await expect(slider).toHaveAttribute('aria-valuetext', /^600\b/);
    // The run restarted with the new setting (the store has it, not only the slider).
    await expect(live.getByRole('link', { name: 'Open in the playground' })).toHaveAttribute('href', /cache\.capacity=600/);
  });

  test('focusing a control of a figure far below the screen loads that figure at once', async ({ page }) => {
    await page.goto('/learn/cache');
    await pageReady(page);
    const wrapper = page.locator('[data-sim]').first();
    await expect(wrapper.locator(':scope > figure[data-live]')).toHaveCount(0);
    await wrapper.getByRole('slider', { name: 'Capacity' }).evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
    await expect(wrapper).not.toBeInViewport();
    await expect(wrapper.locator(':scope > figure[data-live]')).toBeAttached({ timeout: 30_000 });
    await expect(wrapper.locator(':scope > figure[data-live]').getByRole('slider', { name: 'Capacity' })).toBeFocused();
  });

  test('Skip pressed on the server HTML releases the live figure', async ({ page }) => {
    await page.goto('/learn/cache');
    await pageReady(page);
    const release = await holdChunks(page);
    const wrapper = page.locator('[data-sim]').first();
    await wrapper.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await wrapper.getByRole('button', { name: 'Skip', exact: true }).click();
    release();
    const live = wrapper.locator(':scope > figure[data-live]');
    await expect(live).toBeAttached({ timeout: 30_000 });
    await expect(live.getByText('Make your prediction above, or skip.')).toHaveCount(0);
    await expect(live.getByRole('button', { name: 'Play' })).toBeEnabled();
  });

  // A gated figure's server HTML has no Speed (the prediction notice stands in for the playback
  // row, and every lesson figure follows a <Predict>): a select there is a setting's.
  test('an Eviction picked on the server HTML is the live figure’s, which keeps focus on it', async ({ page }) => {
    await page.goto('/learn/cache');
    await pageReady(page);
    const release = await holdChunks(page);
    const wrapper = page.locator('[data-sim]').first();
    await wrapper.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    const frozen = wrapper.getByRole('combobox', { name: 'Eviction' });
    await expect(frozen).toHaveValue('lru');
    await frozen.focus();
    await frozen.selectOption('lfu');
    // Still the server HTML: its code is held back.
    await expect(wrapper.locator(':scope > figure[data-live]')).toHaveCount(0);
    release();
    const live = wrapper.locator(':scope > figure[data-live]');
    await expect(live).toBeAttached({ timeout: 30_000 });
    await expect(live.getByRole('combobox', { name: 'Eviction' })).toHaveValue('lfu');
    await expect(live.getByRole('combobox', { name: 'Eviction' })).toBeFocused();
    // The store has it, not only the select.
    await expect(live.getByRole('link', { name: 'Open in the playground' })).toHaveAttribute('href', /cache\.policy=lfu/);
  });

  test('a change made before the page’s JavaScript has run at all is kept too', async ({ page }) => {
    const release = await holdChunks(page);
    await page.goto('/learn/cache', { waitUntil: 'commit' });
    const wrapper = page.locator('[data-sim]').first();
    const frozen = wrapper.getByRole('slider', { name: 'Capacity' });
    await expect(frozen).toHaveValue('500');
    await wrapper.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await frozen.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(frozen).toHaveValue('450');
    release();
    const live = wrapper.locator(':scope > figure[data-live]');
    await expect(live).toBeAttached({ timeout: 30_000 });
    await expect(live.getByRole('slider', { name: 'Capacity' })).toHaveValue('450');
    await expect(live.getByRole('slider', { name: 'Capacity' })).toBeFocused();
  });
});


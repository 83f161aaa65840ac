import { expect, test, type Page } from '@playwright/test';

// The first hour of a new learner (issue 13): what they see first, how simulations count servers,
// and when a chapter counts as read.

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('status', { name: 'Run status' })).toBeVisible();
}

async function step(page: Page, times: number) {
  for (let i = 0; i < times; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
}

test.describe('home page', () => {
  test('the live demo explains itself in visible text, and the text follows the algorithm', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const sim = page.getByRole('figure', { name: /one slow server/i });
    const why = sim.getByTestId('hero-explanation');
    await expect(why).toBeVisible();
    await expect(why).toContainText('Round robin');
    const box = await why.boundingBox();
    expect(box && box.width > 100 && box.height > 10).toBe(true);
    await sim.getByRole('radio', { name: 'Least connections' }).check();
    await expect(why).toContainText('Least connections');
  });

  test.describe('on a phone', () => {
    test.use(PHONE);
    test('"Start with chapter 0" is on the first screen', async ({ page }) => {
      await page.goto('/');
      const start = page.getByRole('link', { name: /^Start with chapter 0$/ });
      await expect(start).toBeInViewport({ ratio: 1 });
      const box = await start.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
      expect(box!.height).toBeGreaterThanOrEqual(44);
    });
  });
});

test.describe('reading a chapter', () => {
  test('End straight after opening does not mark the chapter read; the button does, and undoes', async ({ page }) => {
    await page.goto('/learn/database');
    const end = page.getByTestId('chapter-read');
    const mark = end.getByRole('button', { name: 'Mark chapter as read' });
    await expect(mark).toBeVisible();
    await page.keyboard.press('End');
    // The end line was seen (it says so) but too soon to count.
    await expect(end.getByText('Finished already?')).toBeVisible();
    await expect(end.getByRole('status')).not.toContainText('Chapter read');
    await page.goto('/');
    await expect(page.getByText(/0 of \d+ chapters read/)).toBeVisible();

    await page.goto('/learn/database');
    await mark.click();
    await expect(end.getByRole('status')).toContainText('✓ Chapter read');
    await page.reload();
    await expect(end.getByRole('status')).toContainText('✓ Chapter read');
    await page.goto('/learn');
    const card = page.getByRole('list', { name: 'Chapters' }).getByRole('listitem').filter({ hasText: 'Chapter 2' });
    await expect(card.getByText('✓ Read')).toBeVisible();

    await page.goto('/learn/database');
    await end.getByRole('button', { name: 'Mark as not read' }).click();
    await expect(end.getByRole('button', { name: 'Mark chapter as read' })).toBeVisible();
    await expect(end.getByRole('status')).toHaveText('');
  });
});

test.describe('practice on a phone', () => {
  test.use(PHONE);
  for (const path of ['/practice', '/practice/review']) {
    test(`${path} is no wider than the phone`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('combobox').first()).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      for (const select of await page.getByRole('combobox').all()) {
        const box = await select.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      }
    });
  }
});

test.describe('simulations count servers from 1', () => {
  test.use({ reducedMotion: 'reduce' });

  test('sessions: the first server is server 1, and a dead one shows no load bar', async ({ page }) => {
    await open(page, '/playground/sessions');
    const servers = page.getByRole('list', { name: 'Servers' });
    await expect(servers.getByRole('listitem').first()).toHaveAccessibleName(/^server 1, serving/);
    await expect(page.getByText(/server 0\b/)).toHaveCount(0);
    await step(page, 3);
    await page.getByRole('button', { name: 'Kill server 1', exact: true }).click();
    const dead = servers.getByRole('listitem', { name: /^server 1, down/ });
    await expect(dead).toBeVisible();
    await expect(dead.getByTestId('load-bar').locator('*')).toHaveCount(0);
    const alive = servers.getByRole('listitem', { name: /^server 2, serving/ });
    await expect(alive.getByTestId('load-bar').locator('*')).toHaveCount(1);
  });

  test('deploy: tiles are numbered from server 1', async ({ page }) => {
    await open(page, '/playground/deploy');
    await expect(page.getByText('server 1', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('server 0', { exact: true })).toHaveCount(0);
  });

  test('load balancer: the "Fail server" slider runs from server 1 to the number of servers', async ({ page }) => {
    await open(page, '/playground/load-balancer');
    await page.getByRole('checkbox', { name: 'No fail server' }).uncheck();
    const slider = page.getByRole('slider', { name: 'Fail server' });
    await expect(slider).toHaveAttribute('min', '1');
    await expect(slider).toHaveAttribute('max', '4');
    await slider.focus();
    await slider.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', '4');
    await expect(page).toHaveURL(/lb\.failServer=3/);
  });
});

test.describe('simulation read-outs', () => {
  test.use({ reducedMotion: 'reduce' });

  test('cache: the theory card is exact when every key fits, and left out (with the reason) when a TTL breaks it', async ({ page }) => {
    await open(page, '/playground/cache?cache.capacity=10000&cache.ttlMs=2000');
    const card = page.getByRole('status', { name: 'Predicted hit rate (theory)', exact: true });
    await expect(card).toBeVisible();
    await expect(page.getByText(/^Exact for Poisson requests/)).toBeVisible();
    await open(page, '/playground/cache?cache.ttlMs=2000');
    await expect(card).toHaveCount(0);
    await expect(page.getByText(/^No prediction: the TTL matters here/)).toBeVisible();
  });

  test('charts name their unit on the y-axis (drawn on the canvas, and in the chart’s name)', async ({ page }) => {
    await open(page, '/playground/queue');
    await step(page, 2);
    await expect(page.getByRole('img', { name: /^User-perceived latency \(cumulative\), y-axis in ms,/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Jobs waiting and in system, y-axis in jobs,/ })).toBeVisible();
  });

  test('reduced motion: the load balancer is a still picture with large numbers', async ({ page }) => {
    await open(page, '/playground/load-balancer');
    const still = page.getByRole('group', { name: 'Servers (still picture)' });
    await expect(still.getByRole('list', { name: 'waiting requests per server' }).getByRole('listitem')).toHaveCount(4);
    await expect(still.getByRole('listitem', { name: 'server 1: 0 waiting' })).toBeVisible();
    const p99 = still.getByText('p99 latency', { exact: true });
    await expect(p99).toBeVisible();
    const size = await still.locator('dd').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
  });
});

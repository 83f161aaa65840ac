import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, useTheme } from './helpers';

// Reduced motion: nothing autoplays; numbers come from "Run to end", never from wall-clock timing.
test.use({ reducedMotion: 'reduce' });

async function metric(page: Page, name: string): Promise<number> {
  const text = (await page.getByRole('status', { name, exact: true }).textContent()) ?? '';
  return Number(text.replace(/\u2212/g, '-').replace(/[^\d.-]/g, ''));
}

async function runToEnd(page: Page) {
  await page.getByRole('button', { name: 'Run to end', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Run status' })).toHaveText('Finished', { timeout: 30_000 });
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('status', { name: 'Run status' })).toBeVisible();
}

const tierIn = (scope: Page | Locator, name: RegExp) => scope.getByRole('list', { name: 'Tiers, in the order requests pass them' }).getByRole('listitem', { name });
const tier = (page: Page, name: RegExp) => tierIn(page, name);

test('adding a tier moves the bottleneck: one box → clones behind a balancer', async ({ page }) => {
  await open(page, '/playground/system?system.stage=one-box&system.peakRate=300&system.appMachines=8');
  await runToEnd(page);
  await expect(tier(page, /^One box.*the bottleneck$/)).toBeVisible();
  const oneBoxBill = await metric(page, 'Monthly bill');
  await page.getByRole('button', { name: '+ Add clones behind a balancer' }).click();
  await expect(page.getByText('Stage 2 of 6: clones behind a balancer')).toBeVisible();
  await runToEnd(page);
  await expect(tier(page, /^Database.*the bottleneck$/)).toBeVisible();
  await expect(tier(page, /^App clones: 8 machines/)).toBeVisible();
  expect(await metric(page, 'Monthly bill')).toBeGreaterThan(oneBoxBill);
});

test('a cache restart shows the database spike', async ({ page }) => {
  await open(page, '/playground/system?system.stage=cache&system.peakRate=600&system.peakHour=13&system.cacheCapacity=5000&system.sampleIntervalMs=1000');
  await runToEnd(page);
  const calm = await metric(page, 'Peak database load');
  await page.getByRole('group', { name: 'Presets' }).getByRole('button', { name: 'The cache restarts at noon' }).click();
  await expect(page).toHaveURL(/system\.cacheRestartAtHour=12/);
  await runToEnd(page);
  expect(await metric(page, 'Peak database load')).toBeGreaterThan(1.5 * calm);
});

test('a share link reproduces a run with a fault', async ({ page, context }) => {
  await open(page, '/playground/system');
  await page.getByRole('group', { name: 'Presets' }).getByRole('button', { name: 'The primary fails during checkout' }).click();
  await expect(page).toHaveURL(/system\.primaryFailAtHour=19\.5/);
  await runToEnd(page);
  const numbers = [await metric(page, 'Lost checkouts (failover)'), await metric(page, 'p99 latency'), await metric(page, 'Errors'), await metric(page, 'Monthly bill')];
  expect(numbers[0]).toBeGreaterThan(0);
  const copy = await context.newPage();
  await open(copy, page.url());
  // the address holds the finished moment (system.t=end): the copy opens finished
  await expect(copy.getByRole('status', { name: 'Run status' })).toHaveText('Finished', { timeout: 30_000 });
  expect([await metric(copy, 'Lost checkouts (failover)'), await metric(copy, 'p99 latency'), await metric(copy, 'Errors'), await metric(copy, 'Monthly bill')]).toEqual(numbers);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the system playground is axe clean (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await open(page, '/playground/system?system.stage=queue');
    await runToEnd(page);
    await page.getByText('Per tier: measured vs theory').click();
    await expectNoAxeViolations(page);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('nothing is wider than the screen, and the builder works by touch', async ({ page }) => {
    await open(page, '/playground/system?system.stage=replicas');
    await page.getByRole('button', { name: '+ Add a cache' }).tap();
    await expect(page.getByText('Stage 5 of 6: a cache')).toBeVisible();
    await page.getByRole('button', { name: 'More app clones' }).tap();
    await expect(tier(page, /^App clones: 5 machines/)).toBeVisible();
    await runToEnd(page);
    await page.getByText('Per tier: measured vs theory').first().tap();
    await expectNoAxeViolations(page);
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: window.innerWidth }));
    expect(widths.doc).toBeLessThanOrEqual(widths.view);
    expect(widths.body).toBeLessThanOrEqual(widths.view);
    // the tiers stack: each box starts below the previous one
    const boxes = await tier(page, /machine/).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!).toBeGreaterThan(boxes[i - 1]!);
  });
});

test('chapter 5: a <Try> sets the figure it names, and the chart reads in clock time', async ({ page }) => {
  await page.goto('/learn/putting-it-together');
  // the server's figure is replaced by the live one near the viewport: act on the live one only
  await page.locator('#figure-replicas').evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const fig = page.locator('#figure-replicas > figure[data-live]');
  await expect(fig).toBeAttached({ timeout: 30_000 });
  await expect(tierIn(fig, /^Read replicas: 1 machine/)).toBeVisible();
  await page.getByRole('button', { name: 'Set Read replicas to 2' }).click();
  await expect(tierIn(fig, /^Read replicas: 2 machines/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Set Read replicas to 2. The simulation is running.' })).toBeAttached();
  await expect(fig.getByRole('status', { name: 'Run status' })).toHaveText('Running');
  // the x-axis is named and runs over the hours of the compressed day, not seconds of simulation
  const chart = fig.getByRole('img', { name: /^Traffic over the day, y-axis in req\/s, x-axis: time of day \(hh:mm\), 00:\d\d to \d\d:\d\d\. Latest/ });
  await expect(chart).toBeVisible({ timeout: 30_000 });
});

test('chapter 5: a <Try act> schedules a second cache restart, and the playground link replays it to the prose’s p99', async ({ page }) => {
  await page.goto('/learn/putting-it-together');
  await page.locator('#figure-cold-cache').evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const fig = page.locator('#figure-cold-cache > figure[data-live]');
  await expect(fig).toBeAttached({ timeout: 30_000 });
  await page.getByRole('button', { name: 'restart it a second time at 20:00' }).click();
  await expect(fig.getByRole('status', { name: 'Run status' })).toHaveText('Running');
  await fig.getByRole('button', { name: 'Pause' }).click();
  const link = fig.getByRole('link', { name: 'Open in the playground' });
  await expect(link).toHaveAttribute('href', /system\.act=cache-restart%40500000(&|$)/);
  await link.click();
  await expect(page).toHaveURL(/\/playground\/system\?/);
  // the link opens paused where the figure was, then runs to the end from there
  await expect(page.getByRole('status', { name: 'Run status' })).toHaveText('Paused', { timeout: 30_000 });
  await runToEnd(page);
  // the chapter: "the p99 crosses the target at 316 ms"
  expect(await metric(page, 'p99 latency')).toBe(316);
});

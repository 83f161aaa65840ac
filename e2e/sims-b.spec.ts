import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, useTheme } from './helpers';

// Reduced motion: nothing autoplays, so sim time moves only when a test steps or runs to the end.
test.use({ reducedMotion: 'reduce' });

/** A metric's text as shown (an <output> named by its term), e.g. `1,234 requests`. */
async function metricText(page: Page, name: string): Promise<string> {
  return (await page.getByRole('status', { name, exact: true }).textContent()) ?? '';
}

/** A metric's value as a number (`1,234 requests` → 1234, `80.2 %` → 80.2). */
async function metric(page: Page, name: string): Promise<number> {
  return Number((await metricText(page, name)).replace(/\u2212/g, '-').replace(/[^\d.-]/g, ''));
}

async function runToEnd(page: Page) {
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(page.getByRole('status', { name: 'Run status' })).toHaveText('Finished');
}

async function step(page: Page, times: number) {
  const button = page.getByRole('button', { name: 'Step', exact: true });
  for (let i = 0; i < times; i++) await button.click();
}

/** Presses Tab until `target` has focus (fails after `max` presses): proves it is reachable by keyboard. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('not reachable with Tab');
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('toolbar', { name: 'Simulation playback' })).toBeVisible();
}

test('sessions: sticky + a killed server loses sessions; the shared store loses none', async ({ page }) => {
  await open(page, '/playground/sessions');
  await step(page, 3);
  await page.getByRole('button', { name: 'Kill server 1', exact: true }).click();
  await expect(page.getByRole('listitem', { name: /^server 1, down/ })).toBeVisible();
  await runToEnd(page);
  expect(await metric(page, 'Lost sessions')).toBeGreaterThan(0);
  expect(await metric(page, 'Logged-out requests')).toBeGreaterThan(0);
  await expect(page.getByRole('list', { name: /Steve’s path/ })).toBeVisible();

  await page.getByRole('radio', { name: 'shared store' }).check();
  await step(page, 3);
  await page.getByRole('button', { name: 'Kill server 1', exact: true }).click();
  await runToEnd(page);
  expect(await metric(page, 'Lost sessions')).toBe(0);
  expect(await metric(page, 'Logged-out requests')).toBe(0);
  expect(await metric(page, 'Store time per request')).toBe(2);
});

test('deploy: a rolling deploy runs both versions at once', async ({ page }) => {
  // Deploy at 6 s (after the warm-up), 1.5 s boots: at 8 s the first batch of 2 serves B while the second boots.
  await open(page, '/playground/deploy?deploy.deployAtMs=6000&deploy.bootTimeMs=1500');
  await step(page, 8);
  await expect(page.getByText(/both versions serve traffic/)).toBeVisible();
  await expect(page.getByRole('listitem', { name: /version B, serving/ }).first()).toBeVisible();
  await expect(page.getByRole('listitem', { name: /version A, serving/ }).first()).toBeVisible();
  await runToEnd(page);
  expect(await metric(page, 'Both versions live')).toBeGreaterThan(0);
  expect(await metric(page, 'Failed requests')).toBe(0);
});

test('sharding, keyboard only: adding a shard moves far fewer keys with consistent hashing than modulo', async ({ page }) => {
  await open(page, '/playground/sharding');
  const moved = async (from: string, to: string) => {
    await tabTo(page, page.getByRole('radio', { name: from, exact: true }));
    const radio = page.getByRole('radio', { name: to, exact: true });
    for (let i = 0; i < 3 && !(await radio.isChecked()); i++) await page.keyboard.press('ArrowRight');
    await expect(radio).toBeChecked();
    // Playback sits above the picture, the picture above the settings.
    await tabTo(page, page.getByRole('button', { name: 'Step', exact: true }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: '+ Add a shard' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText(/One shard added/)).toBeVisible();
    return metric(page, 'Keys moved');
  };
  const modulo = await moved('consistent hash', 'modulo');
  const ring = await moved('modulo', 'consistent hash');
  expect(modulo).toBeGreaterThan(70);
  expect(ring).toBeLessThan(30);
  expect(ring).toBeLessThan(modulo / 2);
});

test('replication: more replicas lower the load per replica; the share link reproduces the numbers', async ({ page, context }) => {
  await open(page, '/playground/replication');
  await runToEnd(page);
  const two = await metric(page, 'Load per replica (mean)');
  const slider = page.getByRole('slider', { name: 'Replicas' });
  await slider.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('6');
  await runToEnd(page);
  const six = await metric(page, 'Load per replica (mean)');
  expect(six).toBeLessThan(two / 2);
  const stale = await metricText(page, 'Stale reads');
  const p99 = await metricText(page, 'p99 latency');

  await expect(page).toHaveURL(/replication\.replicas=6/);
  const other = await context.newPage();
  await open(other, page.url());
  await expect(other.getByRole('slider', { name: 'Replicas' })).toHaveValue('6');
  // the address holds the finished moment (replication.t=end): the copy opens finished
  await expect(other.getByRole('status', { name: 'Run status' })).toHaveText('Finished');
  expect(await metricText(other, 'Stale reads')).toBe(stale);
  expect(await metricText(other, 'p99 latency')).toBe(p99);
  expect(await metric(other, 'Load per replica (mean)')).toBe(six);
});

test('a tampered link falls back to the defaults with a notice', async ({ page }) => {
  await open(page, '/playground/deploy?deploy.servers=-5&deploy.strategy=telepathy&deploy.batchSize=1');
  // Next's route announcer is an alert too: pick ours by its text.
  const alert = page.getByRole('alert').filter({ hasText: 'Not used as given' });
  await expect(alert).toContainText('The link set “Servers” to -5, but it goes from 1 to 16 servers; using 6 servers');
  await expect(alert).toContainText('The link set “Strategy” to “telepathy”, but it can only be all at once, rolling, blue/green; using rolling');
  await expect(page.getByRole('radio', { name: 'rolling' })).toBeChecked();
  await expect(page.getByRole('slider', { name: 'Servers' })).toHaveValue('6');
  await expect(page.getByRole('slider', { name: 'Batch size' })).toHaveValue('1');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: sessions, deploy, replication and sharding playgrounds in ${theme} mode`, async ({ page }) => {
    await useTheme(page, theme);
    // Blue-green shows idle (switched-off) tiles too.
    for (const path of ['sessions', 'deploy?deploy.strategy=blue-green', 'replication', 'sharding']) {
      await open(page, `/playground/${path}`);
      await step(page, 2);
      if (path === 'sessions') await page.getByRole('button', { name: 'Kill server 1', exact: true }).click();
      if (path === 'sharding') await page.getByRole('button', { name: '+ Add a shard' }).click();
      await expectNoAxeViolations(page);
    }
  });
}

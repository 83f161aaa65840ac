import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, useTheme } from './helpers';

// Reduced motion: nothing autoplays, so sim time moves only when a test steps or runs to the end
// (numbers never depend on wall-clock timing). One test below turns motion back on.
test.use({ reducedMotion: 'reduce' });

/** A metric's value: an <output> (role status) named by its term. */
const metricBox = (page: Page, name: string) => page.getByRole('status', { name, exact: true });

/** A metric's number (`1,234 requests` → 1234, `80.2 %` → 80.2), read by its accessible name. */
async function metric(page: Page, name: string): Promise<number> {
  const text = (await metricBox(page, name).textContent()) ?? '';
  return Number(text.replace(/\u2212/g, '-').replace(/[^\d.-]/g, ''));
}

async function runToEnd(page: Page) {
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(page.getByRole('status', { name: 'Run status' })).toHaveText('Finished');
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('status', { name: 'Run status' })).toBeVisible();
}

/** Moves a slider to its largest value with the keyboard (End), waiting for the restart. */
async function maxOut(slider: Locator) {
  await slider.focus();
  await slider.press('End');
}

/** Presses Tab until `target` has focus: proves it is reachable by keyboard alone. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('not reachable with Tab');
}

test('QueueSim: more workers → lower p99 under the same load', async ({ page }) => {
  await open(page, '/playground/queue');
  await runToEnd(page);
  const oneWorker = await metric(page, 'p99 latency');
  await maxOut(page.getByRole('slider', { name: 'Workers' }));
  await expect(page.getByRole('status', { name: 'Run status' })).toHaveText('Paused');
  await runToEnd(page);
  expect(await metric(page, 'p99 latency')).toBeLessThan(oneWorker / 2);
  // Little's law holds live: L and λ·W agree within a few per cent.
  const little = page.getByRole('region', { name: "Little's law" });
  await expect(little).toContainText('λ × W');
});

test('LoadBalancerSim: more servers → lower p99; killing a server drops requests and says why', async ({ page }) => {
  await open(page, '/playground/load-balancer');
  await runToEnd(page);
  const four = await metric(page, 'p99 latency');
  await maxOut(page.getByRole('slider', { name: 'Servers' }));
  await runToEnd(page);
  expect(await metric(page, 'p99 latency')).toBeLessThan(four);

  await page.getByRole('button', { name: 'Reset' }).click();
  // Past the warm-up (1,000 requests ≈ 3.3 s at 300 req/s): 10 steps of 0.5 s.
  for (let i = 0; i < 10; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByText('t = 5.0 s')).toBeVisible();
  await page.getByRole('button', { name: 'Kill server 2', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Revive server 2', exact: true })).toBeVisible();
  await runToEnd(page);
  expect(await metric(page, 'Dropped: server down')).toBeGreaterThan(0);
  await expect(page.getByText(/were lost with a server that died/)).toBeVisible();
});

test('CacheSim: a larger cache → a higher hit rate, next to the prediction', async ({ page }) => {
  await open(page, '/playground/cache');
  // Before warm-up ends nothing is counted: the picture says so instead of "0 % hit".
  const picture = page.getByRole('group', { name: 'Picture' }).getByRole('img');
  await expect(picture).toHaveAccessibleName(/^warming up, hits and misses not counted yet; cache/);
  await expect(picture).toContainText('hits —');
  await runToEnd(page);
  const small = await metric(page, 'Hit rate');
  const predicted = await metric(page, 'Predicted hit rate (theory)');
  expect(Math.abs(small - predicted)).toBeLessThan(5); // percentage points
  await maxOut(page.getByRole('slider', { name: 'Capacity' }));
  await runToEnd(page);
  expect(await metric(page, 'Hit rate')).toBeGreaterThan(small + 20);
});

test('ScalingExplorer: losing a machine takes the big machine to zero, the pool survives', async ({ page }) => {
  await open(page, '/playground/scaling');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.getByRole('button', { name: 'Lose one machine' }).click();
  await expect(metricBox(page, 'One big machine: demand served')).toHaveText('0 %');
  expect(await metric(page, 'Small machines: demand served')).toBeGreaterThan(50);
  await runToEnd(page);
  const slow = await metric(page, 'Demand');
  await maxOut(page.getByRole('slider', { name: 'Growth' }));
  await runToEnd(page);
  expect(await metric(page, 'Demand')).toBeGreaterThan(slow);
});

test('a share link reproduces the exact run, A/B lane included', async ({ page, context }) => {
  await open(page, '/playground/queue');
  await page.getByRole('slider', { name: 'Arrival rate' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('combobox', { name: 'Compare with a B lane that differs in' }).selectOption('arrivalRate');
  await page.getByRole('button', { name: 'Start A/B compare' }).click();
  await page.getByRole('slider', { name: 'B: Arrival rate' }).press('PageDown');
  await expect(page).toHaveURL(/queue\.arrivalRate=81.*queue\.ab=arrivalRate/);
  await runToEnd(page);
  const numbers = [await metric(page, 'p99 latency'), await metric(page, 'p99 latency, lane B'), await metric(page, 'Mean wait in queue')];
  const copy = await context.newPage();
  await open(copy, page.url());
  // the address holds the finished moment (queue.t=end): the copy opens finished
  await expect(copy.getByRole('status', { name: 'Run status' })).toHaveText('Finished');
  expect([await metric(copy, 'p99 latency'), await metric(copy, 'p99 latency, lane B'), await metric(copy, 'Mean wait in queue')]).toEqual(numbers);
});

test('a tampered link falls back to defaults for the bad fields, with a notice', async ({ page }) => {
  await open(page, '/playground/queue?queue.workers=-5&queue.arrivalRate=abc&queue.serviceTimeMs=20&queue.ab=nonsense');
  const notice = page.getByRole('alert').filter({ hasText: 'Not used as given' });
  await expect(notice).toContainText('The link set “Workers” to -5, but it goes from 1 to 16 workers; using 1 worker');
  await expect(notice).toContainText('“Arrival rate” to “abc”, which is not a number');
  await expect(page.getByRole('slider', { name: 'Workers' })).toHaveValue('1');
  await expect(page.getByRole('slider', { name: 'Arrival rate' })).toHaveValue('80');
  await expect(page.getByRole('slider', { name: 'Service time' })).toHaveValue('20');
  await runToEnd(page);
});

test('keyboard alone operates the controls and playback', async ({ page }) => {
  await open(page, '/playground/load-balancer');
  const servers = page.getByRole('slider', { name: 'Servers' });
  await tabTo(page, servers);
  await page.keyboard.press('ArrowRight');
  await expect(servers).toHaveValue('5');
  const algorithm = page.getByRole('combobox', { name: 'Algorithm' });
  await tabTo(page, algorithm);
  await page.keyboard.press('ArrowDown');
  await expect(algorithm).not.toHaveValue('round-robin');
  await tabTo(page, page.getByRole('button', { name: 'Run to end' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Run status' })).toHaveText('Finished');
  await tabTo(page, page.getByRole('button', { name: 'Replay' }));
});

test('reduced motion: nothing moves until asked', async ({ page }) => {
  await open(page, '/playground/load-balancer');
  await expect(page.getByRole('checkbox', { name: 'Animate' })).not.toBeChecked();
  await page.waitForTimeout(800);
  await expect(page.getByRole('status', { name: 'Run status' })).toHaveText('Paused');
  await expect(page.getByText('t = 0.0 s')).toBeVisible();
  // No request dots: the animated canvas (and its legend) is replaced by numbers.
  await expect(page.getByText('Dots: requests the balancer sends.')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Servers' })).toBeVisible();
});

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('the simulation plays on its own when motion is allowed', async ({ page }) => {
    await open(page, '/playground/load-balancer');
    await expect(page.getByRole('status', { name: 'Run status' })).toHaveText('Running');
    await expect(page.getByText('Dots: requests the balancer sends.')).toBeVisible();
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`playground pages are axe clean (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    for (const path of ['/playground', '/playground/queue', '/playground/load-balancer', '/playground/cache', '/playground/scaling']) {
      await page.goto(path);
      if (path !== '/playground') {
        await expect(page.getByRole('status', { name: 'Run status' })).toBeVisible();
        await runToEnd(page);
      }
      await expectNoAxeViolations(page);
    }
  });
}

// Lesson figures (server-rendered first state, no layout shift, gating, <Try>) are in figures.spec.ts.

import { expect, test, type Page } from '@playwright/test';
import { describeParams } from '../lib/sim/params';
import { models } from '../lib/sim/models';
import { describeTasks, startMainThreadTrace, stopMainThreadTrace } from './main-thread';

// Reduced motion: nothing autoplays, so sim time moves only when the test steps or runs to the end.
test.use({ reducedMotion: 'reduce' });

const SLUG = { sharding: 'sharding', cache: 'cache', lb: 'load-balancer' } as const;

/** A share link with every number of the model at the schema's maximum and every switch on. */
function everyValueAtItsMaximum(model: 'sharding' | 'cache' | 'lb'): string {
  const q = new URLSearchParams();
  for (const f of describeParams(models[model].schema)) {
    if (f.max !== undefined && f.kind !== 'number-list') q.set(`${model}.${f.key}`, String(f.max));
    if (f.kind === 'boolean') q.set(`${model}.${f.key}`, '1');
  }
  return `/playground/${SLUG[model]}?${q.toString()}`;
}

const clock = (page: Page) => page.getByRole('toolbar', { name: 'Simulation playback' }).locator('p');

/** Short bound for an input to be handled: a frozen main thread would blow it (it froze for 40 s). */
const HANDLED = { timeout: 5_000 };

for (const model of ['sharding', 'cache', 'lb'] as const) {
  test(`/playground/${SLUG[model]} with every value at its maximum: a notice names each value too big for the page and the page stays responsive`, async ({ page }) => {
    await page.goto(everyValueAtItsMaximum(model));
    await expect(page.getByRole('toolbar', { name: 'Simulation playback' })).toBeVisible();
    const alert = page.getByRole('alert').filter({ hasText: 'the page allows' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(/The link set “[^”]+” to [\d.]+, more than this page runs \(this run would (simulate|need) ~[\d.,]+ ?\S* .*; the page allows [^)]+\); using /);
    // another control is handled at once: Step moves the clock, a slider moves
    const before = await clock(page).textContent();
    // a step is at most ten frames' worth of events: at a million requests a second that is a few
    // ms, under the clock's 0.1 s, so step until it shows
    for (let i = 0; i < 40 && (await clock(page).textContent()) === before; i++) await page.getByRole('button', { name: 'Step', exact: true }).click(HANDLED);
    await expect(clock(page)).not.toHaveText(before ?? '', HANDLED);
    const slider = page.getByRole('slider').first();
    await slider.focus(HANDLED);
    const value = await slider.inputValue();
    // the link's values that fit are in use, so this slider may already be at its end
    const atMax = value === (await slider.getAttribute('max'));
    await page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight');
    await expect(slider).not.toHaveValue(value, HANDLED);
  });
}

test('/playground/load-balancer with 1,000 servers draws 32 bars of neighbours and pages the server table, and answers at once', async ({ page }) => {
  await page.goto('/playground/load-balancer?lb.servers=1000');
  await expect(page.getByRole('toolbar', { name: 'Simulation playback' })).toBeVisible();
  // a bar and a table row per server was 21,000 elements re-rendered on every step (seconds each)
  const bars = page.getByRole('list', { name: 'waiting requests per server, 32 servers a bar' }).getByRole('listitem');
  await expect(bars).toHaveCount(32);
  await expect(bars.first()).toHaveAccessibleName(/^servers 1–32: longest queue \d+ waiting$/);
  await expect(bars.last()).toHaveAccessibleName(/^servers 993–1000: /);
  const table = page.getByRole('region', { name: 'Servers' });
  await expect(table.getByRole('row')).toHaveCount(1 + 32);
  await page.getByRole('button', { name: 'Next 32' }).click(HANDLED);
  await expect(page.getByText('Servers 33–64 of 1,000')).toBeVisible(HANDLED);
  await table.getByRole('button', { name: 'Kill server 40', exact: true }).click(HANDLED);
  await expect(bars.nth(1)).toHaveAccessibleName(/^servers 33–64: longest queue \d+ waiting, 1 down$/, HANDLED);
  const before = await clock(page).textContent();
  await page.getByRole('button', { name: 'Step', exact: true }).click(HANDLED);
  await expect(clock(page)).not.toHaveText(before ?? '', HANDLED);
});

test('/playground/queue?queue.queueLimit=10000000 answers at once: its M/M/c/K theory is a closed form, not ten million terms per chart per frame', async ({ page }) => {
  await page.goto('/playground/queue?queue.queueLimit=10000000');
  await expect(page.getByRole('toolbar', { name: 'Simulation playback' })).toBeVisible();
  // in the model's range, and no costlier to run: nothing to refuse (Next's route announcer is an empty alert)
  await expect(page.getByRole('alert').filter({ hasText: 'Not used as given' })).toHaveCount(0);
  await expect(page.getByText('theory mean (M/M/c/K)').first()).toBeVisible();
  const before = await clock(page).textContent();
  await page.getByRole('button', { name: 'Step', exact: true }).click(HANDLED);
  await expect(clock(page)).not.toHaveText(before ?? '', HANDLED);
});

test('a long run to the end computes in the worker with progress; the page answers meanwhile; Cancel stops it in the worker, which lives on', async ({ page, browser }) => {
  test.setTimeout(180_000);
  // counts the workers the page starts: Cancel must not terminate one and start another
  await page.addInitScript(() => {
    const Real = window.Worker;
    const w = window as unknown as { workersStarted: number };
    w.workersStarted = 0;
    window.Worker = class extends Real {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        w.workersStarted++;
      }
    };
  });
  // 2.4 M requests: within the budget (5 M events), seconds of work, all of it off the main thread
  await page.goto('/playground/cache?cache.requests=2400000&cache.warmupRequests=0');
  await expect(page.getByRole('toolbar', { name: 'Simulation playback' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'the page allows' })).toHaveCount(0);
  await startMainThreadTrace(browser, page);
  await page.getByRole('button', { name: 'Run to end' }).click();
  const progress = page.getByRole('progressbar', { name: 'Run to end progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status', { name: 'Run status' })).toHaveText('Computing…');
  // the main thread is free: a control elsewhere on the page reacts while the worker computes
  const speed = page.getByLabel('Speed', { exact: true });
  await speed.selectOption('5', HANDLED);
  await expect(speed).toHaveValue('5', HANDLED);
  await page.getByRole('button', { name: 'Cancel run to end' }).click(HANDLED);
  await expect(progress).toHaveCount(0, HANDLED);
  await expect(page.getByRole('status', { name: 'Run status' })).toHaveText('Paused');
  await expect(page.getByRole('button', { name: 'Run to end' })).toBeEnabled();
  // the same worker takes the next job: run to the end again, to the end this time
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(page.getByRole('status', { name: 'Run status' })).toHaveText('Finished', { timeout: 90_000 });
  const trace = await stopMainThreadTrace(browser, '/playground/cache');
  console.log(`run to end, cancel, run to end again: ${describeTasks(trace)}`);
  expect(await page.evaluate(() => (window as unknown as { workersStarted: number }).workersStarted)).toBe(1);
  expect(trace.tasks, 'the trace saw the page’s main thread').toBeGreaterThan(0);
  // no main-thread task over 50 ms (CPU time, see e2e/main-thread.ts): terminating and starting a worker took ~70 ms
  expect(trace.longestCpuMs).toBeLessThanOrEqual(50);
});

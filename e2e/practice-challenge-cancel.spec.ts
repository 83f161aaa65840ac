import { expect, test } from '@playwright/test';
import { mainThreadReport, startMainThreadTrace, stopMainThreadTrace, watchMainThread } from './main-thread';

const TITLE = 'Survive a cold cache at the noon peak';
// A real setting of this challenge (on its step grid) saved as the learner's best: cost and stars as the page scores them.
const BEST = { stars: 1, cost: 2241.7047464637362, values: { replicas: 2, dbSize: 'm', appMachines: 4 }, at: '2026-01-01T00:00:00.000Z' };

test('a check shows progress over its seeds; Cancel stops it, saves nothing and leaves the page usable, with no long main-thread task', async ({ page, browser }) => {
  // the page's first checks of all 13 challenges, then three more, with a trace recording: slow on a loaded machine
  test.setTimeout(150_000);
  await page.addInitScript((best) => {
    if (localStorage.getItem('prepup-progress')) return;
    localStorage.setItem('prepup-progress', JSON.stringify({ app: 'prepup-progress', version: 2, state: { chaptersRead: {}, simsExplored: {}, predictions: {}, cards: {}, mockHistory: [], challenges: { 'cache-restart-noon': best } } }));
  }, BEST);
  await page.goto('/practice/challenges#cache-restart-noon');
  const card = page.getByRole('article', { name: TITLE });
  // every challenge's first check runs in the one worker, interleaved: this one's verdict comes near the end
  await expect(card.getByText(/^(Not yet|Passed)/)).toBeVisible({ timeout: 90_000 });
  const best = card.getByText(/^Your best:/);
  await expect(best).toContainText('at $2,241');
  const bestBefore = await best.textContent();

  // every step below is keyboard-only, as a learner without a mouse would
  await watchMainThread(page);
  await startMainThreadTrace(browser, page);
  const replicas = card.getByRole('slider', { name: 'Read replicas' });
  await replicas.focus();
  await page.keyboard.press('End');
  const progress = card.getByRole('progressbar', { name: `Check progress for ${TITLE}` });
  await expect(progress).toBeVisible();
  await expect(card.getByText(`Checking your setting on 3 seeds…`)).toBeVisible();
  await expect(card.getByText(/^Seed [123] of 3 · \d+ %$/)).toBeVisible();
  await card.getByRole('button', { name: `Cancel the check of ${TITLE}` }).focus();
  await page.keyboard.press('Enter');

  await expect(card.getByText(/^Cancelled, nothing saved\./)).toBeVisible();
  await expect(progress).toBeHidden();
  await expect(best).toHaveText(bestBefore!);

  // the page still answers: another challenge checks a new setting to the end
  const other = page.getByRole('article', { name: 'Serve 1,200 req/s with the fewest clones' });
  const servers = other.getByRole('slider', { name: 'Servers' });
  await servers.focus();
  await page.keyboard.press('ArrowRight');
  await expect(other.getByText(/^(Not yet: \d of 2 goals met|Passed)/)).toBeVisible({ timeout: 30_000 });
  // and the cancelled one can be checked again, to a verdict
  await card.getByRole('button', { name: 'Check again' }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByText(/^Seed [123] of 3 · \d+ %$/)).toBeVisible();
  await expect(card.getByText(/^(Not yet|Passed)/)).toBeVisible({ timeout: 30_000 });

  const trace = await stopMainThreadTrace(browser, '/practice/challenges');
  const { longTasks, blockingMs, longestScriptMs } = await mainThreadReport(page);
  const report = `${trace.tasks} main-thread tasks, longest ${trace.longestCpuMs} ms CPU (${trace.longestWallMs} ms wall); 'longtask' entries (wall) ${JSON.stringify(longTasks)}; long-animation-frame blocking ${Math.round(blockingMs)} ms, longest script ${Math.round(longestScriptMs)} ms`;
  console.log(`while the checks ran: ${report}`);
  test.info().annotations.push({ type: 'main thread while the checks ran', description: report });
  expect(trace.tasks, 'the trace saw the page’s main thread').toBeGreaterThan(0);
  // The bar: no main-thread task over 50 ms. Counted in CPU time (see stopMainThreadTrace); the 'longtask'
  // entries above are wall time and grow with whatever else the machine runs.
  expect(trace.longestCpuMs, 'longest main-thread task while checks ran (CPU ms)').toBeLessThanOrEqual(50);

  await page.reload();
  await expect(page.getByRole('article', { name: TITLE }).getByText(/^Your best:/)).toHaveText(bestBefore!);
});

test('imported challenge results are re-run: a possible, correctly priced setting that fails is left out', async ({ page }) => {
  await page.goto('/progress');
  const T = '2026-01-01T00:00:00.000Z';
  const state = {
    chaptersRead: {},
    simsExplored: {},
    predictions: {},
    cards: {},
    mockHistory: [],
    challenges: {
      // eight 1× machines: passes on every seed
      'survive-a-failure': { stars: 3, cost: 800, values: { servers: 8, serverSpeeds: 1 }, at: T },
      // seven 1× machines at 900 req/s: priced right for 3 stars, but too few
      'holiday-peak-bill': { stars: 3, cost: 700, values: { servers: 7, serverSpeeds: 1 }, at: T },
    },
  };
  await page.getByLabel('Import progress').setInputFiles({ name: 'claims.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ app: 'prepup-progress', version: 2, state })) });
  const status = page.getByRole('status').filter({ hasText: /^Imported “claims.json”/ });
  await expect(status).toContainText('Left out 1 entry', { timeout: 30_000 });
  await expect(status).toContainText('challenge "holiday-peak-bill": its settings do not pass when re-run (p99 response time');

  await page.goto('/practice/challenges#survive-a-failure');
  await expect(page.getByRole('article', { name: 'Survive a dead machine, cheaply' }).getByText(/^Your best:/)).toContainText('at $800');
  await expect(page.getByRole('article', { name: 'Carry the holiday peak for the lowest bill' }).getByText('Not passed yet')).toBeVisible();
});

import { expect, test, type Page } from '@playwright/test';
import { mainThreadReport, stopTrace, watchMainThread } from './main-thread';

test.use({ reducedMotion: 'reduce' });

/** A learner's autosaved design: five components, two classes (the studio opens on it, not on the starter). */
const SAVED = {
  savedAt: '2026-01-01T00:00:00.000Z',
  design: {
    version: 1,
    name: 'Link service',
    components: [
      { id: 'users', kind: 'client', label: 'Users', peakRps: 1800 },
      { id: 'lb', kind: 'lb', label: 'Load balancer' },
      { id: 'app', kind: 'service', label: 'App servers', machines: 4, workersPerMachine: 16 },
      { id: 'cache', kind: 'cache', label: 'Cache', capacityPerNode: 20000 },
      { id: 'db', kind: 'database', label: 'Database', size: 'm', replicas: 1 },
    ],
    connections: [
      { from: 'users', to: 'lb' },
      { from: 'lb', to: 'app' },
      { from: 'app', to: 'cache' },
      { from: 'cache', to: 'db' },
      { from: 'app', to: 'db' },
    ],
    classes: [
      { id: 'open', label: 'open a link', share: 0.9, keys: { count: 50000, zipf: 1 }, path: [{ to: 'lb' }, { to: 'app', ms: 2 }, { to: 'cache', op: 'read' }, { to: 'db', op: 'read', node: 'replica', ms: 8 }] },
      { id: 'create', label: 'create a link', share: 0.1, keys: { count: 50000, zipf: 0 }, path: [{ to: 'lb' }, { to: 'app', ms: 4 }, { to: 'db', op: 'write', ms: 15 }] },
    ],
  },
};

async function seedAutosave(page: Page) {
  await page.addInitScript((saved) => {
    if (!localStorage.getItem('prepup-studio')) localStorage.setItem('prepup-studio', JSON.stringify(saved));
  }, SAVED);
}

/** Sums layout shifts without recent input from the first paint on (the CLS of the page load). */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Waits until the studio has opened the autosave, drawn the canvas and loaded its run section. */
async function settled(page: Page) {
  await expect(page.locator('[data-studio-ready="true"]')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.getByRole('button', { name: 'Run to end' })).toBeVisible({ timeout: 30_000 });
  // two frames for the last layout to land
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`opening the studio on a saved design shifts nothing (CLS < 0.02) at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await seedAutosave(page);
    await watchLayoutShifts(page);
    await page.goto('/studio');
    await settled(page);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    console.log(`CLS /studio @${viewport.width}: ${cls.toFixed(4)}`);
    test.info().annotations.push({ type: `CLS at ${viewport.width} px`, description: cls.toFixed(4) });
    expect(cls).toBeLessThan(0.02);
  });
}

test('no main-thread task over 50 ms while a day runs to the end in the worker', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await seedAutosave(page);
  await page.goto('/studio');
  await settled(page);
  await watchMainThread(page);
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', '__metadata'] });
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(page.getByRole('progressbar', { name: 'Run to end progress' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Run status', exact: true })).toHaveText('Finished', { timeout: 120_000 });
  await expect(page.getByRole('status', { name: 'Bottleneck' })).toBeVisible();
  const trace = await stopTrace(browser, '/studio');
  const { longTasks, blockingMs, longestScriptMs } = await mainThreadReport(page);
  const report = `${trace.tasks} main-thread tasks, longest ${trace.longestCpuMs} ms CPU (${trace.longestWallMs} ms wall); 'longtask' entries (wall) ${JSON.stringify(longTasks)}; long-animation-frame blocking ${Math.round(blockingMs)} ms, longest script ${Math.round(longestScriptMs)} ms`;
  console.log(`while the studio's run computed: ${report}`);
  test.info().annotations.push({ type: 'main thread while the run computed', description: report });
  expect(trace.tasks, 'the trace saw the page’s main thread').toBeGreaterThan(0);
  expect(trace.longestCpuMs, 'longest main-thread task from Run to end to the numbers on screen (CPU ms)').toBeLessThanOrEqual(50);
});

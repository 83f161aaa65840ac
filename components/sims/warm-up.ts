/**
 * The code every simulation figure runs on, made ready one piece per task. Importing a figure's
 * module in one go runs all of it — zod, the engine, every model's schema, uPlot, the figure
 * framework — in a single task when its code arrives (55 ms of main thread here at full speed,
 * over 200 ms on a phone four times slower). Importing the pieces first, each in a task of its own,
 * leaves the figure's own import little to do. Loaded code is shared: a piece already in is free.
 */

// Project modules only (not a package's index): a dynamic import of 'zod' itself would keep all of
// its exports, every error locale included, where the named imports let the build drop them.
const STEPS: (() => Promise<unknown>)[] = [
  // uPlot reads the locale and time zone when it loads (Intl): the browser then loads its locale
  // data, a one-off cost that here gets a task of its own
  async () => new Intl.DateTimeFormat().resolvedOptions() && new Intl.NumberFormat(navigator.language),
  () => import('@/lib/zod-csp'),
  () => import('@/lib/sim/models/common'),
  () => import('@/lib/sim/core/engine'),
  () => import('@/lib/sim/core/network'),
  () => import('@/lib/sim/theory'),
  () => import('@/lib/sim/models/queue'),
  () => import('@/lib/sim/models/lb'),
  () => import('@/lib/sim/models/sessions'),
  () => import('@/lib/sim/models/deploy'),
  () => import('@/lib/sim/models/replication'),
  () => import('@/lib/sim/models/sharding'),
  () => import('@/lib/sim/models/cache'),
  () => import('@/lib/sim/models/scaling'),
  () => import('@/lib/sim/models/system-schema'),
  () => import('@/lib/sim/models/system'),
  () => import('@/lib/sim/models'),
  () => import('@/lib/sim/work'),
  () => import('./framework/LiveChart'),
  () => import('./framework/store'),
  () => import('./framework/SimShell'),
];

/** A new task (a message: no timer clamping), so each piece runs in a task of its own. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    if (typeof MessageChannel === 'undefined') return void setTimeout(resolve, 0);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

let ready: Promise<void> | null = null;

/**
 * Resolves once the shared simulation code is in, imported piece by piece (once per page). A piece
 * that fails to load is left for the figure's own import to fetch (and report) again. When done,
 * `<html data-sims-ready>` says so (for tests and `npm run perf:sims`, which measure after it).
 *
 * @example
 * await warmUpSimulations(); const m = await import('./queue/QueueSim');
 */
export function warmUpSimulations(): Promise<void> {
  ready ??= (async () => {
    for (const step of STEPS) {
      await step().catch(() => undefined);
      await nextTask();
    }
    document.documentElement.dataset.simsReady = '';
  })();
  return ready;
}

let scheduled = false;

/**
 * Warms the simulation code up once the page has loaded and is idle (a page with figures calls
 * this as it mounts them), so that scrolling to a figure later only renders it.
 */
export function warmUpWhenIdle(): void {
  if (scheduled || typeof window === 'undefined') return;
  scheduled = true;
  const start = () => void warmUpSimulations();
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 3000 }) : setTimeout(start, 500));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

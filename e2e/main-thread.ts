import type { Browser, Page } from '@playwright/test';

// The main thread while heavy work runs elsewhere (a worker): long tasks from a Chromium trace in
// CPU time, and the browser's own long-task and long-animation-frame entries for the report.

type Watch = { longTasks: number[]; blockingMs: number; longestScriptMs: number };

/**
 * Starts recording main-thread long tasks (> 50 ms, the 'longtask' entry type) and, for the report,
 * the long animation frames' blocking time and longest script (frames a busy machine delays without
 * any script running have 0 ms blocking).
 */
export async function watchMainThread(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { watch: Watch };
    w.watch = { longTasks: [], blockingMs: 0, longestScriptMs: 0 };
    new PerformanceObserver((list) => w.watch.longTasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
    if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { blockingDuration: number; scripts: { duration: number }[] }[]) {
          w.watch.blockingMs = Math.max(w.watch.blockingMs, e.blockingDuration);
          for (const s of e.scripts) w.watch.longestScriptMs = Math.max(w.watch.longestScriptMs, s.duration);
        }
      }).observe({ type: 'long-animation-frame' });
  });
}

export const mainThreadReport = (page: Page) => page.evaluate(() => (window as unknown as { watch: Watch }).watch);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frames?: { processId: number; url: string }[] } };
}

/**
 * The page's main-thread tasks from a Chromium trace: the longest in wall time and in CPU time
 * (`tdur`, the time the thread actually ran). On a machine whose two cores are shared by several
 * builds, a task's wall time is mostly time the OS gave to other processes; its CPU time is what
 * the page itself asked of the main thread.
 */
export async function stopTrace(browser: Browser, path: string) {
  const raw = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : (raw.traceEvents ?? []);
  const frames = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames ?? [];
  const pid = frames.find((f) => f.url.includes(path))?.processId;
  const main = events.find((e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === pid && e.tid === main?.tid);
  const ms = (us: number | undefined) => Math.round((us ?? 0) / 100) / 10;
  return { tasks: tasks.length, longestWallMs: Math.max(0, ...tasks.map((t) => ms(t.dur))), longestCpuMs: Math.max(0, ...tasks.map((t) => ms(t.tdur))) };
}

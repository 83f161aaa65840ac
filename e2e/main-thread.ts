import type { Browser, Page } from '@playwright/test';

// How long the page's main thread is kept busy, measured from a Chromium trace. Used by the e2e
// checks (no task over 50 ms) and by `npm run perf:sims`, which prints the same numbers.

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; processId?: number; frames?: { processId: number; url: string }[] } };
}

/** The page's main-thread tasks over a stretch of time. */
export interface MainThreadTasks {
  /** Tasks seen (0 means the trace missed the page: a broken measurement, not a quiet page). */
  tasks: number;
  /** Longest task in CPU time (`tdur`: the time the thread actually ran). */
  longestCpuMs: number;
  /** Longest task in wall time (grows with whatever else the machine runs). */
  longestWallMs: number;
  /** CPU time of every task over `overMs` (the long tasks), longest first. */
  longCpuMs: number[];
  /** The threshold `longCpuMs` was counted against. */
  overMs: number;
}

/** Starts a Chromium trace of the page's main-thread tasks (one trace per browser at a time). */
export async function startMainThreadTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', '__metadata'] });
}

/**
 * Stops the trace and returns the page's main-thread tasks: those of the renderer that shows
 * `path` (the last one to commit it, so a trace that spans the navigation finds the right one).
 * Counted in CPU time: on a machine whose two cores are shared by several test workers and builds,
 * a task's wall time is mostly time the OS gave to other processes, while its CPU time is what the
 * page itself asked of the main thread. Under `Emulation.setCPUThrottlingRate` the CPU time grows
 * with the rate (Chromium keeps the throttled thread busy), so it measures the slow phone too.
 */
export async function stopMainThreadTrace(browser: Browser, path: string, overMs = 50): Promise<MainThreadTasks> {
  const raw = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : (raw.traceEvents ?? []);
  const frames = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames ?? [];
  const committed = events.filter((e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.url?.includes(path)).map((e) => e.args?.data?.processId);
  const pid = committed.at(-1) ?? frames.find((f) => f.url.includes(path))?.processId;
  const main = events.find((e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === pid && e.tid === main?.tid);
  const ms = (us: number | undefined) => Math.round((us ?? 0) / 100) / 10;
  const cpu = tasks.map((t) => ms(t.tdur)).sort((a, b) => b - a);
  return {
    tasks: tasks.length,
    longestCpuMs: cpu[0] ?? 0,
    longestWallMs: Math.max(0, ...tasks.map((t) => ms(t.dur))),
    longCpuMs: cpu.filter((c) => c > overMs),
    overMs,
  };
}

/** One line for logs and test annotations, e.g. `412 tasks, 3 over 50 ms (CPU: 81, 64, 52 ms); longest 81 ms CPU, 130 ms wall`. */
export function describeTasks(t: MainThreadTasks): string {
  const long = t.longCpuMs.length ? ` (CPU: ${t.longCpuMs.slice(0, 8).join(', ')}${t.longCpuMs.length > 8 ? ', …' : ''} ms)` : '';
  return `${t.tasks} tasks, ${t.longCpuMs.length} over ${t.overMs} ms${long}; longest ${t.longestCpuMs} ms CPU, ${t.longestWallMs} ms wall`;
}

// The browser's own long-task and long-animation-frame entries, for a report beside the trace.

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

/** {@link stopMainThreadTrace}'s tasks, longest first in wall and CPU time (the studio's checks read these). */
export async function stopTrace(browser: Browser, path: string) {
  const t = await stopMainThreadTrace(browser, path);
  return { tasks: t.tasks, longestWallMs: t.longestWallMs, longestCpuMs: t.longestCpuMs };
}

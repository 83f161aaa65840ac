/** How a sliced job ended: its value, or stopped by a cancel between two slices. */
export type SlicedEnd<R> = { done: true; value: R } | { done: false };

/**
 * Drains a stepped job (a generator yielding its fraction done) in slices of about `sliceMs`,
 * handing control back (`pause`) between slices so a cancel message can be read; stops as soon
 * as `isCancelled()` says so, leaving the rest of the job undone. Used in the worker for the
 * cooperative cancel of challenge checks, and on the main thread where there is no worker.
 *
 * @example
 * const end = await runInSlices(steps, { report, isCancelled: () => cancelled.has(id), pause: () => new Promise((r) => setTimeout(r, 0)) });
 */
export async function runInSlices<R>(
  steps: Generator<number, R, void>,
  opts: { report?: (fraction: number) => void; isCancelled: () => boolean; pause: () => Promise<void>; sliceMs?: number; now?: () => number },
): Promise<SlicedEnd<R>> {
  const now = opts.now ?? (() => performance.now());
  const sliceMs = opts.sliceMs ?? 10;
  for (;;) {
    if (opts.isCancelled()) {
      steps.return(undefined as never);
      return { done: false };
    }
    const until = now() + sliceMs;
    let r = steps.next();
    while (!r.done && now() < until) r = steps.next();
    if (r.done) return { done: true, value: r.value };
    opts.report?.(r.value);
    await opts.pause();
  }
}

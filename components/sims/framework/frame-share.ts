/**
 * How the simulations running on a page share one animation frame, so a frame stays short on a
 * slow phone however many figures run at once (all their requestAnimationFrame callbacks run in
 * the same task):
 *  - the engine gets {@link ENGINE_MS_PER_FRAME} of wall time per frame, shared by every running
 *    simulation (each still takes at least one slice, so none stalls); a frame that runs out
 *    leaves the rest for the next one and the run goes slower than its speed instead of freezing;
 *  - only one simulation refreshes its numbers (a React render of its text) per frame; the others
 *    wait a frame. Charts draw in tasks of their own (./draw-queue.ts).
 * Wall time is measured here and in ./hooks.ts only; the store sees a "time left?" function.
 */

/** Engine time per frame (ms of wall time: on a slow phone the same budget does less work). */
export const ENGINE_MS_PER_FRAME = 6;

let frame = Number.NaN;
let deadline = 0;
let refreshed = false;

/** Starts the bookkeeping of the frame whose requestAnimationFrame timestamp is `frameTime`. */
function enter(frameTime: number): void {
  if (frameTime === frame) return;
  frame = frameTime;
  deadline = performance.now() + ENGINE_MS_PER_FRAME;
  refreshed = false;
}

/** Whether the engine may do another slice in this frame (ask between slices). */
export function engineTimeLeft(frameTime: number): () => boolean {
  enter(frameTime);
  return () => performance.now() < deadline;
}

/** True for the first simulation asking in this frame: it refreshes its numbers now, the others next frame. */
export function claimRefresh(frameTime: number): boolean {
  enter(frameTime);
  if (refreshed) return false;
  refreshed = true;
  return true;
}

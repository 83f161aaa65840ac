/**
 * The graded day: a warm-up at a quarter of the peak rate for its first six hours (caches fill,
 * replicas catch up), then the peak rate held for the other eighteen. The engine's peak window is
 * that held peak, so the goals are measured over many peak-rate requests in a short run (a real
 * day's cosine would spend most of the run off-peak). Faults happen after the warm-up.
 */
export const GRADED_DAY = { warmupHours: 6, warmupShare: 0.25 } as const;

/** The graded day in words, for reports and the CLI. */
export function gradedDayWords(dayMs: number): string {
  const s = (dayMs / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 });
  return `Each run is a day scaled into ${s} s of simulated time: a quarter of the day at a quarter of the peak rate (caches fill), then the peak rate held, where the goals are measured`;
}

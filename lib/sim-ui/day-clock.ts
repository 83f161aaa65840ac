/**
 * Clock time of the whole-system model's compressed day. The model runs one day of traffic in
 * `dayMs` of simulated time, so a learner reads its charts in hours of that day ("19:30"), the
 * way the chapter talks about its events, not in seconds of simulation.
 */

const MINUTES_PER_DAY = 24 * 60;

/**
 * Hour of the day as `HH:MM`, to the nearest minute. The end of the day is `24:00`; a backlog that
 * drains past midnight reads on as the next morning (`00:15`). Negative or non-finite hours are `00:00`.
 *
 * @example
 * formatDayClock(19.5); // '19:30'
 * formatDayClock(18.9999); // '19:00'
 */
export function formatDayClock(hourOfDay: number): string {
  const minutes = Number.isFinite(hourOfDay) ? Math.max(0, Math.round(hourOfDay * 60)) : 0;
  if (minutes === MINUTES_PER_DAY) return '24:00';
  const inDay = minutes % MINUTES_PER_DAY;
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
}

/**
 * Clock time at a moment of the simulation given in sim seconds (a chart's x value).
 *
 * @example
 * clockAtSimSeconds(487.5, 600_000); // '19:30' (a day compressed into 10 minutes)
 */
export function clockAtSimSeconds(simSeconds: number, dayMs: number): string {
  return formatDayClock(((simSeconds * 1000) / dayMs) * 24);
}

/** Tick spacings a clock axis may use, in hours of the day (quarter hours up to half days). */
const TICK_HOURS = [0.25, 0.5, 1, 2, 3, 4, 6, 12, 24] as const;

/**
 * Chart tick spacings in sim seconds that fall on whole quarter hours, hours… of the day, so the
 * axis shows `18:00`, `21:00`, never `18:47`.
 *
 * @example
 * clockTickStepsSec(600_000)[2]; // 25 (one hour of a 10-minute day)
 */
export function clockTickStepsSec(dayMs: number): number[] {
  return TICK_HOURS.map((h) => (h / 24) * (dayMs / 1000));
}

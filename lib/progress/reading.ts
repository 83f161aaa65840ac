/**
 * When a chapter counts as read: the learner reached its end AND spent plausibly enough time on
 * it. "Enough" is a fraction of the time a fast reader needs for the chapter's words, so skimming
 * passes and pressing End straight after opening does not. Pure: times come in as arguments.
 */

/** A fast reader's speed (words per minute); most people read 200–300. */
export const FAST_READER_WORDS_PER_MINUTE = 500;
/** Share of a fast reader's time that counts as having plausibly read the chapter. */
export const PLAUSIBLE_SHARE = 0.5;
/** No chapter counts as read in less than this, however short. */
export const MIN_READING_MS = 20_000;
/** Without a scroll, key press or touch for this long, the learner has probably walked away. */
export const IDLE_AFTER_MS = 180_000;
/** Gaps between ticks longer than this (sleeping laptop, throttled tab) count only up to it. */
export const MAX_TICK_MS = 5_000;

/**
 * Time on the page a chapter of `words` words needs before it counts as read.
 *
 * @example
 * minimumReadingMs(3000); // 180000 (3 minutes: half of 6 minutes at 500 words/min)
 */
export function minimumReadingMs(words: number): number {
  const fastReaderMs = (Math.max(0, words) / FAST_READER_WORDS_PER_MINUTE) * 60_000;
  return Math.max(MIN_READING_MS, Math.round(fastReaderMs * PLAUSIBLE_SHARE));
}

/**
 * Whether the chapter has plausibly been read: its end reached and enough time on the page.
 *
 * @example
 * isPlausiblyRead({ readingMs: 2_000, endReached: true }, 3000); // false: End pressed at once
 */
export function isPlausiblyRead(state: { readingMs: number; endReached: boolean }, words: number): boolean {
  return state.endReached && state.readingMs >= minimumReadingMs(words);
}

/**
 * Counts active reading time: time while the page is visible and the learner has done something
 * (scrolled, pressed a key, touched) within {@link IDLE_AFTER_MS}. Call `tick` regularly (e.g.
 * every second) and on every visibility change, `activity` on input.
 *
 * @example
 * const clock = new ReadingClock(0, 0);
 * clock.tick(1_000, true); // 1000
 */
export class ReadingClock {
  private lastTickAt: number;
  private lastActivityAt: number;
  private visible = true;
  /** Active milliseconds counted so far (including `startMs` carried over from earlier visits). */
  readingMs: number;

  constructor(now: number, startMs = 0) {
    this.lastTickAt = now;
    this.lastActivityAt = now;
    this.readingMs = startMs;
  }

  /** The learner did something at `now`. */
  activity(now: number): void {
    this.tick(now, this.visible);
    this.lastActivityAt = now;
  }

  /** Counts the time since the last tick if the page was visible and the learner was not idle; returns the total. */
  tick(now: number, visible: boolean): number {
    const from = this.lastTickAt;
    const idleFrom = this.lastActivityAt + IDLE_AFTER_MS;
    const until = Math.min(now, idleFrom);
    if (this.visible && until > from) this.readingMs += Math.min(MAX_TICK_MS, until - from);
    this.lastTickAt = Math.max(from, now);
    this.visible = visible;
    return this.readingMs;
  }
}

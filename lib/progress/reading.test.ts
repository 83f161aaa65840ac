import { describe, expect, it } from 'vitest';
import { IDLE_AFTER_MS, isPlausiblyRead, MAX_TICK_MS, MIN_READING_MS, minimumReadingMs, ReadingClock } from './reading';

/** Ticks once a second from `from` to `to` (ms), as the lesson page does. */
function tickEverySecond(clock: ReadingClock, from: number, to: number, visible = true): void {
  for (let t = from + 1000; t <= to; t += 1000) clock.tick(t, visible);
}

describe('minimumReadingMs', () => {
  it('grows with the chapter: half the time a 500 words/min reader needs', () => {
    expect(minimumReadingMs(3000)).toBe(180_000);
    expect(minimumReadingMs(6000)).toBe(2 * minimumReadingMs(3000));
  });

  it('never drops below the floor for a very short chapter', () => {
    expect(minimumReadingMs(10)).toBe(MIN_READING_MS);
    expect(minimumReadingMs(0)).toBe(MIN_READING_MS);
  });
});

describe('isPlausiblyRead', () => {
  const words = 2400;
  it('is false when End is pressed straight after opening', () => {
    expect(isPlausiblyRead({ readingMs: 1500, endReached: true }, words)).toBe(false);
  });
  it('is false after a long time without reaching the end', () => {
    expect(isPlausiblyRead({ readingMs: 3_600_000, endReached: false }, words)).toBe(false);
  });
  it('is true once both hold', () => {
    expect(isPlausiblyRead({ readingMs: minimumReadingMs(words), endReached: true }, words)).toBe(true);
    expect(isPlausiblyRead({ readingMs: minimumReadingMs(words) - 1, endReached: true }, words)).toBe(false);
  });
});

describe('ReadingClock', () => {
  it('counts time while the page is visible and the reader active', () => {
    const clock = new ReadingClock(0);
    tickEverySecond(clock, 0, 30_000);
    expect(clock.readingMs).toBe(30_000);
  });

  it('carries over time from an earlier visit', () => {
    const clock = new ReadingClock(1_000_000, 50_000);
    tickEverySecond(clock, 1_000_000, 1_010_000);
    expect(clock.readingMs).toBe(60_000);
  });

  it('does not count time while the tab is hidden', () => {
    const clock = new ReadingClock(0);
    tickEverySecond(clock, 0, 10_000);
    clock.tick(10_000, false);
    tickEverySecond(clock, 10_000, 70_000, false);
    clock.tick(70_000, true);
    tickEverySecond(clock, 70_000, 75_000);
    expect(clock.readingMs).toBe(15_000);
  });

  it('stops counting when the reader has been idle too long, and resumes on activity', () => {
    const clock = new ReadingClock(0);
    tickEverySecond(clock, 0, IDLE_AFTER_MS + 600_000);
    expect(clock.readingMs).toBe(IDLE_AFTER_MS);
    const back = IDLE_AFTER_MS + 600_000;
    clock.activity(back);
    tickEverySecond(clock, back, back + 10_000);
    expect(clock.readingMs).toBe(IDLE_AFTER_MS + 10_000);
  });

  it('counts a long gap between ticks (sleeping laptop) only up to the cap', () => {
    const clock = new ReadingClock(0);
    clock.tick(3_600_000, true);
    expect(clock.readingMs).toBe(MAX_TICK_MS);
  });

  it('never goes backwards when ticks arrive out of order', () => {
    const clock = new ReadingClock(0);
    clock.tick(5000, true);
    clock.tick(4000, true);
    clock.tick(6000, true);
    expect(clock.readingMs).toBe(6000);
  });
});

describe('progress store: reading time and marking by hand', () => {
  it('keeps the larger reading time, forgets none on reload, and stops once the chapter is read', async () => {
    const { createProgressStore } = await import('./store');
    const { memoryStorage } = await import('./storage');
    const web = memoryStorage();
    const store = createProgressStore(web);
    await store.persist.rehydrate();
    store.getState().saveReadingTime('cache', 40_000);
    store.getState().saveReadingTime('cache', 10_000);
    expect(store.getState().readingMs?.cache).toBe(40_000);
    const reloaded = createProgressStore(web);
    await reloaded.persist.rehydrate();
    expect(reloaded.getState().readingMs?.cache).toBe(40_000);
    reloaded.getState().markChapterRead('cache');
    reloaded.getState().saveReadingTime('cache', 90_000);
    expect(reloaded.getState().readingMs?.cache).toBe(40_000);
  });

  it('un-marks a chapter the learner marked by mistake', async () => {
    const { createProgressStore } = await import('./store');
    const store = createProgressStore();
    await store.persist.rehydrate();
    store.getState().markChapterRead('clones');
    expect(store.getState().chaptersRead.clones).toBeTruthy();
    store.getState().markChapterUnread('clones');
    expect(store.getState().chaptersRead.clones).toBeUndefined();
  });
});

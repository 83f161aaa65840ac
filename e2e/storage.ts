import type { Page } from '@playwright/test';

/** What the learner reads next to an action the browser did not save (components/progress/NotSaved.tsx). */
export const NOT_SAVED = 'Not saved: your browser’s storage for this site is full';

/**
 * Fills this site's real localStorage until the browser refuses (Chromium: 5 MiB of key and value
 * characters): filler keys of halving sizes, down to one character. Returns the characters written.
 */
export async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let written = 0;
    let i = 0;
    for (let size = 1 << 22; size >= 1; ) {
      const key = `filler-${i}`;
      try {
        localStorage.setItem(key, 'x'.repeat(size));
        written += key.length + size;
        i++;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return written;
  });
}

/** Removes the filler keys again. */
export async function freeStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
}

/** Sets the saved progress (any text: an envelope, or something corrupt) before the next load. */
export async function setProgress(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => localStorage.setItem('prepup-progress', t), text);
}

/** The saved progress text as it is now (null if none). */
export async function savedProgress(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('prepup-progress'));
}

/** Current-version saved progress with `state` over a fresh learner's. */
export function progressEnvelope(state: Record<string, unknown>): string {
  const fresh = { chaptersRead: {}, simsExplored: {}, predictions: {}, cards: {}, mockHistory: [], challenges: {}, drillAttempts: [], reviewLog: [], mockDraft: null, settings: { newCardsPerDay: 10 }, readingMs: {} };
  return JSON.stringify({ app: 'prepup-progress', version: 3, state: { ...fresh, ...state } });
}

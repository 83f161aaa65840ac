import type { ReviewLogEntry, StoredCard } from './records';
import { localDay } from './daily';

/** Reviews on each of the last `days` local days, oldest first (days without reviews included). */
export function reviewsPerDay(log: readonly ReviewLogEntry[], now: Date, days = 14): { day: string; reviews: number }[] {
  const counts = new Map<string, number>();
  for (const e of log) {
    const d = localDay(new Date(e.at));
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const out = [];
  for (let i = days - 1; i >= 0; i--) {
    const d = localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - i, 12));
    out.push({ day: d, reviews: counts.get(d) ?? 0 });
  }
  return out;
}

/**
 * Retention: of the reviews of cards that had graduated (FSRS state Review), the share recalled
 * (rated Hard, Good or Easy rather than Again). Null before any such review. FSRS aims at 90%.
 */
export function retention(log: readonly ReviewLogEntry[]): { recalled: number; reviews: number; rate: number | null } {
  const mature = log.filter((e) => e.stateBefore === 2);
  const recalled = mature.filter((e) => e.rating > 1).length;
  return { recalled, reviews: mature.length, rate: mature.length ? recalled / mature.length : null };
}

/** How many of `ids` are new, learning, in review and relearning. */
export function cardsByState(ids: readonly string[], cards: Readonly<Record<string, StoredCard>>): { new: number; learning: number; review: number; relearning: number } {
  const out = { new: 0, learning: 0, review: 0, relearning: 0 };
  for (const id of ids) {
    const s = cards[id]?.state ?? 0;
    if (s === 0) out.new++;
    else if (s === 1) out.learning++;
    else if (s === 2) out.review++;
    else out.relearning++;
  }
  return out;
}

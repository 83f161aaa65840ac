'use client';

import { useNow } from './useNow';
import { useLazyProgress } from './useLazyProgress';

const pill = 'inline-flex h-6 items-center rounded-full px-2 text-xs font-medium';

/**
 * "Read ✓ · 3 cards due" for one chapter on the course map: only this chapter's reviews that are
 * due (the new cards the day allows are told once for the course, see CardsToday). An empty line
 * of the same height until the progress has loaded. The store is imported on demand (see
 * useLazyProgress), so the course map stays within the lesson JavaScript budget.
 */
export function ChapterProgressBadge({ slug, questionIds }: { slug: string; questionIds: readonly string[] }) {
  const now = useNow();
  const state = useLazyProgress((s, daily) => ({ read: Boolean(s.chaptersRead[slug]), cards: s.cards, badge: daily.chapterCardsBadge }), [slug]);
  const ready = state !== null && now !== null;
  const cards = ready ? state.badge(questionIds, state.cards, now) : null;
  return (
    <p className="mt-3 flex h-6 gap-2">
      {ready && state.read ? <span className={`${pill} bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100`}>✓ Read</span> : null}
      {cards ? (
        <span className={`${pill} ${cards.due > 0 ? 'bg-amber-100 text-amber-950 dark:bg-amber-900/50 dark:text-amber-100' : 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300'}`}>{cards.text}</span>
      ) : null}
    </p>
  );
}

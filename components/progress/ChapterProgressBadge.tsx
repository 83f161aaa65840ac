'use client';

import { useNow } from './useNow';
import { useLazyProgress } from './useLazyProgress';

const pill = 'inline-flex h-6 items-center rounded-full px-2 text-xs font-medium';

/**
 * "Read ✓ · 3 due" for one chapter on the course map; an empty line of the same height until the
 * progress has loaded. The store is imported on demand (see useLazyProgress), so the course map
 * stays within the lesson JavaScript budget.
 */
export function ChapterProgressBadge({ slug, questionIds }: { slug: string; questionIds: readonly string[] }) {
  const now = useNow();
  const state = useLazyProgress(
    (s, dailyWork) => ({ read: Boolean(s.chaptersRead[slug]), cards: s.cards, log: s.reviewLog, newPerDay: s.settings.newCardsPerDay, dailyWork }),
    [slug],
  );
  const ready = state !== null && now !== null;
  // Due reviews plus the new cards today's limit allows from this chapter.
  const due = ready ? state.dailyWork(questionIds, state.cards, state.log, state.newPerDay, now).queue.length : 0;
  return (
    <p className="mt-3 flex h-6 gap-2">
      {ready && state.read ? <span className={`${pill} bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100`}>✓ Read</span> : null}
      {ready && questionIds.length > 0 ? (
        <span className={`${pill} ${due > 0 ? 'bg-amber-100 text-amber-950 dark:bg-amber-900/50 dark:text-amber-100' : 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300'}`}>
          {due > 0 ? `${due} ${due === 1 ? 'card' : 'cards'} due` : 'No cards due'}
        </span>
      ) : null}
    </p>
  );
}

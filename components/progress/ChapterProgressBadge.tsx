'use client';

import { dailyWork } from '@/lib/practice/daily';
import { useNow } from './useNow';
import { useProgress, useProgressHydrated } from './useProgress';

const pill = 'inline-flex h-6 items-center rounded-full px-2 text-xs font-medium';

/** "Read ✓ · 3 due" for one chapter on the course map; an empty line of the same height until hydrated. */
export function ChapterProgressBadge({ slug, questionIds }: { slug: string; questionIds: readonly string[] }) {
  const hydrated = useProgressHydrated();
  const now = useNow();
  const read = useProgress((s) => Boolean(s.chaptersRead[slug]));
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.reviewLog);
  const newPerDay = useProgress((s) => s.settings.newCardsPerDay);
  const ready = hydrated && now;
  // Due reviews plus the new cards today's limit allows from this chapter.
  const due = ready ? dailyWork(questionIds, cards, log, newPerDay, now).queue.length : 0;
  return (
    <p className="mt-3 flex h-6 gap-2">
      {ready && read ? <span className={`${pill} bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100`}>✓ Read</span> : null}
      {ready && questionIds.length > 0 ? (
        <span className={`${pill} ${due > 0 ? 'bg-amber-100 text-amber-950 dark:bg-amber-900/50 dark:text-amber-100' : 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300'}`}>
          {due > 0 ? `${due} ${due === 1 ? 'card' : 'cards'} due` : 'No cards due'}
        </span>
      ) : null}
    </p>
  );
}

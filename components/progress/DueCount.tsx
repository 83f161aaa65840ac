'use client';

import { dailyWork, describeDailyWork } from '@/lib/practice/daily';
import { useNow } from './useNow';
import { useProgress, useProgressHydrated } from './useProgress';

/**
 * "3 reviews due · up to 10 new cards today": the flashcard work of `questionIds` now (new cards within the daily limit). Renders a same-width placeholder until
 * saved progress is read, so the text never jumps and server and client HTML agree.
 */
export function DueCount({ questionIds, className = '' }: { questionIds: readonly string[]; className?: string }) {
  const hydrated = useProgressHydrated();
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.reviewLog);
  const newPerDay = useProgress((s) => s.settings.newCardsPerDay);
  const now = useNow();
  if (!hydrated || !now) {
    return (
      <span className={`inline-block min-w-[7ch] ${className}`} aria-hidden="true">
        <span className="inline-block h-[1em] w-[7ch] animate-pulse rounded bg-slate-200 align-middle motion-reduce:animate-none dark:bg-slate-700" />
      </span>
    );
  }
  return <span className={`inline-block min-w-[7ch] ${className}`}>{describeDailyWork(dailyWork(questionIds, cards, log, newPerDay, now))}</span>;
}

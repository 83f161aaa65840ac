'use client';

import { countDue } from '@/lib/practice/scheduler';
import { useNow } from './useNow';
import { useProgress, useProgressHydrated } from './useProgress';

/**
 * "12 cards due": how many of `questionIds` are due now. Renders a same-width placeholder until
 * saved progress is read, so the text never jumps and server and client HTML agree.
 */
export function DueCount({ questionIds, className = '' }: { questionIds: readonly string[]; className?: string }) {
  const hydrated = useProgressHydrated();
  const cards = useProgress((s) => s.cards);
  const now = useNow();
  if (!hydrated || !now) {
    return (
      <span className={`inline-block min-w-[7ch] ${className}`} aria-hidden="true">
        <span className="inline-block h-[1em] w-[7ch] animate-pulse rounded bg-slate-200 align-middle motion-reduce:animate-none dark:bg-slate-700" />
      </span>
    );
  }
  const n = countDue(questionIds, cards, now);
  return <span className={`inline-block min-w-[7ch] ${className}`}>{`${n} ${n === 1 ? 'card' : 'cards'} due`}</span>;
}

'use client';

import Link from 'next/link';
import { useNow } from './useNow';
import { useLazyProgress } from './useLazyProgress';

/**
 * The course's flashcard work today, told once above the chapters ("Flashcards: 3 reviews due · up
 * to 10 new cards today"): the daily allowance of new cards is shared by all chapters, so no
 * chapter claims it. A same-height empty line until progress has loaded; the store is imported on
 * demand, as for the chapter badges.
 */
export function CardsToday({ questionIds }: { questionIds: readonly string[] }) {
  const now = useNow();
  const state = useLazyProgress((s, daily) => ({ cards: s.cards, log: s.reviewLog, newPerDay: s.settings.newCardsPerDay, daily }), []);
  const line = state && now ? state.daily.describeDailyWork(state.daily.dailyWork(questionIds, state.cards, state.log, state.newPerDay, now)) : null;
  return (
    <p className="mt-3 min-h-6 text-sm leading-6" data-testid="cards-today">
      {line ? (
        <>
          <span className="font-medium">Flashcards: </span>
          <Link href="/practice/review" className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
            {line}
          </Link>
        </>
      ) : null}
    </p>
  );
}

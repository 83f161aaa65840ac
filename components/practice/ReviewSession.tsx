'use client';

import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { refreshNow, useNow } from '@/components/progress/useNow';
import { progressActions, useProgress, useProgressHydrated } from '@/components/progress/useProgress';
import { ProgressNotice } from '@/components/progress/ProgressNotice';
import type { BankChapter, BankQuestion } from '@/lib/practice/bank';
import { countDue, dueQueue, formatInterval, nextDueAt, previewIntervals, rateCard, RATINGS, type RatingName } from '@/lib/practice/scheduler';
import { ReviewCard } from './ReviewCard';
import { card, field, kbd } from './styles';

const TYPING = 'input, textarea, select, [contenteditable="true"]';

const noSubscription = () => () => {};
/** ?chapter= from the address (read on the client only: the page stays fully static). */
const chapterInUrl = () => new URLSearchParams(window.location.search).get('chapter') ?? '';

/** Flashcard review: one due card at a time, FSRS-scheduled, keyboard first. */
export function ReviewSession({ questions, chapters }: { questions: BankQuestion[]; chapters: BankChapter[] }) {
  const hydrated = useProgressHydrated();
  const cards = useProgress((s) => s.cards);
  const now = useNow();
  const urlChapter = useSyncExternalStore(noSubscription, chapterInUrl, () => null);
  const [chosenDeck, setDeck] = useState<string | null>(null);
  const urlDeck = urlChapter !== null && chapters.some((c) => c.slug === urlChapter) ? urlChapter : '';
  const deck = chosenDeck ?? (urlChapter === null ? null : urlDeck);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [draft, setDraft] = useState('');
  const [reviewed, setReviewed] = useState(0);
  const [lastRating, setLastRating] = useState('');
  const questionRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  const ids = useMemo(() => (deck ? questions.filter((q) => q.chapter.slug === deck) : questions).map((q) => q.id), [questions, deck]);
  const queue = useMemo(() => (now ? dueQueue(ids, cards, now) : []), [ids, cards, now]);
  // Keep the card on screen while the learner works on it, even if the queue order shifts.
  const current = questions.find((q) => q.id === (currentId && queue.includes(currentId) ? currentId : queue[0]));
  const ready = hydrated && now !== null && deck !== null;

  const reveal = useCallback(() => {
    if (!current || revealed) return;
    setCurrentId(current.id);
    setRevealed(true);
    requestAnimationFrame(() => answerRef.current?.focus());
  }, [current, revealed]);

  const rate = useCallback(
    (rating: RatingName) => {
      if (!current || !revealed) return;
      const at = new Date();
      const next = rateCard(cards[current.id], rating, at);
      progressActions().saveCard(current.id, next);
      setLastRating(`Rated “${RATINGS.find((r) => r.name === rating)!.label}”: back in ${formatInterval(new Date(next.due).getTime() - at.getTime())}.`);
      setReviewed((n) => n + 1);
      setRevealed(false);
      setDraft('');
      setCurrentId(null);
      refreshNow();
      requestAnimationFrame(() => (questionRef.current ?? doneRef.current)?.focus());
    },
    [cards, current, revealed],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(TYPING)) return;
      if (e.key === ' ') {
        // A focused button or link handles Space itself.
        if (target?.closest('button, a, summary')) return;
        e.preventDefault();
        reveal();
        return;
      }
      const r = RATINGS.find((x) => x.key === e.key);
      if (r && revealed) {
        e.preventDefault();
        rate(r.name);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [reveal, rate, revealed]);

  const chooseDeck = (slug: string) => {
    setDeck(slug);
    setCurrentId(null);
    setRevealed(false);
    const url = new URL(window.location.href);
    if (slug) url.searchParams.set('chapter', slug);
    else url.searchParams.delete('chapter');
    window.history.replaceState(null, '', url);
  };

  const dueNow = ready ? countDue(ids, cards, now) : null;
  const next = ready && !current ? nextDueAt(ids, cards) : null;
  return (
    <div>
      <ProgressNotice />
      <div className="flex flex-wrap items-end justify-between gap-4 [&_select]:max-w-full">
        <label className="flex max-w-full min-w-0 flex-col gap-1 text-sm font-medium">
          Deck
          <select value={deck ?? ''} onChange={(e) => chooseDeck(e.target.value)} className={field} disabled={!ready}>
            <option value="">All chapters</option>
            {chapters.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.order}. {c.title}
              </option>
            ))}
          </select>
        </label>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <span aria-live="polite" className="inline-block min-w-[10ch] font-semibold text-slate-900 dark:text-slate-100">
            {dueNow === null ? '…' : `${dueNow} due now`}
          </span>
          <span className="ml-3">Reviewed this session: {reviewed}</span>
        </p>
      </div>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        Keys: <kbd className={kbd}>Space</kbd> show the answer · <kbd className={kbd}>1</kbd> again · <kbd className={kbd}>2</kbd> hard · <kbd className={kbd}>3</kbd> good ·{' '}
        <kbd className={kbd}>4</kbd> easy (not while typing in the answer box).
      </p>
      <p role="status" className="mt-2 min-h-[1.5rem] text-sm text-emerald-800 dark:text-emerald-300">
        {lastRating}
      </p>
      <div className="mt-2 min-h-[24rem]">
        {!ready ? (
          <div className={`${card} h-[24rem] animate-pulse motion-reduce:animate-none`} aria-hidden="true" />
        ) : current ? (
          <ReviewCard
            key={current.id}
            question={current}
            revealed={revealed}
            draft={draft}
            onDraft={(t) => {
              setDraft(t);
              setCurrentId(current.id);
            }}
            onReveal={reveal}
            onRate={rate}
            intervals={previewIntervals(cards[current.id], now)}
            questionRef={questionRef}
            answerRef={answerRef}
            onLeaveDraft={() => questionRef.current?.focus()}
          />
        ) : (
          <div className={card}>
            <h2 ref={doneRef} tabIndex={-1} className="text-xl font-semibold outline-none">
              All caught up
            </h2>
            <p className="mt-2 text-slate-700 dark:text-slate-300">
              {next ? `The next card in this deck is due in ${formatInterval(next.getTime() - now.getTime())}.` : 'This deck has no cards.'} Spacing reviews out is what makes answers stick.
            </p>
            <p className="mt-4 flex flex-wrap gap-4 text-sm">
              <Link href="/practice/mock" className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
                Try a mock interview
              </Link>
              <Link href="/practice/challenges" className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
                Try a scored challenge
              </Link>
            </p>
          </div>
        )}
      </div>
    </div>
  );
}

'use client';

import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { refreshNow, useNow } from '@/components/progress/useNow';
import { NotSaved, useSaveReport } from '@/components/progress/NotSaved';
import { progressActions, useProgress, useProgressHydrated } from '@/components/progress/useProgress';
import type { BankChapter, BankQuestion } from '@/lib/practice/bank';
import { dailyWork, describeDailyWork } from '@/lib/practice/daily';
import { formatInterval, nextDueAt, previewIntervals, rateCard, RATINGS, type RatingName } from '@/lib/practice/scheduler';
import type { SimCardInfo } from '@/lib/practice/sim-cards';
import { ReviewCard } from './ReviewCard';
import { ReviewStats } from './ReviewStats';
import { SimReviewCard } from './SimReviewCard';
import { card, field, kbd } from './styles';

const TYPING = 'input, textarea, select, [contenteditable="true"]';

const noSubscription = () => () => {};
/** ?chapter= from the address (read on the client only: the page stays fully static). */
const chapterInUrl = () => new URLSearchParams(window.location.search).get('chapter') ?? '';

/** A card of the deck: a written question or a simulation card. */
type DeckItem = { id: string; chapter: string; question: BankQuestion; sim?: undefined } | { id: string; chapter: string; sim: SimCardInfo; question?: undefined };

/**
 * Flashcard review: one due card at a time, FSRS-scheduled, keyboard first. Reviews are never
 * limited; new cards come at most `newCardsPerDay` a day.
 */
export function ReviewSession({ questions, chapters, simCards = [] }: { questions: BankQuestion[]; chapters: BankChapter[]; simCards?: SimCardInfo[] }) {
  const hydrated = useProgressHydrated();
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.reviewLog);
  const newPerDay = useProgress((s) => s.settings.newCardsPerDay);
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
  const { track: trackRating, failed: ratingFailed } = useSaveReport();

  // Course order: each chapter's questions, then its simulation cards.
  const items = useMemo<DeckItem[]>(
    () =>
      chapters.flatMap((c) => [
        ...questions.filter((q) => q.chapter.slug === c.slug).map((q) => ({ id: q.id, chapter: c.slug, question: q })),
        ...simCards.filter((x) => x.chapter === c.slug).map((x) => ({ id: x.id, chapter: c.slug, sim: x })),
      ]),
    [chapters, questions, simCards],
  );
  const ids = useMemo(() => items.filter((i) => !deck || i.chapter === deck).map((i) => i.id), [items, deck]);
  const work = useMemo(() => (now ? dailyWork(ids, cards, log, newPerDay, now) : null), [ids, cards, log, newPerDay, now]);
  const queue = work?.queue ?? [];
  // Keep the card on screen while the learner works on it, even if the queue order shifts.
  const current = items.find((q) => q.id === (currentId && queue.includes(currentId) ? currentId : queue[0]));
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
      const before = cards[current.id];
      const next = rateCard(before, rating, at);
      const grade = Number(RATINGS.find((r) => r.name === rating)!.key);
      const outcome = trackRating(progressActions().reviewCard(current.id, next, { at: at.toISOString(), rating: grade, stateBefore: before?.state ?? 0 }));
      const label = RATINGS.find((r) => r.name === rating)!.label;
      // "back in …" only for a rating the browser kept: an unsaved one is gone after a reload.
      setLastRating(outcome.saved ? `Rated “${label}”: back in ${formatInterval(new Date(next.due).getTime() - at.getTime())}.` : `Rated “${label}”.`);
      setReviewed((n) => n + 1);
      setRevealed(false);
      setDraft('');
      setCurrentId(null);
      refreshNow();
      requestAnimationFrame(() => (questionRef.current ?? doneRef.current)?.focus());
    },
    [cards, current, revealed, trackRating],
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

  const dueNow = ready && work ? describeDailyWork(work) : null;
  const next = ready && !current ? nextDueAt(ids, cards) : null;
  return (
    <div>
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
            {dueNow === null ? '…' : dueNow}
          </span>
          <span className="ml-3">Reviewed this session: {reviewed}</span>
        </p>
      </div>
      <NewCardLimit disabled={!ready} />
      <p className="mt-3 hidden text-sm text-slate-600 pointer-fine:block dark:text-slate-400" data-testid="review-keys">
        Keys: <kbd className={kbd}>Space</kbd> show the answer · <kbd className={kbd}>1</kbd> again · <kbd className={kbd}>2</kbd> hard · <kbd className={kbd}>3</kbd> good ·{' '}
        <kbd className={kbd}>4</kbd> easy (not while typing in the answer box).
      </p>
      <p role="status" className="mt-2 min-h-[1.5rem] text-sm text-emerald-800 dark:text-emerald-300">
        {lastRating}
      </p>
      <NotSaved reason={ratingFailed} />
      <div className="mt-2 min-h-[24rem]">
        {!ready ? (
          <div className={`${card} h-[24rem] animate-pulse motion-reduce:animate-none`} aria-hidden="true" />
        ) : current?.sim ? (
          <SimReviewCard
            key={current.id}
            card={current.sim}
            chapterLabel={`Chapter ${chapters.find((c) => c.slug === current.chapter)?.order ?? ''}: ${chapters.find((c) => c.slug === current.chapter)?.title ?? current.chapter}`}
            revealed={revealed}
            guess={draft}
            onGuess={(t) => {
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
        ) : current?.question ? (
          <ReviewCard
            key={current.id}
            question={current.question}
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
              {work && work.newHeldBack > 0 ? `${work.newHeldBack} new ${work.newHeldBack === 1 ? 'card waits' : 'cards wait'} for the coming days (${newPerDay} new a day). ` : ''}
              {next ? `The next review in this deck is due in ${formatInterval(next.getTime() - now.getTime())}.` : work && work.newHeldBack > 0 ? '' : 'This deck has no cards.'} Spacing reviews out is what makes answers stick.
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
      {ready ? <ReviewStats ids={ids} now={now} /> : null}
    </div>
  );
}

/** The daily new-card limit, adjustable (saved in progress). */
function NewCardLimit({ disabled }: { disabled: boolean }) {
  const limit = useProgress((s) => s.settings.newCardsPerDay);
  const save = useSaveReport();
  return (
    <>
      <label className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        New cards per day
        <input
          type="number"
          min={0}
          max={200}
          step={1}
          value={limit}
          disabled={disabled}
          onChange={(e) => {
            if (e.target.value !== '' && Number.isFinite(e.target.valueAsNumber)) save.track(progressActions().setNewCardsPerDay(e.target.valueAsNumber));
          }}
          className={`${field} w-20`}
        />
        <span className="text-slate-600 dark:text-slate-400">Reviews of cards you have seen are never held back.</span>
      </label>
      <NotSaved reason={save.failed} />
    </>
  );
}

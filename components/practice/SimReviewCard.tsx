'use client';

import Link from 'next/link';
import { useEffect, useId, useState, type RefObject } from 'react';
import { fmt, gradeGuess, parseGuess } from '@/lib/practice/drills';
import type { RatingName } from '@/lib/practice/scheduler';
import type { SimCardInfo } from '@/lib/practice/sim-cards';
import { measureSimCardAsync, type MeasureOutcome } from './challenge-runner';
import { RatingButtons } from './RatingButtons';
import { RevealAnswer } from './RevealAnswer';
import { card, field } from './styles';

export interface SimReviewCardProps {
  card: SimCardInfo;
  chapterLabel: string;
  revealed: boolean;
  guess: string;
  onGuess(text: string): void;
  onReveal(): void;
  onRate(rating: RatingName): void;
  intervals: Record<RatingName, number>;
  questionRef: RefObject<HTMLHeadingElement | null>;
  answerRef: RefObject<HTMLHeadingElement | null>;
  onLeaveDraft(): void;
}

/**
 * A simulation flashcard: guess a number for the setup, then the engine runs it (in the worker, on
 * the card's fixed seed) and the measurement appears beside the guess.
 */
export function SimReviewCard({ card: c, chapterLabel, revealed, guess, onGuess, onReveal, onRate, intervals, questionRef, answerRef, onLeaveDraft }: SimReviewCardProps) {
  const id = useId();
  const [measured, setMeasured] = useState<MeasureOutcome | null>(null);
  useEffect(() => {
    if (!revealed) return;
    let live = true;
    void measureSimCardAsync(c.id).then((o) => live && setMeasured(o));
    return () => {
      live = false;
    };
  }, [revealed, c.id]);
  const guessed = parseGuess(guess);
  const grade = measured?.ok && guessed !== null ? gradeGuess({ answer: measured.value, tolerance: { kind: 'factor', factor: 1.5 } }, guessed) : null;

  return (
    <article className={`${card} break-words`} aria-labelledby={`${id}-q`}>
      <p className="text-xs font-semibold uppercase tracking-wide text-sky-700 dark:text-sky-400">{chapterLabel} · simulation card</p>
      <h2 id={`${id}-q`} ref={questionRef} tabIndex={-1} className="mt-2 text-xl font-semibold leading-snug outline-none focus-visible:outline-2">
        {c.question}
      </h2>
      <ul className="mt-2 list-disc pl-5 text-sm text-slate-700 dark:text-slate-300">
        {c.setup.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <label className="mt-4 block text-sm font-medium">
        Your guess, in {c.unit}
        <input
          inputMode="decimal"
          autoComplete="off"
          value={guess}
          onChange={(e) => onGuess(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              onLeaveDraft();
            }
            if (e.key === 'Enter' && !revealed) {
              e.preventDefault();
              onReveal();
            }
          }}
          className={`${field} mt-1 block w-40 font-mono`}
        />
      </label>
      <RevealAnswer revealed={revealed} onReveal={onReveal} revealLabel="Run the simulation" title="Measured by the engine" titleRef={answerRef}>
        <div aria-live="polite" aria-busy={!measured}>
          {!measured ? (
            <p className="mt-2 text-sm">Running the simulation…</p>
          ) : measured.ok ? (
            <dl className="mt-2 grid grid-cols-2 gap-3">
              <div className="rounded-md bg-slate-50 p-3 dark:bg-slate-800/60">
                <dt className="text-xs text-slate-600 dark:text-slate-400">Your guess</dt>
                <dd className="font-mono text-xl tabular-nums">{guessed === null ? '—' : `${fmt(guessed)} ${c.unit}`}</dd>
              </div>
              <div className="rounded-md bg-slate-50 p-3 dark:bg-slate-800/60">
                <dt className="text-xs text-slate-600 dark:text-slate-400">Measured (fixed seed)</dt>
                <dd className="font-mono text-xl tabular-nums">
                  {fmt(measured.value)} {c.unit}
                </dd>
              </div>
            </dl>
          ) : (
            <p className="mt-2 text-sm text-rose-800 dark:text-rose-300">The simulation could not run: {measured.errors.join('; ')}</p>
          )}
          {grade ? <p className="mt-2 text-sm font-semibold">{grade.correct ? `Close: within ×/÷ 1.5 (${grade.verdict}).` : `Off: ${grade.verdict}.`}</p> : null}
        </div>
        <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">{c.explain}</p>
        <p className="mt-2 text-sm">
          <Link href={c.playground} className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
            Explore this setup in the playground
          </Link>
        </p>
        <RatingButtons intervals={intervals} onRate={onRate} />
      </RevealAnswer>
    </article>
  );
}

'use client';

import { useId, type RefObject } from 'react';
import type { BankQuestion } from '@/lib/practice/bank';
import { formatInterval, RATINGS, type RatingName } from '@/lib/practice/scheduler';
import { ModelAnswer } from './ModelAnswer';
import { btnPrimary, btnSecondary, card, field, kbd } from './styles';

export interface ReviewCardProps {
  question: BankQuestion;
  revealed: boolean;
  draft: string;
  onDraft(text: string): void;
  onReveal(): void;
  onRate(rating: RatingName): void;
  /** How long until each rating would bring the card back (ms). */
  intervals: Record<RatingName, number>;
  questionRef: RefObject<HTMLHeadingElement | null>;
  answerRef: RefObject<HTMLHeadingElement | null>;
  /** Escape in the text box hands the keyboard back to the shortcuts. */
  onLeaveDraft(): void;
}

/** One flashcard: the question, an optional answer box, then the model answer and the four ratings. */
export function ReviewCard({ question: q, revealed, draft, onDraft, onReveal, onRate, intervals, questionRef, answerRef, onLeaveDraft }: ReviewCardProps) {
  const id = useId();
  return (
    <article className={card} aria-labelledby={`${id}-q`}>
      <p className="text-xs font-semibold uppercase tracking-wide text-sky-700 dark:text-sky-400">
        Chapter {q.chapter.order}: {q.chapter.title} · {q.difficulty}
      </p>
      <h2 id={`${id}-q`} ref={questionRef} tabIndex={-1} className="mt-2 text-xl font-semibold leading-snug outline-none focus-visible:outline-2">
        {q.question}
      </h2>
      <label className="mt-4 block text-sm font-medium">
        Your answer <span className="font-normal text-slate-600 dark:text-slate-400">(optional: answering out loud works too; Esc leaves the box)</span>
        <textarea
          value={draft}
          onChange={(e) => onDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              onLeaveDraft();
            }
          }}
          rows={4}
          className={`${field} mt-1 block w-full`}
        />
      </label>
      {!revealed ? (
        <p className="mt-4">
          <button type="button" className={btnPrimary} onClick={onReveal}>
            Show the answer <kbd className={kbd}>Space</kbd>
          </button>
        </p>
      ) : (
        <div className="mt-6 border-t border-slate-200 pt-4 dark:border-slate-700">
          <h3 ref={answerRef} tabIndex={-1} className="text-lg font-semibold outline-none focus-visible:outline-2">
            Model answer
          </h3>
          <div className="mt-2">
            <ModelAnswer question={q} />
          </div>
          <fieldset className="mt-6">
            <legend className="text-sm font-semibold">How well did you recall it?</legend>
            <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
              {RATINGS.map((r) => (
                <button key={r.name} type="button" className={r.name === 'good' ? btnPrimary : btnSecondary} onClick={() => onRate(r.name)} title={r.hint}>
                  <kbd className={kbd}>{r.key}</kbd> {r.label}
                  <span className="text-xs font-normal opacity-90">
                    {formatInterval(intervals[r.name])}
                  </span>
                </button>
              ))}
            </div>
          </fieldset>
        </div>
      )}
    </article>
  );
}

'use client';

import { useId, type RefObject } from 'react';
import type { BankQuestion } from '@/lib/practice/bank';
import type { RatingName } from '@/lib/practice/scheduler';
import { ModelAnswer } from './ModelAnswer';
import { RatingButtons } from './RatingButtons';
import { RevealAnswer } from './RevealAnswer';
import { card, field } from './styles';

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
        Your answer <span className="font-normal text-slate-600 dark:text-slate-400">(optional: answering out loud works too<span className="hidden pointer-fine:inline">; Esc leaves the box</span>)</span>
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
      <RevealAnswer revealed={revealed} onReveal={onReveal} revealLabel="Show the answer" title="Model answer" titleRef={answerRef}>
        <div className="mt-2">
          <ModelAnswer question={q} />
        </div>
        <RatingButtons intervals={intervals} onRate={onRate} />
      </RevealAnswer>
    </article>
  );
}

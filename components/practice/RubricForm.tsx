'use client';

import { useId, useState } from 'react';
import { RUBRIC, rubricTotal } from '@/lib/practice/scenarios';
import { btnPrimary } from './styles';

/** Self-scoring, 1–4 per criterion, each level described so the score means something. */
export function RubricForm({ onSave }: { onSave(scores: Record<string, number>): void }) {
  const id = useId();
  const [scores, setScores] = useState<Record<string, number>>({});
  const complete = RUBRIC.every((c) => scores[c.id] !== undefined);
  const { total, max } = rubricTotal(scores);
  return (
    <form
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        if (complete) onSave(scores);
      }}
    >
      <h2 id={`${id}-h`} className="text-xl font-semibold">
        Score yourself
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Be strict: 4 means an interviewer would have nothing to add.</p>
      <div className="mt-4 space-y-4">
        {RUBRIC.map((c) => (
          <fieldset key={c.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <legend className="px-1 text-sm font-semibold">{c.label}</legend>
            <div className="grid gap-1 sm:grid-cols-2">
              {c.levels.map((text, i) => (
                <label key={text} className="flex cursor-pointer items-start gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50 dark:hover:bg-slate-800">
                  <input type="radio" name={`${id}-${c.id}`} value={i + 1} checked={scores[c.id] === i + 1} onChange={() => setScores((s) => ({ ...s, [c.id]: i + 1 }))} className="mt-1" />
                  <span>
                    <span className="font-semibold">{i + 1}</span> · {text}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <p className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={btnPrimary} disabled={!complete}>
          Save the result
        </button>
        <span className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
          {complete ? `Total ${total} of ${max}` : `Score all ${RUBRIC.length} criteria to save`}
        </span>
      </p>
    </form>
  );
}

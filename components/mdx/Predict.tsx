'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { NotSaved, useSaveReport } from '@/components/progress/NotSaved';
import { setPrediction } from './prediction-bus';
import type { PredictProps } from './schemas';

/** Closeness of a numeric guess, as the learner will read it. */
export function closeness(guess: number, answer: number, tolerance: number): 'right' | 'close' | 'off' {
  const err = Math.abs(guess - answer) / Math.max(Math.abs(answer), 1e-9);
  if (err <= tolerance) return 'right';
  return err <= tolerance * 2 ? 'close' : 'off';
}

/** The choices after lock-in: the right one marked, the learner's pick labelled (never greyed out). */
function MarkedChoices({ choices, answer, picked }: { choices: string[]; answer: number; picked: number | null }) {
  return (
    <ul className="mt-3 space-y-1" aria-label="Choices, marked">
      {choices.map((c, i) => {
        const right = i === answer;
        const mine = i === picked;
        return (
          <li
            key={c}
            className={`flex items-start gap-2 rounded border px-2 py-1 text-slate-900 dark:text-slate-100 ${right ? 'border-emerald-700 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/40' : mine ? 'border-rose-700 bg-rose-50 dark:border-rose-400 dark:bg-rose-950/40' : 'border-transparent'}`}
          >
            <span aria-hidden="true" className="w-4 shrink-0 font-bold">
              {right ? '✓' : mine ? '✗' : ''}
            </span>
            <span>
              {c}
              {(right || mine) && (
                <span className="ml-2 text-xs font-semibold uppercase tracking-wide">
                  {right && mine ? '(right answer, your pick)' : right ? '(right answer)' : '(your pick)'}
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Props the compile step adds: `gateId` links this prediction to the figure right after it. */
type CompiledPredictProps = PredictProps & { gateId?: string };

/**
 * "Predict, then run": the learner commits to an answer before the simulation below shows it.
 * Multiple choice when `choices` is given, otherwise a number within `tolerance` (relative). The
 * figure right after it waits for the lock-in; with `metric` it then shows the guess beside what
 * it measured (at `checkAtMs` of sim time, or at the end of the run).
 */
export function Predict({ question, choices, answer, unit, tolerance = 0.25, explanation, metric, checkAtMs, gateId }: CompiledPredictProps) {
  const id = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const [guess, setGuess] = useState('');
  const [revealed, setRevealed] = useState(false);
  const save = useSaveReport();
  const result = useRef<HTMLDivElement>(null);
  // Locking in removes the button (and the choices or the input) that had focus; without a new
  // home focus falls to the top of the page. It moves to the verdict, where the learner is: a
  // screen reader reads it, and Tab goes on to the figure below. The view does not move.
  useEffect(() => {
    if (revealed) result.current?.focus({ preventScroll: true });
  }, [revealed]);
  const numericGuess = Number(guess);
  const canSubmit = choices ? choice !== null : guess.trim() !== '' && Number.isFinite(numericGuess);

  let verdict = '';
  if (revealed) {
    if (choices) verdict = choice === answer ? 'Right.' : `Not quite: the answer is “${choices[answer] ?? ''}”.`;
    else {
      const c = closeness(numericGuess, answer, tolerance);
      const diff = `${Math.round(Math.abs(numericGuess - answer) * 100) / 100}${unit ? ` ${unit}` : ''}`;
      verdict = c === 'right' ? `Right: about ${answer}${unit ? ` ${unit}` : ''}.` : c === 'close' ? `Close: off by ${diff} (answer ≈ ${answer}${unit ? ` ${unit}` : ''}).` : `Off by ${diff}: the answer is about ${answer}${unit ? ` ${unit}` : ''}.`;
    }
  }

  return (
    <form
      className="predict not-prose my-6 rounded-lg border border-violet-500/40 bg-violet-50/60 p-4 dark:bg-violet-950/30"
      aria-labelledby={`${id}-q`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!canSubmit) return;
        setRevealed(true);
        if (gateId) setPrediction(gateId, { status: 'locked', guess: choices ? undefined : numericGuess, unit, metric, checkAtMs });
        // Counted on the learner's progress page ("predictions made"). Loaded on demand so the
        // progress store (and its schema library) stays out of the lesson's first-load JavaScript.
        const outcome = choices ? (choice === answer ? 'right' : 'off') : closeness(numericGuess, answer, tolerance);
        void import('@/lib/progress/store').then((m) => save.track(m.getProgressStore().getState().recordPrediction(question, outcome)));
      }}
    >
      <p className="text-xs font-semibold uppercase tracking-wide text-violet-800 dark:text-violet-300">Predict, then run</p>
      <p id={`${id}-q`} className="mt-1 font-medium text-slate-900 dark:text-slate-100">
        {question}
      </p>
      {choices && revealed ? (
        <MarkedChoices choices={choices} answer={answer} picked={choice} />
      ) : choices ? (
        <fieldset className="mt-3 space-y-1">
          <legend className="sr-only">{question}</legend>
          {choices.map((c, i) => (
            <label key={c} className="flex cursor-pointer items-start gap-2 rounded px-2 py-1 hover:bg-violet-100 dark:hover:bg-violet-900/40">
              <input type="radio" name={`${id}-choice`} className="mt-1" checked={choice === i} onChange={() => setChoice(i)} />
              <span className="text-slate-800 dark:text-slate-200">{c}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <label className="mt-3 flex items-center gap-2 text-slate-800 dark:text-slate-200">
          Your guess
          <input
            type="number"
            inputMode="decimal"
            value={guess}
            disabled={revealed}
            onChange={(e) => setGuess(e.target.value)}
            className="w-32 rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-900"
          />
          {unit ? <span>{unit}</span> : null}
        </label>
      )}
      {!revealed ? (
        <button
          type="submit"
          disabled={!canSubmit}
          className="mt-3 rounded bg-violet-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50 dark:bg-violet-500 dark:text-slate-950"
        >
          Lock in my prediction
        </button>
      ) : (
        <div ref={result} tabIndex={-1} className="mt-3 space-y-1 rounded text-slate-800 dark:text-slate-200" role="status" data-testid="predict-result">
          <p className="font-semibold">{verdict}</p>
          <p>{explanation}</p>
          <p className="text-sm text-slate-600 dark:text-slate-400">{gateId ? 'The simulation below can run now: check it there.' : 'Now run the simulation below and check.'}</p>
        </div>
      )}
      <NotSaved reason={save.failed} />
    </form>
  );
}

'use client';

import { useId, useState } from 'react';
import { fmt, gradeGuess, parseGuess, toleranceText } from '@/lib/practice/drills/kit';
import type { ClientProblem } from '@/lib/problems/client';
import { btnPrimary, field } from '@/components/practice/styles';

/**
 * Estimate: one input per number the problem asks for, checked within its tolerance on "Check my
 * numbers"; the worked steps appear after. `saved` holds the numbers typed before (a reload keeps them).
 */
export function EstimateStep({
  problem,
  saved,
  checked,
  onCheck,
}: {
  problem: ClientProblem;
  saved: Record<string, number>;
  checked: boolean;
  onCheck: (estimates: Record<string, number>) => void;
}) {
  const id = useId();
  const [text, setText] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(saved).map(([k, v]) => [k, String(v)])));
  const [shown, setShown] = useState(checked);
  const parsed = Object.fromEntries(problem.estimates.map((e) => [e.id, parseGuess(text[e.id] ?? '')]));
  const unreadable = problem.estimates.filter((e) => (text[e.id] ?? '').trim() !== '' && parsed[e.id] === null);
  const check = () => {
    const numbers = Object.fromEntries(Object.entries(parsed).filter((x): x is [string, number] => x[1] !== null));
    setShown(true);
    onCheck(numbers);
  };
  return (
    <form
      aria-label="Estimates"
      onSubmit={(e) => {
        e.preventDefault();
        if (unreadable.length === 0) check();
      }}
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">Work these out before you draw: they decide the design. Type a number (1.2k, 3e5 and 40 % work); an empty answer counts as skipped.</p>
      <ol className="mt-4 space-y-4">
        {problem.estimates.map((e, i) => {
          const guess = parsed[e.id] ?? null;
          const grade = shown && guess !== null ? gradeGuess({ answer: e.answer, tolerance: e.tolerance }, guess) : null;
          return (
            <li key={e.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
              <label htmlFor={`${id}-${e.id}`} className="block font-medium">
                {i + 1}. {e.ask}
              </label>
              <span className="mt-2 flex flex-wrap items-center gap-2">
                <input
                  id={`${id}-${e.id}`}
                  inputMode="decimal"
                  autoComplete="off"
                  value={text[e.id] ?? ''}
                  onChange={(ev) => setText((t) => ({ ...t, [e.id]: ev.target.value }))}
                  aria-invalid={(text[e.id] ?? '').trim() !== '' && guess === null}
                  aria-describedby={`${id}-${e.id}-tol`}
                  className={`${field} w-36 font-mono`}
                />
                <span className="text-sm">{e.unit}</span>
                <span id={`${id}-${e.id}-tol`} className="text-xs text-slate-600 dark:text-slate-400">
                  ({e.tolerance.kind === 'plusMinus' && e.tolerance.within === 0 ? 'exactly' : toleranceText(e.tolerance, e.unit)})
                </span>
              </span>
              {(text[e.id] ?? '').trim() !== '' && guess === null ? <p className="mt-1 text-sm text-rose-800 dark:text-rose-300">Not a number: try 1968, 1.9k or 2e3.</p> : null}
              {shown ? (
                <div className="mt-2 text-sm">
                  <p className={grade?.correct ? 'font-semibold text-emerald-800 dark:text-emerald-300' : 'font-semibold text-amber-900 dark:text-amber-200'}>
                    {guess === null ? 'Skipped.' : grade?.correct ? `✓ Within tolerance (${grade.verdict}).` : `✗ ${grade?.verdict}.`} The answer is {fmt(e.answer)} {e.unit}.
                  </p>
                  <ol className="mt-1 list-decimal space-y-0.5 pl-5 text-slate-700 dark:text-slate-300">
                    {e.steps.map((s) => (
                      <li key={s.text}>
                        {s.text} = <span className="font-mono tabular-nums">{fmt(s.value)}</span> {s.unit}
                      </li>
                    ))}
                  </ol>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="mt-4">
        <button type="submit" className={btnPrimary} disabled={unreadable.length > 0}>
          {shown ? 'Check again' : 'Check my numbers'}
        </button>
      </p>
    </form>
  );
}

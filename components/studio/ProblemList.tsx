'use client';

import { useId } from 'react';
import type { IssueTarget } from '@/lib/studio/issues';
import { useStudio, useStudioApi } from './context';
import { smallBtn } from './styles';

/**
 * Every problem of the design in one list, each with a button that shows where it is (selects the
 * box or arrow, or draws the class's route): the same words the CLI prints.
 */
export function ProblemList() {
  const api = useStudioApi();
  const h = useId();
  const issues = useStudio((s) => s.checked.issues);
  const design = useStudio((s) => s.design);
  const name = (t: IssueTarget) => {
    if (t.type === 'component') return design.components.find((c) => c.id === t.id)?.label ?? t.id;
    if (t.type === 'class') return design.classes.find((k) => k.id === t.id)?.label ?? t.id;
    if (t.type === 'arrow') return 'the arrow';
    return null;
  };
  const show = (t: IssueTarget) => {
    const s = api.getState();
    if (t.type === 'component') s.select({ type: 'component', id: t.id });
    else if (t.type === 'arrow') s.select({ type: 'arrow', from: t.from, to: t.to });
    else if (t.type === 'class') {
      s.select(null);
      s.showRoute(t.id);
    }
  };
  return (
    <section aria-labelledby={h} className="flex flex-col gap-1.5">
      <h2 id={h} className="text-base font-semibold">
        {issues.length === 0 ? 'Ready to run' : issues.length === 1 ? '1 problem to fix before it can run' : `${issues.length} problems to fix before it can run`}
      </h2>
      {issues.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">The design passes the same checks as the command line.</p>
      ) : (
        <ul className="flex flex-col gap-1 text-sm">
          {issues.map((i, n) => {
            const where = name(i.target);
            return (
              <li key={n} className="flex items-start justify-between gap-2 text-rose-900 dark:text-rose-200">
                <span className="min-w-0 [overflow-wrap:anywhere]">
                  <span aria-hidden="true">⚠ </span>
                  {i.message}
                </span>
                {where && (
                  <button type="button" className={`${smallBtn} shrink-0`} aria-label={`Show ${where}`} onClick={() => show(i.target)}>
                    Show
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

import type { ClientProblem } from '@/lib/problems/client';

/** Clarify: the questions worth asking, each answer revealed when the candidate asks it; then the requirements as numbers. */
export function ClarifyStep({ problem }: { problem: ClientProblem }) {
  return (
    <div>
      <p className="text-sm text-slate-700 dark:text-slate-300">Ask before you draw. Say your own question out loud first, then open the one below that comes closest.</p>
      <ul className="mt-4 space-y-2">
        {problem.clarify.map((c) => (
          <li key={c.ask}>
            <details className="group rounded-md border border-slate-200 dark:border-slate-700">
              <summary className="cursor-pointer list-none rounded-md px-3 py-2 font-medium hover:bg-slate-50 focus-visible:outline-2 dark:hover:bg-slate-800">
                <span aria-hidden="true" className="mr-1 inline-block transition-transform group-open:rotate-90 motion-reduce:transition-none">
                  ›
                </span>
                Ask: “{c.ask}”
              </summary>
              <p className="border-t border-slate-200 px-3 py-2 text-sm dark:border-slate-700">
                <span className="font-semibold">Interviewer:</span> {c.answer}
              </p>
            </details>
          </li>
        ))}
      </ul>
      <h3 className="mt-6 font-semibold">The numbers you now have</h3>
      <table className="mt-2 w-full text-left text-sm">
        <tbody>
          {problem.facts.map((f) => (
            <tr key={f.label} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-1.5 pr-3 font-normal">
                {f.label}
              </th>
              <td className="py-1.5 text-right font-mono tabular-nums">
                {f.value.toLocaleString('en-US')} {f.unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

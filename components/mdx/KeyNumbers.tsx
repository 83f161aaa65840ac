import type { KeyNumbersProps } from './schemas';

/** A short table of numbers worth remembering for an interview, each with its source. */
export function KeyNumbers({ title = 'Numbers to remember', items }: KeyNumbersProps) {
  return (
    <section className="not-prose my-8 rounded-lg border border-slate-200 dark:border-slate-700" aria-label={title}>
      <p className="border-b border-slate-200 px-4 py-2 text-sm font-semibold text-slate-800 dark:border-slate-700 dark:text-slate-100">{title}</p>
      <dl className="divide-y divide-slate-200 dark:divide-slate-700">
        {items.map((item) => (
          <div key={item.label} className="grid grid-cols-[1fr_auto] gap-x-4 px-4 py-2 text-sm">
            <dt className="text-slate-700 dark:text-slate-300">{item.label}</dt>
            <dd className="text-right font-mono font-semibold tabular-nums text-slate-900 dark:text-slate-50">{item.value}</dd>
            {item.source ? <dd className="col-span-2 text-xs text-slate-600 dark:text-slate-400">Source: {item.source}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}

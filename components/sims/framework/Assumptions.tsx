/** The expandable "what this model assumes" note (opens automatically in print). */
export function Assumptions({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <details className="text-sm text-slate-700 dark:text-slate-300">
      <summary className="cursor-pointer font-medium text-slate-800 dark:text-slate-200">What this model assumes</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </details>
  );
}

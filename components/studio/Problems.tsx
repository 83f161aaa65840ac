import type { StudioIssue } from '@/lib/studio/issues';

/** The validation's words about one box, arrow, class or step (nothing when there are none). */
export function Problems({ items, compact = false }: { items: readonly StudioIssue[]; compact?: boolean }) {
  if (items.length === 0) return null;
  return (
    <ul className={`flex flex-col gap-1 text-rose-900 dark:text-rose-200 ${compact ? 'text-xs' : 'rounded-md border border-rose-700/50 bg-rose-50 px-2 py-1.5 text-sm dark:bg-rose-950/40'}`}>
      {items.map((i) => (
        <li key={i.message} className="[overflow-wrap:anywhere]">
          <span aria-hidden="true">⚠ </span>
          {i.message}
        </li>
      ))}
    </ul>
  );
}

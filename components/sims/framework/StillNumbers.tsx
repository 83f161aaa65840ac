/** One big number of a reduced-motion still picture. */
export interface StillNumber {
  label: string;
  value: string;
}

/**
 * The headline numbers of a still picture (reduced motion): large, full-contrast figures with
 * their names, so the state reads at a glance without animation.
 */
export function StillNumbers({ items, lane }: { items: StillNumber[]; lane?: string }) {
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-2 @md:grid-cols-4" aria-label={lane ? `${lane}: numbers` : 'Numbers'}>
      {items.map((n) => (
        <div key={n.label}>
          <dt className="text-sm text-slate-800 dark:text-slate-200">{n.label}</dt>
          <dd className="font-mono text-2xl font-semibold tabular-nums text-slate-950 dark:text-slate-50">{n.value}</dd>
        </div>
      ))}
    </dl>
  );
}

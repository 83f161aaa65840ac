import type { TocEntry } from '@/lib/content/toc';

/** "On this page": links to the lesson's ## and ### headings. */
export function Toc({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-label="On this page" className="text-sm">
      <p className="mb-2 font-semibold text-slate-900 dark:text-slate-100">On this page</p>
      <ul className="space-y-1.5 border-l border-slate-200 dark:border-slate-700">
        {entries.map((e) => (
          <li key={e.id} className={e.depth === 3 ? 'pl-6' : 'pl-3'}>
            <a href={`#${e.id}`} className="block text-slate-600 hover:text-sky-700 dark:text-slate-400 dark:hover:text-sky-300">
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

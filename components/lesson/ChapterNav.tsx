import Link from 'next/link';
import type { ChapterSource } from '@/lib/content/chapters';

/** The course's chapters, with the current one marked. */
export function ChapterNav({ chapters, current }: { chapters: ChapterSource[]; current: string }) {
  return (
    <nav aria-label="Chapters" className="text-sm">
      <p className="mb-2 font-semibold text-slate-900 dark:text-slate-100">Course</p>
      <ol className="space-y-1">
        {chapters.map((c) => {
          const active = c.slug === current;
          return (
            <li key={c.slug}>
              <Link
                href={`/learn/${c.slug}`}
                aria-current={active ? 'page' : undefined}
                className={`block rounded px-2 py-1.5 ${active ? 'bg-sky-50 font-semibold text-sky-800 dark:bg-sky-950 dark:text-sky-200' : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'}`}
              >
                <span className="mr-1 tabular-nums text-slate-600 dark:text-slate-400">{c.frontmatter.order}.</span> {c.frontmatter.title}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

import Link from 'next/link';
import type { ChapterSource } from '@/lib/content/chapters';

/** Links to the previous and next chapters. */
export function PrevNext({ prev, next }: { prev?: ChapterSource; next?: ChapterSource }) {
  return (
    <nav aria-label="Previous and next chapter" className="no-print mt-12 grid gap-4 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-800">
      {prev ? (
        <Link href={`/learn/${prev.slug}`} rel="prev" className="rounded-lg border border-slate-200 p-4 hover:border-sky-600 dark:border-slate-700">
          <span className="block text-xs text-slate-600 dark:text-slate-400">Previous</span>
          <span className="font-medium">{prev.frontmatter.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/learn/${next.slug}`} rel="next" className="rounded-lg border border-slate-200 p-4 text-right hover:border-sky-600 dark:border-slate-700">
          <span className="block text-xs text-slate-600 dark:text-slate-400">Next</span>
          <span className="font-medium">{next.frontmatter.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}

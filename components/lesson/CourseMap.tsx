import Link from 'next/link';
import { ChapterProgressBadge } from '@/components/progress/ChapterProgressBadge';
import type { ChapterSource } from '@/lib/content/chapters';
import { getCourseOutline } from '@/lib/practice/outline.server';

/** The chapters in order with summary, reading time and the learner's progress (read, cards due). */
export function CourseMap({ chapters, headingLevel = 2 }: { chapters: ChapterSource[]; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  // A chapter's flashcards: its questions and its simulation cards.
  const cardIds = new Map(getCourseOutline().chapters.map((c) => [c.slug, c.questionIds]));
  return (
    <ol className="grid gap-4 sm:grid-cols-2" aria-label="Chapters">
      {chapters.map((c) => (
        <li key={c.slug} className="relative rounded-xl border border-slate-200 p-5 transition hover:border-sky-600 hover:shadow-sm dark:border-slate-700 dark:hover:border-sky-400">
          <p className="text-xs font-semibold uppercase tracking-wide text-sky-700 dark:text-sky-400">
            Chapter {c.frontmatter.order} · {c.minutes} min
          </p>
          <H className="mt-1 text-lg font-semibold">
            <Link href={`/learn/${c.slug}`} className="after:absolute after:inset-0">
              {c.frontmatter.title}
            </Link>
          </H>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{c.frontmatter.summary}</p>
          <ChapterProgressBadge slug={c.slug} questionIds={cardIds.get(c.slug) ?? []} />
        </li>
      ))}
    </ol>
  );
}

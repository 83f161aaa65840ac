import Link from 'next/link';
import { CourseMap } from '@/components/lesson/CourseMap';
import { HomeProgress } from '@/components/progress/HomeProgress';
import { getChapters } from '@/lib/content';
import { getCourseOutline } from '@/lib/practice/outline.server';
import { site } from '@/lib/site';

export default function HomePage() {
  const chapters = getChapters();
  const first = chapters[0];
  return (
    <div className="mx-auto max-w-5xl px-4 py-12">
      <section aria-labelledby="hero">
        <p className="text-sm font-semibold text-sky-700 dark:text-sky-400">System-design interview prep</p>
        <h1 id="hero" className="mt-2 text-4xl font-bold tracking-tight sm:text-5xl">
          {site.tagline}
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-700 dark:text-slate-300">{site.description}</p>
        {first ? (
          <p className="mt-6 flex flex-wrap gap-3">
            <Link href={`/learn/${first.slug}`} className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
              Start with chapter {first.frontmatter.order}
            </Link>
            <Link href="/practice" className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-900">
              Practise questions
            </Link>
          </p>
        ) : null}
      </section>
      <div className="mt-10">
        <HomeProgress course={getCourseOutline()} />
      </div>
      <section aria-labelledby="chapters" className="mt-14">
        <h2 id="chapters" className="text-2xl font-bold tracking-tight">
          The course
        </h2>
        <div className="mt-6">
          <CourseMap chapters={chapters} headingLevel={3} />
        </div>
      </section>
    </div>
  );
}

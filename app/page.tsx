import Link from 'next/link';
import { CourseMap } from '@/components/lesson/CourseMap';
import { HeroSimLazy } from '@/components/home/HeroSimLazy';
import { HomeProgress } from '@/components/progress/HomeProgress';
import { getChapters } from '@/lib/content';
import { getCourseOutline } from '@/lib/practice/outline.server';
import { site } from '@/lib/site';

export default function HomePage() {
  const chapters = getChapters();
  const first = chapters[0];
  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:py-12">
      <section aria-labelledby="hero" className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div>
          <p className="text-sm font-semibold text-sky-700 dark:text-sky-400">System-design interview prep</p>
          <h1 id="hero" className="mt-2 text-4xl font-bold tracking-tight sm:text-5xl">
            {site.tagline}
          </h1>
          <p className="mt-4 max-w-2xl text-lg text-slate-700 dark:text-slate-300">{site.description}</p>
          {first ? (
            <p className="mt-6 flex flex-wrap gap-3" data-testid="first-step">
              <Link href={`/learn/${first.slug}`} className="inline-flex min-h-11 items-center rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
                Start with chapter {first.frontmatter.order}
              </Link>
              <Link href="/practice" className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-900">
                Practise questions
              </Link>
            </p>
          ) : null}
          <h2 className="mt-6 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">You will learn to</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800 dark:text-slate-200">
            {chapters.map((c) => (
              <li key={c.slug}>{c.frontmatter.objectives[0]}</li>
            ))}
          </ul>
        </div>
        <figure className="rounded-xl border border-slate-200 p-4 dark:border-slate-700" aria-labelledby="hero-sim-title">
          <figcaption id="hero-sim-title" className="font-semibold">
            Live: one slow server behind a load balancer
          </figcaption>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">300 requests/s over four servers; the orange one is three times slower. Switch the algorithm.</p>
          <div className="mt-3 h-[360px]">
            <HeroSimLazy />
          </div>
          <p className="mt-2 text-sm">
            <Link className="text-sky-700 underline dark:text-sky-300" href="/playground/load-balancer">
              Open the full load-balancer playground
            </Link>
          </p>
        </figure>
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

import Link from 'next/link';
import { MockInterview } from '@/components/practice/MockInterview';
import { ProgressNotice } from '@/components/progress/ProgressNotice';
import { getChapters } from '@/lib/content';

export const metadata = {
  title: 'Mock interview',
  description: 'Open-ended system-design scenarios with a timer, the four interview steps and a self-scoring rubric.',
  alternates: { canonical: '/practice/mock' },
};

export default function MockPage() {
  const chapterTitles = Object.fromEntries(getChapters().map((c) => [c.slug, c.frontmatter.title.split(':')[0]!]));
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <p className="text-sm">
        <Link href="/practice" className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
          Practice
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Mock interview</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Clarify, sketch the design, go deep on what breaks first, name the trade-offs. Talk it through as if someone were listening, then score yourself honestly.
      </p>
      <ProgressNotice />
      <div className="mt-6">
        <MockInterview chapterTitles={chapterTitles} />
      </div>
    </div>
  );
}

import Link from 'next/link';
import { ChallengeBoard } from '@/components/practice/ChallengeBoard';
import { ProgressNotice } from '@/components/progress/ProgressNotice';
import { getChapters } from '@/lib/content';

export const metadata = {
  title: 'Scored challenges',
  description: 'Numeric goals checked by the simulation engine: meet them with the fewest machines for three stars.',
  alternates: { canonical: '/practice/challenges' },
};

export default function ChallengesPage() {
  const chapters = getChapters().map((c) => ({ slug: c.slug, title: c.frontmatter.title.split(':')[0]!, order: c.frontmatter.order }));
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <p className="text-sm">
        <Link href="/practice" className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
          Practice
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Scored challenges</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Each goal is checked by running the same simulation engine as the lessons, with a fixed seed, every time you change a setting. Meet every goal to pass; spend less for more stars. Your best result is saved in this browser.
      </p>
      <ProgressNotice />
      <div className="mt-8">
        <ChallengeBoard chapters={chapters} />
      </div>
    </div>
  );
}

import { EstimateDrill } from '@/components/practice/EstimateDrill';
import { PracticeHeader } from '@/components/practice/PracticeHeader';
import { getChapters } from '@/lib/content';
import { DRILL_TEMPLATES } from '@/lib/practice/drills';

export const metadata = {
  title: 'Estimation drills',
  description: 'Back-of-envelope drills with fresh numbers each time: requests per second, storage, cache memory, bandwidth, servers, replicas and workers, each with a worked solution.',
  alternates: { canonical: '/practice/estimate' },
};

export default function EstimatePage() {
  const chapterTitles = Object.fromEntries(getChapters().map((c) => [c.slug, c.frontmatter.title.split(':')[0]!]));
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PracticeHeader title="Estimation drills">
        {DRILL_TEMPLATES.length} kinds of back-of-envelope question, with fresh numbers every time. Estimate, type a number, then compare your working with the solution. The address replays the same numbers, so you can share a drill.
      </PracticeHeader>
      <div className="mt-6">
        <EstimateDrill chapterTitles={chapterTitles} />
      </div>
    </div>
  );
}

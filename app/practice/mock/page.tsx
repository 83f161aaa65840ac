import { PracticeHeader } from '@/components/practice/PracticeHeader';
import { MockInterview } from '@/components/practice/MockInterview';
import { getChapters } from '@/lib/content';
import { getProblemSummaries } from '@/lib/problems/index.server';

export const metadata = {
  title: 'Mock interview',
  description: 'Open-ended system-design scenarios in five timed phases, with notes that survive a reload, an interviewer follow-up, a self-scoring rubric and a reference outline.',
  alternates: { canonical: '/practice/mock' },
};

export default function MockPage() {
  const chapterTitles = Object.fromEntries(getChapters().map((c) => [c.slug, c.frontmatter.title.split(':')[0]!]));
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PracticeHeader title="Mock interview">
        Clarify, estimate, sketch the design, go deep on what breaks first, name the trade-offs; and expect the interviewer to change the problem halfway. Talk it through as if someone were listening, then score yourself honestly.
      </PracticeHeader>
      <div className="mt-6">
        <MockInterview chapterTitles={chapterTitles} problems={getProblemSummaries()} />
      </div>
    </div>
  );
}

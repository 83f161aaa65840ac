import { PracticeHeader } from '@/components/practice/PracticeHeader';
import { ChallengeBoard } from '@/components/practice/ChallengeBoard';
import { getChapters } from '@/lib/content';

export const metadata = {
  title: 'Scored challenges',
  description: 'Numeric goals checked by the simulation engine on several seeds: meet them on every one with the fewest machines for three stars.',
  alternates: { canonical: '/practice/challenges' },
};

export default function ChallengesPage() {
  const chapters = getChapters().map((c) => ({ slug: c.slug, title: c.frontmatter.title.split(':')[0]!, order: c.frontmatter.order }));
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PracticeHeader title="Scored challenges">
        Each goal is checked by running the same simulation engine as the lessons, on three fixed seeds, every time you change a setting. Meet every goal on every seed to pass (a lucky run is not enough); spend less for more stars. Your best result is saved in this browser.
      </PracticeHeader>
      <div className="mt-8">
        <ChallengeBoard chapters={chapters} />
      </div>
    </div>
  );
}

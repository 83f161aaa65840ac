'use client';

import Link from 'next/link';
import { CHALLENGES } from '@/lib/practice/challenges';
import { ChallengeCard } from './ChallengeCard';

/** Every challenge, grouped by chapter in course order. */
export function ChallengeBoard({ chapters }: { chapters: { slug: string; title: string; order: number }[] }) {
  return (
    <div className="space-y-10">
      {chapters
        .map((c) => ({ ...c, challenges: CHALLENGES.filter((x) => x.chapter === c.slug) }))
        .filter((c) => c.challenges.length > 0)
        .map((c) => (
          <section key={c.slug} aria-labelledby={`ch-${c.slug}`}>
            <h2 id={`ch-${c.slug}`} className="text-xl font-bold tracking-tight">
              <Link href={`/learn/${c.slug}`} className="hover:underline">
                Chapter {c.order}: {c.title}
              </Link>
            </h2>
            <div className="mt-4 space-y-6">
              {c.challenges.map((x) => (
                <ChallengeCard key={x.id} challenge={x} />
              ))}
            </div>
          </section>
        ))}
    </div>
  );
}

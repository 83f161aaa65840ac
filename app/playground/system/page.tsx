import Link from 'next/link';
import { SystemStudio } from '@/components/studio/SystemStudio';
import { crumbDesign } from '@/lib/sim/models/system-design';
import { STAGES, systemSchema } from '@/lib/sim/models/system-schema';

export const metadata = {
  title: 'Crumb & Co in the design studio',
  description: 'The whole system of chapter 5 as a design you can change: every stage of Crumb & Co’s shop, run over a day of traffic, broken and compared.',
  alternates: { canonical: '/playground/system' },
};

/** The stages in the course's words. */
const STAGE_WORDS: Record<(typeof STAGES)[number], string> = {
  'one-box': 'one box',
  clones: 'clones behind a balancer',
  sessions: 'sticky or shared sessions',
  replicas: 'read replicas',
  cache: 'a cache',
  queue: 'a job queue for emails',
};

/** The whole-system playground is the studio, opened on Crumb & Co's full shop (one builder, not two). */
export default function SystemPlaygroundPage() {
  const design = (stage: (typeof STAGES)[number]) => crumbDesign(systemSchema.parse({ stage })).design;
  const stages = STAGES.map((stage, i) => ({ label: `Crumb & Co, stage ${i + 1}: ${STAGE_WORDS[stage]}`, design: design(stage) }));
  return (
    <div className="mx-auto max-w-[90rem] px-3 py-6 sm:px-4">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/playground" className="underline">
          Playground
        </Link>{' '}
        / The whole system
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight sm:text-3xl">Crumb &amp; Co in the design studio</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Chapter 5’s shop as a design: change any box, add or remove tiers, break it and run the day again. Files → Open has every stage of the chapter; the{' '}
        <Link className="underline" href="/studio">
          studio
        </Link>{' '}
        starts from a blank page.
      </p>
      <div className="mt-4">
        <SystemStudio crumb={stages[stages.length - 1]!.design} stages={stages} />
      </div>
    </div>
  );
}

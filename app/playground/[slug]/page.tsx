import Link from 'next/link';
import { notFound } from 'next/navigation';
import { simBySlug } from '@/lib/content/sim-catalog';
import { PlaygroundSim } from '@/components/sims/playground';
import { PLAYGROUND_SLUGS } from '@/lib/content/routes';

/** Only implemented simulations get a page; other slugs 404 (never an empty page). */
export const dynamicParams = false;

export function generateStaticParams() {
  // /playground/system is the design studio (app/playground/system), not a simulation page
  return PLAYGROUND_SLUGS.filter((slug) => slug !== 'system' && simBySlug(slug)).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/playground/[slug]'>) {
  const { slug } = await params;
  const sim = simBySlug(slug);
  if (!sim) return {};
  return { title: `${sim.title} playground`, description: sim.summary, alternates: { canonical: `/playground/${slug}` } };
}

export default async function PlaygroundPage({ params }: PageProps<'/playground/[slug]'>) {
  const { slug } = await params;
  const sim = simBySlug(slug);
  if (!sim) notFound();
  return (
    <div className="mx-auto max-w-7xl px-4 py-8">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/playground" className="underline">
          Playground
        </Link>{' '}
        / {sim.title}
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{sim.title} playground</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{sim.summary}</p>
      <PlaygroundSim id={sim.id} />
    </div>
  );
}

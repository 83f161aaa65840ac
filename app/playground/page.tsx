import Link from 'next/link';
import { IMPLEMENTED_SIMS } from '@/lib/content/sim-catalog';

export const metadata = {
  title: 'Playground',
  description: 'Every simulation of the course on its own page, with every control, A/B compare and share links.',
  alternates: { canonical: '/playground' },
};

export default function PlaygroundIndex() {
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Playground</h1>
      <p className="mt-3 max-w-2xl text-slate-700 dark:text-slate-300">
        The course’s simulations with every control. Change a setting, compare two setups side by side on the same random stream, and copy a link that reproduces
        the exact run.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {IMPLEMENTED_SIMS.map((s) => (
          <li key={s.slug} className="rounded-lg border border-slate-200 p-4 hover:border-sky-600 dark:border-slate-700 dark:hover:border-sky-400">
            <h2 className="text-lg font-semibold">
              <Link href={`/playground/${s.slug}`} className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
                {s.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{s.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

import Link from 'next/link';
import { getChapters } from '@/lib/content';
import { loadGlossary } from '@/lib/content/glossary';

export const metadata = {
  title: 'Glossary',
  description: 'Scalability terms in plain words: load balancer, sticky session, replica lag, shard, cache-aside, TTL, job queue, Little’s law, p99 and more.',
  alternates: { canonical: '/glossary' },
};

export default function GlossaryPage() {
  const entries = loadGlossary();
  const titles = new Map(getChapters().map((c) => [c.slug, c.frontmatter.title]));
  const terms = new Map(entries.map((e) => [e.id, e.term]));
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Glossary</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">Every term the course uses, in a sentence or three. Lessons link here the first time a term appears.</p>
      <dl className="mt-8 divide-y divide-slate-200 dark:divide-slate-800">
        {entries.map((e) => (
          <div key={e.id} id={e.id} className="py-4 target:bg-sky-50 dark:target:bg-sky-950/40">
            <dt className="text-lg font-semibold">
              <a href={`#${e.id}`} className="hover:underline">
                {e.term}
              </a>
            </dt>
            <dd className="mt-1 text-slate-800 dark:text-slate-200">{e.definition}</dd>
            {e.chapter || e.see.length ? (
              <dd className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
                {e.chapter && titles.has(e.chapter) ? (
                  <span>
                    Taught in{' '}
                    <Link className="text-sky-700 underline dark:text-sky-300" href={`/learn/${e.chapter}`}>
                      {titles.get(e.chapter)}
                    </Link>
                  </span>
                ) : null}
                {e.see.length ? (
                  <span>
                    See also:{' '}
                    {e.see.map((id, i) => (
                      <span key={id}>
                        {i > 0 ? ', ' : ''}
                        <a className="text-sky-700 underline dark:text-sky-300" href={`#${id}`}>
                          {terms.get(id) ?? id}
                        </a>
                      </span>
                    ))}
                  </span>
                ) : null}
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
    </div>
  );
}

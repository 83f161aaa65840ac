import type { Metadata } from 'next';
import { createMdxComponents } from '@/components/mdx';
import { componentSummaries, exampleFor } from '@/components/mdx/examples';
import { componentPropSchemas, registryNames } from '@/components/mdx/registry';
import { getSnippetComponent } from '@/lib/content';
import { propRows } from '@/lib/content/props-table';

export const metadata: Metadata = {
  title: 'Authoring catalog',
  description: 'Every component a lesson may use, rendered live with its props.',
  robots: { index: false },
};

const components = createMdxComponents({ objectives: ['Explain an idea in your own words', 'Try it in a simulation'] });

/** Instructors' catalog: generated from the registry and its schemas, so it cannot fall out of date. */
export default async function AuthoringPage() {
  const names = registryNames();
  const examples = await Promise.all(names.map((n) => getSnippetComponent(exampleFor(n))));
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Authoring catalog</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
        Every component a lesson may use without an import, rendered live, with the props the content check accepts. The guide is
        docs/AUTHORING.md in the repository; run <code>npm run content:check</code> after editing a chapter.
      </p>
      <nav aria-label="Components" className="mt-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {names.map((n) => (
            <li key={n}>
              <a className="rounded border border-slate-300 px-2 py-1 font-mono hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800" href={`#${n}`}>
                {n}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {names.map((name, i) => {
        const Example = examples[i]!;
        const rows = propRows(componentPropSchemas[name as keyof typeof componentPropSchemas]);
        return (
          <section key={name} id={name} aria-labelledby={`${name}-title`} className="mt-12 border-t border-slate-200 pt-8 dark:border-slate-800">
            <h2 id={`${name}-title`} className="font-mono text-2xl font-bold">{`<${name}>`}</h2>
            {componentSummaries[name] ? <p className="mt-2 text-slate-700 dark:text-slate-300">{componentSummaries[name]}</p> : null}
            <pre className="mt-4 overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm dark:bg-slate-800" tabIndex={0} aria-label={`Example of ${name}`}>
              <code>{exampleFor(name)}</code>
            </pre>
            <div className="prose prose-slate mt-4 max-w-none dark:prose-invert">
              <Example components={components} />
            </div>
            {rows.length > 0 ? (
              <div className="mt-4 overflow-x-auto">
                <table className="w-full border-collapse text-left text-sm">
                  <caption className="sr-only">Props of {name}</caption>
                  <thead>
                    <tr className="border-b border-slate-300 dark:border-slate-700">
                      <th scope="col" className="py-1.5 pr-3">Prop</th>
                      <th scope="col" className="py-1.5 pr-3">Type</th>
                      <th scope="col" className="py-1.5 pr-3">Allowed</th>
                      <th scope="col" className="py-1.5 pr-3">Default</th>
                      <th scope="col" className="py-1.5">Description</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.name} className="border-b border-slate-200 align-top dark:border-slate-800">
                        <th scope="row" className="py-1.5 pr-3 font-mono font-medium">
                          {r.name}
                          {r.required ? <span className="ml-1 text-rose-700 dark:text-rose-300">(required)</span> : null}
                        </th>
                        <td className="py-1.5 pr-3 font-mono">{r.type}</td>
                        <td className="py-1.5 pr-3">{r.allowed ?? '—'}</td>
                        <td className="py-1.5 pr-3 font-mono">{r.defaultValue ?? '—'}</td>
                        <td className="py-1.5">{r.description ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">No props.</p>
            )}
          </section>
        );
      })}
    </div>
  );
}

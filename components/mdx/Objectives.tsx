/** "You will learn": the chapter's objectives from its frontmatter. */
export function Objectives({ items }: { items: string[] }) {
  return (
    <section className="not-prose my-6 rounded-lg border border-sky-600/30 bg-sky-50/70 px-5 py-4 dark:bg-sky-950/30" aria-label="You will learn">
      <p className="mb-2 font-semibold text-sky-900 dark:text-sky-200">You will learn to</p>
      <ul className="list-disc space-y-1 pl-5 text-slate-800 dark:text-slate-200">
        {items.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
    </section>
  );
}

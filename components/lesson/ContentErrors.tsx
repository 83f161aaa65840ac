import type { ContentProblem } from '@/lib/content/problem';
import { formatProblem } from '@/lib/content/problem';

/** Dev server only: what is wrong with a chapter, in the same words as `npm run content:check`. */
export function ContentErrors({ slug, problems }: { slug: string; problems: ContentProblem[] }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold text-rose-800 dark:text-rose-300">This chapter has {problems.length} problem(s)</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Fix them and save: the page reloads by itself. The rest of the site keeps working. (Shown in development only; a build with
        these problems fails.)
      </p>
      <pre className="mt-6 overflow-x-auto rounded-lg border border-rose-300 bg-rose-50 p-4 text-sm text-rose-950 dark:border-rose-800 dark:bg-rose-950/40 dark:text-rose-100" aria-label={`Problems in ${slug}`}>
        {problems.map(formatProblem).join('\n')}
      </pre>
    </div>
  );
}

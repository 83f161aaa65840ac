'use client';

import Link from 'next/link';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { filterQuestions, type BankFilter, type QuestionBank } from '@/lib/practice/bank';
import { buildQuestionIndex, searchQuestions } from '@/lib/practice/search';
import { ModelAnswer } from './ModelAnswer';
import { field } from './styles';

const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

/** The question bank with chapter, tag and difficulty filters and full-text search (all in the browser). */
export function QuestionBrowser({ bank }: { bank: QuestionBank }) {
  const id = useId();
  const [filter, setFilter] = useState<BankFilter>({ chapter: '', tag: '', difficulty: '' });
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  // Built on first search only: most visits never type a query.
  const index = useMemo(() => (deferredQuery.trim() ? buildQuestionIndex(bank.questions) : null), [bank.questions, deferredQuery]);
  const shown = useMemo(() => {
    const filtered = filterQuestions(bank.questions, filter);
    const hits = index ? searchQuestions(index, deferredQuery) : null;
    if (!hits) return filtered;
    const rank = new Map(hits.map((h, i) => [h, i]));
    return filtered.filter((q) => rank.has(q.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  }, [bank.questions, filter, index, deferredQuery]);
  const searching = Boolean(deferredQuery.trim());
  const groups = searching ? [{ slug: '', title: 'Best matches first', questions: shown }] : bank.chapters.map((c) => ({ slug: c.slug, title: `Chapter ${c.order}: ${c.title}`, questions: shown.filter((q) => q.chapter.slug === c.slug) })).filter((g) => g.questions.length > 0);
  const set = (patch: Partial<BankFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const active = filter.chapter || filter.tag || filter.difficulty || query;

  return (
    <div>
      <form role="search" aria-label="Filter questions" className="grid grid-cols-[minmax(0,1fr)] gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-slate-700 [&_input]:w-full [&_select]:w-full" onSubmit={(e) => e.preventDefault()}>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Search
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. sticky sessions" className={field} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Chapter
          <select value={filter.chapter} onChange={(e) => set({ chapter: e.target.value })} className={field}>
            <option value="">All chapters</option>
            {bank.chapters.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.order}. {c.title}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Tag
          <select value={filter.tag} onChange={(e) => set({ tag: e.target.value })} className={field}>
            <option value="">All tags</option>
            {bank.tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Difficulty
          <select value={filter.difficulty} onChange={(e) => set({ difficulty: e.target.value as BankFilter['difficulty'] })} className={field}>
            <option value="">Any difficulty</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p className="mt-4 flex flex-wrap items-center gap-3 text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        <span>
          {shown.length} of {bank.questions.length} questions
        </span>
        {active ? (
          <button
            type="button"
            className="underline underline-offset-2 hover:text-sky-700 dark:hover:text-sky-300"
            onClick={() => {
              setFilter({ chapter: '', tag: '', difficulty: '' });
              setQuery('');
            }}
          >
            Clear filters
          </button>
        ) : null}
      </p>
      {groups.length === 0 ? <p className="mt-6 text-slate-700 dark:text-slate-300">No question matches. Try fewer words or clear a filter.</p> : null}
      {groups.map((g) => (
        <section key={g.slug || 'search'} aria-labelledby={`${id}-${g.slug || 'search'}`} className="mt-8">
          <h3 id={`${id}-${g.slug || 'search'}`} className="text-xl font-bold tracking-tight">
            {g.title}
          </h3>
          <ol className="mt-4 space-y-3">
            {g.questions.map((q) => (
              <li key={q.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
                <p className="font-medium">{q.question}</p>
                <p className="mt-2 flex flex-wrap items-center gap-1.5 text-xs">
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700 dark:bg-slate-800 dark:text-slate-300">{q.difficulty}</span>
                  {searching ? (
                    <Link href={`/learn/${q.chapter.slug}#q-${q.id}`} className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
                      Chapter {q.chapter.order}
                    </Link>
                  ) : null}
                  {q.tags.map((t) => (
                    <button
                      key={t}
                      type="button"
                      onClick={() => set({ tag: t })}
                      aria-label={`Show questions tagged ${t}`}
                      aria-pressed={filter.tag === t}
                      className="rounded-full border border-sky-700/30 px-2 py-0.5 text-sky-800 hover:bg-sky-50 dark:border-sky-300/30 dark:text-sky-300 dark:hover:bg-sky-950"
                    >
                      #{t}
                    </button>
                  ))}
                </p>
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm font-medium text-sky-800 dark:text-sky-300">Show the model answer</summary>
                  <div className="mt-3">
                    <ModelAnswer question={q} />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

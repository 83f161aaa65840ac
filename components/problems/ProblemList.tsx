'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { useProgress, useProgressHydrated } from '@/components/progress/useProgress';
import { DIFFICULTIES } from '@/lib/problems/schema';
import { topicLabel, type ProblemSummary } from '@/lib/problems/client';
import { field } from '@/components/practice/styles';

const DIFFICULTY_TEXT = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;

/** Design problems grouped by their main topic, filtered by topic and difficulty, each with the learner's best grade. */
export function ProblemList({ problems }: { problems: ProblemSummary[] }) {
  const id = useId();
  const [topic, setTopic] = useState('');
  const [difficulty, setDifficulty] = useState('');
  const hydrated = useProgressHydrated();
  const saved = useProgress((s) => s.problems);
  const topics = [...new Set(problems.flatMap((p) => p.topics))].sort();
  const shown = problems.filter((p) => (!topic || p.topics.includes(topic)) && (!difficulty || p.difficulty === difficulty));
  const groups = [...new Set(shown.map((p) => p.topics[0]!))];
  return (
    <div>
      <div className="flex flex-wrap gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Topic
          <select value={topic} onChange={(e) => setTopic(e.target.value)} className={field}>
            <option value="">All topics ({problems.length} problems)</option>
            {topics.map((t) => (
              <option key={t} value={t}>
                {topicLabel(t)} ({problems.filter((p) => p.topics.includes(t)).length})
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Difficulty
          <select value={difficulty} onChange={(e) => setDifficulty(e.target.value)} className={field}>
            <option value="">Any</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {DIFFICULTY_TEXT[d]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="sr-only" role="status">
        {shown.length} of {problems.length} problems shown
      </p>
      {groups.map((g) => (
        <section key={g} aria-labelledby={`${id}-${g}`} className="mt-6">
          <h3 id={`${id}-${g}`} className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            {topicLabel(g)}
          </h3>
          <ul className="mt-2 grid gap-3 sm:grid-cols-2">
            {shown
              .filter((p) => p.topics[0] === g)
              .map((p) => {
                const best = hydrated ? saved?.[p.id]?.best : undefined;
                return (
                  <li key={p.id} className="relative rounded-lg border border-slate-200 p-4 hover:border-sky-600 dark:border-slate-700 dark:hover:border-sky-400">
                    <Link href={`/practice/problems/${p.id}`} className="font-semibold after:absolute after:inset-0">
                      {p.title}
                    </Link>
                    <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{p.summary}</p>
                    <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
                      {DIFFICULTY_TEXT[p.difficulty]} · {p.topics.map(topicLabel).join(', ')}
                    </p>
                    <p className="mt-1 text-xs font-semibold text-slate-700 dark:text-slate-300">
                      {best ? `Best: ${best.passed} of ${best.total} goals met` : `${p.goals} goals, graded on the engine`}
                    </p>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
      {shown.length === 0 ? <p className="mt-6 text-sm">No problem matches both filters.</p> : null}
    </div>
  );
}

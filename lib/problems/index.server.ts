import 'server-only';
import { cache } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import { isDevServer } from '@/lib/content';
import { compileMdx } from '@/lib/content/compile';
import { loadProblems, loadProblemsLenient, type ProblemSource } from './load';
import { toClientProblem, toProblemSummary, type ClientProblem, type ProblemSummary } from './client';

/** Every published design problem in order (re-read per request in dev, where a broken one is left out instead of breaking the site). */
export const getProblems = cache((): ProblemSource[] => (isDevServer ? loadProblemsLenient().problems : loadProblems()));

/** One problem by id, or undefined. */
export const getProblem = cache((id: string): ProblemSource | undefined => getProblems().find((p) => p.id === id));

/** The problems as the practice page lists them. */
export const getProblemSummaries = cache((): ProblemSummary[] => getProblems().map(toProblemSummary));

/** What the problem page's client components get (no write-up: that is rendered on the server). */
export const getClientProblem = cache((id: string): ClientProblem | undefined => {
  const p = getProblem(id);
  return p ? toClientProblem(p) : undefined;
});

/** The write-up as a React component, evaluated on the server only. */
export const getWriteUpComponent = cache(async (id: string) => {
  const p = getProblem(id);
  return p ? getMDXComponent(await compileMdx(p.body)) : undefined;
});

import Link from 'next/link';
import { notFound } from 'next/navigation';
import { createMdxComponents } from '@/components/mdx';
import { ProblemWorkspace } from '@/components/problems/ProblemWorkspace';
import { topicLabel } from '@/lib/problems/client';
import { getClientProblem, getProblems, getWriteUpComponent } from '@/lib/problems/index.server';
import { getReferenceReport } from '@/lib/problems/reference.server';

export const dynamicParams = false;

export function generateStaticParams() {
  return getProblems().map((p) => ({ id: p.id }));
}

export async function generateMetadata({ params }: PageProps<'/practice/problems/[id]'>) {
  const { id } = await params;
  const p = getClientProblem(id);
  if (!p) return {};
  return { title: p.title, description: p.summary, alternates: { canonical: `/practice/problems/${id}` } };
}

const DIFFICULTY = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;

export default async function ProblemPage({ params }: PageProps<'/practice/problems/[id]'>) {
  const { id } = await params;
  const problem = getClientProblem(id);
  const WriteUp = await getWriteUpComponent(id);
  if (!problem || !WriteUp) notFound();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <p className="text-sm">
        <Link href="/practice" className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
          Practice
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{problem.title}</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {DIFFICULTY[problem.difficulty]} · {problem.topics.map(topicLabel).join(' · ')} · {problem.goals} goals graded on the engine
      </p>
      <div className="mt-4 rounded-lg border-l-4 border-sky-700 bg-sky-50 p-4 dark:border-sky-400 dark:bg-sky-950/40">
        <p className="text-xs font-semibold uppercase tracking-wide text-sky-800 dark:text-sky-300">The interviewer says</p>
        <p className="mt-1 text-lg leading-snug">“{problem.prompt}”</p>
      </div>
      <div className="mt-6">
        <ProblemWorkspace problem={problem} reference={getReferenceReport(id)} writeUp={<WriteUp components={createMdxComponents({ objectives: [] })} />} />
      </div>
    </div>
  );
}

import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DesignMock } from '@/components/problems/mock/DesignMock';
import { getClientProblem, getProblems } from '@/lib/problems/index.server';

export const dynamicParams = false;

export function generateStaticParams() {
  return getProblems().map((p) => ({ id: p.id }));
}

export async function generateMetadata({ params }: PageProps<'/practice/problems/[id]/mock'>) {
  const { id } = await params;
  const p = getClientProblem(id);
  return p ? { title: `Mock interview: ${p.title}`, description: `A timed mock interview on “${p.title}” with a whiteboard graded on the engine and follow-ups that break your own design.`, alternates: { canonical: `/practice/problems/${id}/mock` } } : {};
}

export default async function DesignMockPage({ params }: PageProps<'/practice/problems/[id]/mock'>) {
  const { id } = await params;
  const problem = getClientProblem(id);
  if (!problem) notFound();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <p className="text-sm">
        <Link href="/practice/mock" className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
          Mock interviews
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Mock interview: {problem.title}</h1>
      <div className="mt-4 rounded-lg border-l-4 border-sky-700 bg-sky-50 p-4 dark:border-sky-400 dark:bg-sky-950/40">
        <p className="text-xs font-semibold uppercase tracking-wide text-sky-800 dark:text-sky-300">The interviewer says</p>
        <p className="mt-1 text-lg leading-snug">“{problem.prompt}”</p>
      </div>
      <div className="mt-6">
        <DesignMock problem={problem} />
      </div>
    </div>
  );
}

import Link from 'next/link';
import { QuestionBrowser } from '@/components/practice/QuestionBrowser';
import { ProblemList } from '@/components/problems/ProblemList';
import { DueCount } from '@/components/progress/DueCount';
import { getQuestionBank } from '@/lib/practice/bank.server';
import { getCourseOutline } from '@/lib/practice/outline.server';
import { CHALLENGES } from '@/lib/practice/challenges';
import { DRILL_TEMPLATES } from '@/lib/practice/drills';
import { SCENARIOS } from '@/lib/practice/scenarios';
import { getProblemSummaries } from '@/lib/problems/index.server';

export const metadata = {
  title: 'Interview practice',
  description: 'Design problems graded on the simulation engine, every interview question of the course with flashcards on a spaced-repetition schedule, mock interviews and scored simulation challenges.',
  alternates: { canonical: '/practice' },
};

const MODES = [
  { href: '/practice/review', title: 'Flashcards', text: 'Answer from memory, check the model answer, rate your recall. FSRS schedules the next review.' },
  { href: '/practice/estimate', title: 'Estimation drills', text: `${DRILL_TEMPLATES.length} back-of-envelope templates with fresh numbers: requests per second, storage, memory, servers, workers.` },
  { href: '/practice/mock', title: 'Mock interview', text: `${SCENARIOS.length} open-ended scenarios in five timed phases, with notes, a follow-up and a reference outline.` },
  { href: '/practice/challenges', title: 'Scored challenges', text: `${CHALLENGES.length} goals checked by the simulation engine on three seeds each. Fewer machines, more stars.` },
  { href: '/progress', title: 'Your progress', text: 'What you have read, reviewed and passed; export, import or reset it.' },
];

export default function PracticePage() {
  const bank = getQuestionBank();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Interview practice</h1>
      <p className="mt-3 max-w-2xl text-slate-700 dark:text-slate-300">
        Recognising an answer is not the same as giving one. Say your answer out loud first, then compare. {bank.questions.length} questions from {bank.chapters.length} chapters.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2" aria-label="Practice modes">
        {MODES.map((m) => (
          <li key={m.href} className="relative rounded-xl border border-slate-200 p-5 hover:border-sky-600 dark:border-slate-700 dark:hover:border-sky-400">
            <h2 className="text-lg font-semibold">
              <Link href={m.href} className="after:absolute after:inset-0">
                {m.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{m.text}</p>
            {m.href === '/practice/review' ? (
              <p className="mt-2 text-sm font-semibold text-sky-800 dark:text-sky-300">
                <DueCount questionIds={getCourseOutline().chapters.flatMap((c) => c.questionIds)} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <h2 className="mt-12 text-2xl font-bold tracking-tight">Design problems</h2>
      <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">
        Clarify, estimate, draw your design, then grade it: it runs on the simulation engine under the problem’s traffic and faults, on three seeds per scenario, and every goal comes back with the number behind the verdict.
      </p>
      <div className="mt-4">
        <ProblemList problems={getProblemSummaries()} />
      </div>
      <h2 className="mt-12 text-2xl font-bold tracking-tight">Question bank</h2>
      <div className="mt-4">
        <QuestionBrowser bank={bank} />
      </div>
    </div>
  );
}

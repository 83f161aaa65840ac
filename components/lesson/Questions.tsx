import type { Question } from '@/lib/content/schema';
import { Paragraphs } from './Paragraphs';

/** The chapter's interview questions, each with its model answer behind a disclosure. */
export function Questions({ questions }: { questions: Question[] }) {
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="interview-questions" className="mt-12">
      <h2 id="interview-questions" className="text-2xl font-bold tracking-tight">
        Interview questions
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">Answer out loud first, then open the model answer. They are also in your practice deck.</p>
      <ol className="mt-6 space-y-4">
        {questions.map((q, i) => (
          <li key={q.id} id={`q-${q.id}`} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <p className="font-medium">
              <span className="mr-2 text-slate-500 dark:text-slate-400">Q{i + 1}.</span>
              {q.question}
              <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">{q.difficulty}</span>
            </p>
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-medium text-sky-800 dark:text-sky-300">Show the model answer</summary>
              <div className="mt-3 space-y-3 text-slate-800 dark:text-slate-200">
                <Paragraphs text={q.answer} />
                <div>
                  <p className="text-sm font-semibold">What the interviewer listens for</p>
                  <ul className="mt-1 list-disc pl-5 text-sm">
                    {q.listenFor.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </div>
                <p className="text-sm">
                  <span className="font-semibold">A common wrong answer: </span>
                  {q.wrongAnswer}
                </p>
              </div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

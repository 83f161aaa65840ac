import { Paragraphs } from '@/components/lesson/Paragraphs';
import type { BankQuestion } from '@/lib/practice/bank';

/** The model answer with what the interviewer listens for and the common wrong answer. */
export function ModelAnswer({ question }: { question: Pick<BankQuestion, 'answer' | 'listenFor' | 'wrongAnswer'> }) {
  return (
    <div className="space-y-3 text-slate-800 dark:text-slate-200">
      <Paragraphs text={question.answer} />
      <div>
        <p className="text-sm font-semibold">What the interviewer listens for</p>
        <ul className="mt-1 list-disc pl-5 text-sm">
          {question.listenFor.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
      <p className="text-sm">
        <span className="font-semibold">A common wrong answer: </span>
        {question.wrongAnswer}
      </p>
    </div>
  );
}

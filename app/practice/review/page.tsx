import Link from 'next/link';
import { ReviewSession } from '@/components/practice/ReviewSession';
import { getQuestionBank } from '@/lib/practice/bank.server';

export const metadata = {
  title: 'Flashcard review',
  description: 'Interview questions on a spaced-repetition schedule (FSRS): answer from memory, reveal the model answer, rate your recall.',
  alternates: { canonical: '/practice/review' },
};

export default function ReviewPage() {
  const bank = getQuestionBank();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <p className="text-sm">
        <Link href="/practice" className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
          Practice
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Flashcard review</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Answer each question before you look, in your head, out loud or in the box. Then rate honestly: the schedule (FSRS) brings a card back just before you would forget it.
      </p>
      <div className="mt-6">
        <ReviewSession questions={bank.questions} chapters={bank.chapters} />
      </div>
    </div>
  );
}

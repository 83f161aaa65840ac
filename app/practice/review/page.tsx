import { PracticeHeader } from '@/components/practice/PracticeHeader';
import { ReviewSession } from '@/components/practice/ReviewSession';
import { getQuestionBank } from '@/lib/practice/bank.server';
import { SIM_CARDS, simCardInfo } from '@/lib/practice/sim-cards';

export const metadata = {
  title: 'Flashcard review',
  description: 'Interview questions on a spaced-repetition schedule (FSRS): answer from memory, reveal the model answer, rate your recall.',
  alternates: { canonical: '/practice/review' },
};

export default function ReviewPage() {
  const bank = getQuestionBank();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PracticeHeader title="Flashcard review">
        Answer each question before you look, in your head, out loud or in the box. Then rate honestly: the schedule (FSRS) brings a card back just before you would forget it. Simulation cards ask for a number; the engine measures it.
      </PracticeHeader>
      <div className="mt-6">
        <ReviewSession questions={bank.questions} chapters={bank.chapters} simCards={SIM_CARDS.filter((c) => bank.chapters.some((ch) => ch.slug === c.chapter)).map(simCardInfo)} />
      </div>
    </div>
  );
}

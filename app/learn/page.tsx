import { CourseMap } from '@/components/lesson/CourseMap';
import { CardsToday } from '@/components/progress/CardsToday';
import { getChapters } from '@/lib/content';
import { getCourseOutline } from '@/lib/practice/outline.server';

export const metadata = {
  title: 'Course map',
  description: 'Five chapters, from one server to clones, replicas, caches and queues.',
  alternates: { canonical: '/learn' },
};

export default function LearnPage() {
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Course map</h1>
      <p className="mt-3 max-w-2xl text-slate-700 dark:text-slate-300">
        Read in order: each chapter picks up where the last one left the shop. Every chapter ends with interview questions.
      </p>
      <CardsToday questionIds={getCourseOutline().chapters.flatMap((c) => c.questionIds)} />
      <div className="mt-6">
        <CourseMap chapters={getChapters()} />
      </div>
    </div>
  );
}

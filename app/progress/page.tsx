import Link from 'next/link';
import { ProgressOverview } from '@/components/progress/ProgressOverview';
import { ProgressTransfer } from '@/components/progress/ProgressTransfer';
import { getCourseOutline } from '@/lib/practice/outline.server';
import { getImportOutline } from '@/lib/progress/outline.server';

export const metadata = {
  title: 'Your progress',
  description: 'Chapters read, flashcards due, challenges passed and mock interviews; export, import or reset your progress.',
  alternates: { canonical: '/progress' },
};

export default function ProgressPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Everything here lives in this browser only. Keep going in{' '}
        <Link href="/practice" className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
          Practice
        </Link>
        .
      </p>
      <ProgressOverview course={getCourseOutline()} />
      <ProgressTransfer course={getImportOutline()} />
    </div>
  );
}

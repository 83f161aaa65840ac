import Link from 'next/link';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-sky-700 dark:text-sky-400">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">This page is not in the course</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        The link may be old, or the chapter may have moved. Every lesson is listed on the course map.
      </p>
      <p className="mt-8 flex justify-center gap-4">
        <Link href="/learn" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
          Course map
        </Link>
        <Link href="/" className="rounded-md border border-slate-300 px-4 py-2 font-medium dark:border-slate-600">
          Home
        </Link>
      </p>
    </div>
  );
}

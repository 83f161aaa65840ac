'use client';

import { useSyncExternalStore } from 'react';

/** A lesson path a playground link may point back to: `/learn/<slug>` with an optional `#section`. */
const LESSON_PATH = /^\/learn\/[a-z0-9-]+(#[a-z0-9-]+)?$/;

/**
 * Reads `from` / `fromTitle` of a link opened from a lesson figure; null unless `from` is a lesson
 * path (anything else is ignored, so the link can never point elsewhere).
 *
 * @example
 * lessonOrigin('?from=%2Flearn%2Fcache%23ttl&fromTitle=TTL'); // { href: '/learn/cache#ttl', title: 'TTL' }
 */
export function lessonOrigin(search: string): { href: string; title: string | null } | null {
  const q = new URLSearchParams(search);
  const from = q.get('from');
  if (!from || !LESSON_PATH.test(from)) return null;
  const title = q.get('fromTitle')?.slice(0, 120).trim() || null;
  return { href: from, title };
}

const noChanges = () => () => {};

/** On a playground opened from a lesson figure: says so, with a link back to the lesson's section. */
export function FromLesson() {
  // The query is read after hydration (the server render has none), so markup never mismatches.
  const search = useSyncExternalStore(
    noChanges,
    () => window.location.search,
    () => '',
  );
  const origin = lessonOrigin(search);
  if (!origin) return null;
  return (
    <p className="no-print rounded-md border border-sky-600/40 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:bg-sky-950/40 dark:text-sky-100" role="note">
      Opened from a lesson figure with its setup and every action so far.{' '}
      <a className="font-medium underline" href={origin.href}>
        Back to the lesson{origin.title ? `: ${origin.title}` : ''}
      </a>
    </p>
  );
}

'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import { MAIN_NAV } from './nav';

export interface MenuChapter {
  slug: string;
  title: string;
  order: number;
}

/** The phone-size menu: site sections and the chapter list, behind one button. */
export function MobileMenu({ chapters }: { chapters: MenuChapter[] }) {
  const [open, setOpen] = useState(false);
  const [shownFor, setShownFor] = useState<string | null>(null);
  const pathname = usePathname();
  const id = useId();
  // Close the menu after navigating (derived during render rather than in an effect).
  if (open && shownFor !== pathname) {
    setShownFor(pathname);
    if (shownFor !== null) setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div className="lg:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setShownFor(pathname);
          setOpen((o) => !o);
        }}
        className="inline-flex h-9 items-center rounded-md border border-slate-300 px-3 text-sm font-medium dark:border-slate-600"
      >
        Menu
      </button>
      {open ? (
        <nav id={id} aria-label="Mobile" className="absolute inset-x-0 top-full z-40 max-h-[80vh] overflow-y-auto border-b border-slate-200 bg-white p-4 shadow-lg dark:border-slate-700 dark:bg-slate-950">
          <ul className="space-y-1">
            {MAIN_NAV.map((item) => (
              <li key={item.href}>
                <Link className="block rounded px-2 py-2 font-medium hover:bg-slate-100 dark:hover:bg-slate-800" href={item.href}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-4 px-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Chapters</p>
          <ol className="mt-1 space-y-1">
            {chapters.map((c) => (
              <li key={c.slug}>
                <Link className="block rounded px-2 py-2 hover:bg-slate-100 dark:hover:bg-slate-800" href={`/learn/${c.slug}`}>
                  {c.order}. {c.title}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
    </div>
  );
}

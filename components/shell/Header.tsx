import Link from 'next/link';
import { SearchDialog } from '@/components/search/SearchDialog';
import { getChapters } from '@/lib/content';
import { site } from '@/lib/site';
import { MobileMenu } from './MobileMenu';
import { MAIN_NAV } from './nav';
import { ThemeToggle } from './ThemeToggle';

/** Site header: brand, sections, search and theme; collapses into a menu on phones. */
export function Header() {
  const chapters = getChapters().map((c) => ({ slug: c.slug, title: c.frontmatter.title, order: c.frontmatter.order }));
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
        Skip to content
      </a>
      <div className="relative mx-auto flex h-14 max-w-7xl items-center gap-4 px-4">
        <Link href="/" className="flex items-center gap-2 font-bold tracking-tight text-slate-900 dark:text-white">
          <span aria-hidden="true" className="inline-flex h-7 w-7 items-center justify-center rounded-md bg-sky-700 text-sm text-white">P</span>
          {site.name}
        </Link>
        <nav aria-label="Main" className="hidden lg:block">
          <ul className="flex items-center gap-1 text-sm">
            {MAIN_NAV.map((item) => (
              <li key={item.href}>
                <Link className="rounded px-2.5 py-1.5 text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white" href={item.href}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <SearchDialog />
          <ThemeToggle />
          <MobileMenu chapters={chapters} />
        </div>
      </div>
    </header>
  );
}

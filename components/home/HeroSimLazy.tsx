'use client';

import dynamic from 'next/dynamic';

/** Same-size box while the mini-simulation's code loads: the page never shifts. */
function Placeholder() {
  return <div className="h-full animate-none rounded bg-slate-50 dark:bg-slate-900" aria-hidden="true" />;
}

/** Loaded after the page: the engine stays out of the home page's first-load JavaScript. */
export const HeroSimLazy = dynamic(() => import('./HeroSim'), { ssr: false, loading: Placeholder });

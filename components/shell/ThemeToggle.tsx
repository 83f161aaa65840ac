'use client';

import { useSyncExternalStore } from 'react';
import { notSavedReason, reasonText, reportUnclaimed, saveStatus } from '@/lib/progress/status';
import { THEME_STORAGE_KEY } from '@/lib/site';

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
const isDark = () => document.documentElement.classList.contains('dark');

/** Switches between light and dark and remembers the choice (the inline head script applies it before paint). */
export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  function toggle() {
    const next = !isDark();
    document.documentElement.classList.toggle('dark', next);
    document.documentElement.style.colorScheme = next ? 'dark' : 'light';
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next ? 'dark' : 'light');
    } catch (e) {
      // Storage full or blocked: the toggle still works for this page, and the page-wide alert says it will not last.
      const reason = notSavedReason(e);
      reportUnclaimed(saveStatus, reason, `${next ? 'Dark' : 'Light'} mode is on for this page only, not saved: ${reasonText(reason)}.`);
    }
  }
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark}
      className="inline-flex h-9 items-center gap-1.5 rounded-md border border-slate-300 px-2.5 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      <span className="sr-only sm:not-sr-only">Dark mode</span>
    </button>
  );
}

/** Runs before first paint (inlined in <head>): applies the saved or system theme, so there is no flash. */
export const themeInitScript = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var d=t==='dark'||(t!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);var e=document.documentElement;e.classList.toggle('dark',d);e.style.colorScheme=d?'dark':'light';}catch(_){}})();`;

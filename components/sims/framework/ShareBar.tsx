'use client';

import { useState } from 'react';
import { useSim, useSimStoreApi } from './context';
import { shortenNotice } from './notice-text';

/**
 * "Copy link" (playground): a URL that reproduces this exact run — seed, params, A/B lane and the
 * action log (kills, revives, added servers at their sim times).
 */
export function ShareBar() {
  const api = useSimStoreApi();
  const [copied, setCopied] = useState<string | null>(null);
  const notices = useSim((s) => s.notices);
  const linkFor = () => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(api.getState().urlEntries())) if (v !== null) q.set(k, v);
    const query = q.toString();
    return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`;
  };
  return (
    <div className="flex flex-col gap-2">
      <div className="no-print flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="min-h-10 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
          onClick={async () => {
            const link = linkFor();
            try {
              await navigator.clipboard.writeText(link);
              setCopied('Link copied: it reproduces this exact run.');
            } catch {
              setCopied(`Copy this link: ${link}`);
            }
          }}
        >
          Copy link to this run
        </button>
        <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {copied}
        </span>
      </div>
      {notices.length > 0 && (
        <div role="alert" className="flex items-start justify-between gap-3 rounded-md border border-amber-600/50 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          {/* min-w-0 + overflow-wrap: a long value wraps inside the box instead of widening the page. */}
          <div className="min-w-0 [overflow-wrap:anywhere]">
            <strong>Not used as given:</strong>
            {/* one sentence per setting, key or action dropped or changed: a tampered link can have a dozen */}
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {notices.map((n, i) => (
                <li key={i}>{shortenNotice(n)}.</li>
              ))}
            </ul>
          </div>
          <button type="button" className="no-print shrink-0 underline" onClick={() => api.getState().dismissNotices()}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}

'use client';

import { useState } from 'react';
import { downloadText } from './download';
import { progressActions, useProgress, useProgressHydrated } from './useProgress';

/**
 * Tells the learner that saved progress could not be read and was set aside (with a way to
 * download the copy). Stays, across reloads, until dismissed.
 */
export function ProgressNotice() {
  const hydrated = useProgressHydrated();
  const notice = useProgress((s) => s.notice);
  const [downloadResult, setDownloadResult] = useState('');
  if (!hydrated || !notice) return null;
  const backupKey = notice.backupKey;
  return (
    <div role="alert" className="not-prose my-4 rounded-lg border-l-4 border-amber-600/60 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="font-semibold">Your saved progress was set aside</p>
      <p className="mt-1">
        {notice.reason} You are starting fresh.{' '}
        {backupKey ? 'A copy of the old data is kept in this browser; download it if you want to inspect or repair it.' : 'The browser storage is full, so no copy could be kept.'}
      </p>
      <p className="mt-2 flex flex-wrap gap-2">
        {backupKey ? (
          <button
            type="button"
            className="rounded border border-amber-700/50 bg-white px-2.5 py-1 font-medium hover:bg-amber-100 dark:bg-slate-900 dark:hover:bg-slate-800"
            onClick={() => {
              let text: string | null = null;
              try {
                text = window.localStorage.getItem(backupKey);
              } catch {
                text = null;
              }
              if (text !== null) {
                downloadText(`${backupKey}.json`, text);
                setDownloadResult(`Downloaded ${backupKey}.json.`);
              } else setDownloadResult('The copy of the old data is no longer in this browser (its storage was cleared or is blocked), so there is nothing to download.');
            }}
          >
            Download the old data
          </button>
        ) : null}
        <button
          type="button"
          className="rounded border border-amber-700/50 bg-white px-2.5 py-1 font-medium hover:bg-amber-100 dark:bg-slate-900 dark:hover:bg-slate-800"
          onClick={() => progressActions().dismissNotice()}
        >
          Dismiss
        </button>
      </p>
      <p role="status" className="mt-2 empty:hidden">
        {downloadResult}
      </p>
    </div>
  );
}

'use client';

import { useEffect, useState } from 'react';
import { reasonText, saveStatus, type SaveOutcome, type SetAside, type UnclaimedFailure } from '@/lib/progress/status';
import { downloadText } from './download';
import { ExportHint, NotSaved, useSaveStatus } from './NotSaved';

const box = 'not-prose rounded-lg border-l-4 border-amber-600/60 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100';
const button = 'rounded border border-amber-700/50 bg-white px-2.5 py-1 font-medium hover:bg-amber-100 dark:bg-slate-900 dark:hover:bg-slate-800';

/** The progress store's actions; by the time a notice exists the store is loaded, so this resolves at once. */
const actions = () => import('@/lib/progress/store').then((m) => m.getProgressStore().getState());

/**
 * The page-wide progress alerts (loaded by ProgressAlerts when there is something to say): a notice
 * of each thing set aside (saved progress that could not be read, an interview whose scenario is
 * gone), and a bar for a save that failed where no component near the action said so.
 */
export default function ProgressAlertsView() {
  const asides = useSaveStatus((s) => s.asides);
  return (
    <>
      {asides.length > 0 ? (
        <div className="mx-auto max-w-3xl space-y-3 px-4 pt-6">
          {asides.map((a) => (
            <SetAsideNotice key={a.id} aside={a} />
          ))}
        </div>
      ) : null}
      <UnclaimedFailureBar />
    </>
  );
}

/** The text of what was set aside: from memory when held, else from its copy in storage. */
function asideText(aside: SetAside): string | null {
  if (aside.text !== undefined) return aside.text;
  try {
    return aside.backupKey ? window.localStorage.getItem(aside.backupKey) : null;
  } catch {
    return null;
  }
}

/** Held until downloaded, and now downloaded: the text is in memory only, for another download this visit. */
const released = (a: SetAside) => !a.held && a.backupKey === null && a.text !== undefined;

function headline(a: SetAside): string {
  if (a.what === 'interview') return a.held || released(a) ? 'Your interview in progress could not be kept aside' : 'Your interview in progress was set aside';
  return a.held || released(a) ? 'Your saved progress could not be read' : 'Your saved progress was set aside';
}

function explanation(a: SetAside): string {
  const noRoom = 'The browser’s storage for this site has no room for a copy';
  if (released(a)) return `${a.reason} You downloaded it; it is no longer kept in this browser.`;
  if (a.what === 'interview') {
    return a.held
      ? `${a.reason} ${noRoom}, so it stays saved as it is until you download its notes or delete it; you cannot start another interview until then.`
      : `${a.reason} Its notes are kept in this browser: download them to read them.`;
  }
  if (a.held) return `${a.reason} ${noRoom}, so it is left as it is and nothing you do here is saved over it until you download it or start fresh.`;
  return `${a.reason} You are starting fresh. ${a.backupKey ? 'A copy of the old data is kept in this browser; download it if you want to inspect or repair it.' : 'The browser storage was full, so no copy could be kept.'}`;
}

function SetAsideNotice({ aside }: { aside: SetAside }) {
  const [result, setResult] = useState<{ text: string; outcome?: SaveOutcome } | null>(null);
  const canDownload = aside.text !== undefined || aside.backupKey !== null;
  const noun = aside.what === 'interview' ? 'the notes' : 'the old data';

  const download = () => {
    const text = asideText(aside);
    if (text === null) {
      setResult({ text: `The copy of ${noun} is no longer in this browser (its storage was cleared or is blocked), so there is nothing to download.` });
      return;
    }
    downloadText(aside.fileName, text);
    if (!aside.held) return setResult({ text: `Downloaded ${aside.fileName}.` });
    void actions().then((a) => {
      const outcome = a.releaseAside(aside.id, 'downloaded');
      const after = aside.what === 'interview' ? 'It is deleted from this browser; you can start another interview.' : 'Your progress is saved again from now on (over the old data).';
      setResult({ text: `Downloaded ${aside.fileName}.${outcome.saved ? ` ${after}` : ''}`, outcome });
    });
  };

  const discard = () => {
    const question = aside.what === 'interview' ? 'Delete this interview and its notes? Download them first if you may want them.' : 'Start fresh? The old data is deleted from this browser. Download it first if you may want it.';
    if (!window.confirm(question)) return;
    void actions().then((a) => {
      const outcome = a.releaseAside(aside.id, 'discarded');
      // The notice goes with it; a failure is reported by the page-wide bar.
      if (!outcome.saved) setResult({ text: '', outcome });
    });
  };

  return (
    <div role="alert" className={box}>
      <p className="font-semibold">{headline(aside)}</p>
      <p className="mt-1">{explanation(aside)}</p>
      <p className="mt-2 flex flex-wrap gap-2">
        {canDownload ? (
          <button type="button" className={button} onClick={download}>
            {aside.what === 'interview' ? 'Download the notes' : 'Download the old data'}
          </button>
        ) : null}
        {aside.held ? (
          <button type="button" className={button} onClick={discard}>
            {aside.what === 'interview' ? 'Delete it…' : 'Start fresh…'}
          </button>
        ) : (
          <button type="button" className={button} onClick={() => void actions().then((a) => a.dismissAside(aside.id))}>
            Dismiss
          </button>
        )}
      </p>
      <p role="status" className="mt-2 empty:hidden">
        {result?.text}
      </p>
      <NotSaved reason={result?.outcome && !result.outcome.saved ? result.outcome.reason : null} />
    </div>
  );
}

/**
 * A save that failed with no component near the action to say so (a simulation counted as
 * explored, reading time, a new save path): a bar at the bottom of the screen. Once dismissed it
 * stays away until a progress write succeeds again, so a full storage does not nag every few
 * seconds (a failure with its own message, the theme's, still shows).
 */
function UnclaimedFailureBar() {
  const [shown, setShown] = useState<UnclaimedFailure | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const savedSeq = useSaveStatus((s) => s.savedSeq);

  useEffect(() => {
    let timer: number | undefined;
    const check = () => {
      const { unclaimed } = saveStatus.getState();
      window.clearTimeout(timer);
      // A component near the action claims its failure in the same task; wait one task for that.
      if (unclaimed) timer = window.setTimeout(() => saveStatus.getState().unclaimed === unclaimed && setShown(unclaimed), 0);
    };
    check();
    const stop = saveStatus.subscribe(check);
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, []);

  const saved = shown !== null && shown.message === undefined && savedSeq >= shown.seq;
  const quiet = shown?.message === undefined && dismissedAt !== null && savedSeq <= dismissedAt;
  if (!shown || saved || quiet) return null;
  return (
    <div className="fixed inset-x-0 bottom-0 z-50 px-3 pb-3">
      <div role="alert" className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-rose-700/40 bg-rose-50 px-4 py-3 text-sm text-rose-950 shadow-lg dark:border-rose-400/40 dark:bg-rose-950 dark:text-rose-100">
        <p className="min-w-0 flex-1">
          {shown.message ?? (
            <>
              <span className="font-semibold">Not saved:</span> {reasonText(shown.reason)}
              {shown.reason === 'held' ? '.' : <ExportHint />}
            </>
          )}
        </p>
        <button
          type="button"
          className="rounded border border-rose-700/50 bg-white px-2.5 py-1 font-medium hover:bg-rose-100 dark:bg-slate-900 dark:hover:bg-slate-800"
          onClick={() => {
            setDismissedAt(saveStatus.getState().savedSeq);
            setShown(null);
          }}
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}

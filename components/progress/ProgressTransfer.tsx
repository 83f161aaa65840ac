'use client';

import { useId, useRef, useState } from 'react';
import { WorkProgress } from '@/components/sims/framework/WorkProgress';
import { Cancelled } from '@/lib/sim-ui/compute';
import { pickData } from '@/lib/progress/store';
import type { ProgressData } from '@/lib/progress/schema';
import type { CourseOutline } from '@/lib/progress/summary';
import { reasonText } from '@/lib/progress/status';
import { exportProgress, importProgress, skippedMessage } from '@/lib/progress/transfer';
import { downloadText } from './download';
import { progressActions, useProgressHydrated } from './useProgress';

const btn =
  'inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';
const danger = 'inline-flex items-center justify-center rounded-md bg-rose-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-rose-800 dark:bg-rose-400 dark:text-slate-950 dark:hover:bg-rose-300';

/** The rules an import is checked against; challenge and simulation-card definitions load only when a file is imported. */
async function importRules(course: CourseOutline) {
  const [{ CHALLENGES }, { SIM_CARDS }, { buildImportRules }] = await Promise.all([
    import('@/lib/practice/challenges'),
    import('@/lib/practice/sim-cards'),
    import('@/lib/progress/import-rules'),
  ]);
  return buildImportRules(course, CHALLENGES, SIM_CARDS.map((card) => card.id));
}

/**
 * Re-runs the imported challenge bests on their stored settings in the page's worker (every seed,
 * the page budget), with progress; rejects with Cancelled when `signal` aborts.
 */
async function verifyBests(data: ProgressData, signal: AbortSignal, onProgress: (fraction: number) => void) {
  const [{ runChallengeAsync }, { verifyChallengeBests }] = await Promise.all([import('@/components/practice/challenge-runner'), import('@/lib/progress/import-verify')]);
  return verifyChallengeBests(data, (id, values, progress) => runChallengeAsync(id, values, { signal, onProgress: progress }), onProgress);
}

/** Export to a JSON file, import from one (validated against the course, migrated), and reset with confirmation. */
export function ProgressTransfer({ course }: { course: CourseOutline }) {
  const id = useId();
  const hydrated = useProgressHydrated();
  const fileRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [verifying, setVerifying] = useState<{ fraction: number; count: number; abort: AbortController } | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = importProgress(await file.text(), `“${file.name}”`, { rules: await importRules(course), now: new Date() });
    if (fileRef.current) fileRef.current.value = '';
    if (!result.ok) return setMessage({ kind: 'error', text: result.message });
    let { data, skipped } = result;
    const count = Object.keys(data.challenges).length;
    if (count > 0) {
      // A file's challenge results count only if their own settings pass when run again here.
      const abort = new AbortController();
      setMessage(null);
      setVerifying({ fraction: 0, count, abort });
      try {
        const verified = await verifyBests(data, abort.signal, (fraction) => setVerifying({ fraction, count, abort }));
        data = verified.data;
        skipped = [...skipped, ...verified.skipped];
      } catch (e) {
        if (!(e instanceof Cancelled)) throw e;
        return setMessage({ kind: 'error', text: 'Import cancelled, nothing imported. Your current progress is unchanged.' });
      } finally {
        setVerifying(null);
      }
    }
    // All or nothing: when the browser refuses the write, the page keeps what it had.
    const outcome = progressActions().replaceAll(data);
    if (!outcome.saved) return setMessage({ kind: 'error', text: `Not imported: ${reasonText(outcome.reason)}, so “${file.name}” could not be saved. Your progress here is unchanged.` });
    const migrated = result.migratedFrom ? ` (an older format, version ${result.migratedFrom}, brought up to date)` : '';
    const allPassed = count > 0 && Object.keys(data.challenges).length === count;
    const rerun = allPassed ? ` ${count === 1 ? 'Its challenge result' : `All ${count} challenge results`} passed when re-run.` : '';
    setMessage({ kind: skipped.length ? 'error' : 'ok', text: `Imported “${file.name}”${migrated}.${rerun}${skippedMessage(skipped)}` });
  };

  return (
    <section id="your-data" aria-labelledby={`${id}-h`} className="mt-12 scroll-mt-20">
      <h2 id={`${id}-h`} className="text-xl font-semibold">
        Your data
      </h2>
      <p className="mt-1 max-w-2xl text-sm text-slate-700 dark:text-slate-300">
        Progress is kept only in this browser. Export it to move it to another browser or to keep a copy; importing replaces what is here.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={btn}
          disabled={!hydrated}
          onClick={() => {
            const { fileName, text } = exportProgress(pickData(progressActions()), new Date());
            downloadText(fileName, text);
            setMessage({ kind: 'ok', text: `Exported ${fileName}.` });
          }}
        >
          Export progress
        </button>
        <label className={`${btn} cursor-pointer focus-within:outline-3 focus-within:outline-sky-600`}>
          Import progress
          <input ref={fileRef} type="file" accept="application/json,.json" className="sr-only" disabled={!hydrated || verifying !== null} onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
        {!confirming ? (
          <button type="button" className={btn} disabled={!hydrated} onClick={() => setConfirming(true)}>
            Reset progress…
          </button>
        ) : null}
      </div>
      {verifying ? (
        <p className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          <span>
            Re-running {verifying.count === 1 ? 'the imported challenge result' : `the ${verifying.count} imported challenge results`} on their own settings…
          </span>
          <WorkProgress
            fraction={verifying.fraction}
            label="Progress re-running imported challenge results"
            text={`${Math.min(verifying.count, Math.floor(verifying.fraction * verifying.count) + 1)} of ${verifying.count} · ${Math.floor(verifying.fraction * 100)} %`}
            cancelLabel="Cancel the import"
            onCancel={() => verifying.abort.abort()}
          />
        </p>
      ) : null}
      {confirming ? (
        <div role="alertdialog" aria-labelledby={`${id}-c`} aria-describedby={`${id}-cd`} className="mt-4 rounded-lg border border-rose-600/40 bg-rose-50 p-4 dark:bg-rose-950/40">
          <p id={`${id}-c`} className="font-semibold text-rose-900 dark:text-rose-200">
            Reset all progress?
          </p>
          <p id={`${id}-cd`} className="mt-1 text-sm text-rose-950 dark:text-rose-100">
            This deletes chapters read, card schedules, mock interviews and challenge results in this browser. It cannot be undone; export first if you may want them back.
          </p>
          <p className="mt-3 flex gap-3">
            <button
              type="button"
              className={danger}
              onClick={() => {
                const outcome = progressActions().reset();
                setConfirming(false);
                setMessage(outcome.saved ? { kind: 'ok', text: 'Progress reset.' } : { kind: 'error', text: `Not reset: ${reasonText(outcome.reason)}. Your progress here is unchanged.` });
              }}
            >
              Yes, reset everything
            </button>
            <button type="button" className={btn} autoFocus onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </p>
        </div>
      ) : null}
      <p role="status" className={`mt-3 min-h-[1.5rem] text-sm ${message?.kind === 'error' ? 'font-medium text-rose-800 dark:text-rose-300' : 'text-emerald-800 dark:text-emerald-300'}`}>
        {message?.text}
      </p>
    </section>
  );
}

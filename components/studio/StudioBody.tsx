'use client';

import { lazy, Suspense, useId, useState } from 'react';
import type { SharedRun } from '@/lib/studio/share';
import { notSavedText, type WriteOutcome } from '@/lib/studio/saves';
import type { RunResult } from './run/types';
import { ClassList } from './ClassList';
import { useStudio, useStudioApi } from './context';
import { DesignSettings } from './DesignSettings';
import { Inspector } from './Inspector';
import { Outline } from './Outline';
import { Palette } from './Palette';
import { ProblemList } from './ProblemList';
import { btn } from './styles';
import { EditButtons, FileMenu, type StartingPoint } from './Toolbar';
import { useAutosave } from './useAutosave';
import { useMedia } from './useMedia';

/**
 * The canvas (React Flow and dagre, ~70 kB gzip) loads right after the page, behind a frame of
 * the same size: the palette, the paths and the outline work from the first moment.
 */
const Canvas = lazy(() => import('./Canvas').then((m) => ({ default: m.Canvas })));

/** Running (the engine, the worker client, charts) loads after the editor, behind a line of text. */
const RunSection = lazy(() => import('./run/RunSection').then((m) => ({ default: m.RunSection })));

function RunLoading() {
  return <p className="min-h-10 text-sm text-slate-700 dark:text-slate-300">Loading the simulation…</p>;
}

function CanvasLoading() {
  return <p className="flex h-full items-center justify-center text-sm text-slate-700 dark:text-slate-300">Loading the canvas…</p>;
}

/** The design's name, edited in place (an empty box keeps the last name). */
function DesignName() {
  const api = useStudioApi();
  const id = useId();
  const name = useStudio((s) => s.design.name);
  const [text, setText] = useState<string | null>(null);
  return (
    <div className="flex min-w-0 items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        Design
      </label>
      <input
        id={id}
        className="h-10 min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-2 text-base font-semibold sm:w-64 dark:border-slate-500 dark:bg-slate-900"
        value={text ?? name}
        maxLength={80}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim()) api.getState().apply({ ...api.getState().design, name: e.target.value.trim() }, { coalesce: 'design-name' });
        }}
        onBlur={() => setText(null)}
      />
    </div>
  );
}

/** Whether the browser kept the latest change: said beside the drawing, where the learner is working. */
function SaveStatus({ outcome, enabled }: { outcome: WriteOutcome | null; enabled: boolean }) {
  if (!enabled) return null;
  if (outcome && !outcome.saved)
    return (
      <p role="alert" className="text-sm font-medium text-rose-800 dark:text-rose-300">
        Your latest change was not saved: {notSavedText(outcome.reason)}. Download the JSON (Files) to keep it.
      </p>
    );
  return (
    <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
      {outcome ? 'Saved in this browser' : 'Changes are saved in this browser'}
    </p>
  );
}

/** Notices about how the studio opened (a bad link, unreadable saved data), until dismissed. */
function Notices({ notices }: { notices: string[] }) {
  const [dismissed, setDismissed] = useState<string[] | null>(null);
  if (notices.length === 0 || dismissed === notices) return null;
  return (
    <div role="alert" className="flex items-start justify-between gap-3 rounded-md border border-amber-600/50 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="min-w-0 [overflow-wrap:anywhere]">{notices.join(' ')}</p>
      <button type="button" className="shrink-0 underline" onClick={() => setDismissed(notices)}>
        Dismiss
      </button>
    </div>
  );
}

/** On a phone the selection's settings slide up from the bottom; Close (or Escape) deselects. */
function BottomSheet() {
  const api = useStudioApi();
  const selected = useStudio((s) => s.selection !== null);
  if (!selected) return null;
  return (
    <section
      aria-label="Selected component or arrow"
      className="fixed inset-x-0 bottom-0 z-40 max-h-[50vh] overflow-y-auto rounded-t-xl border-t-2 border-slate-400 bg-white px-3 pb-4 pt-2 shadow-[0_-8px_24px_rgba(0,0,0,0.15)] dark:border-slate-500 dark:bg-slate-900"
      onKeyDown={(e) => e.key === 'Escape' && api.getState().select(null)}
    >
      <div className="sticky top-0 z-10 -mx-3 mb-2 flex justify-end bg-white px-3 py-1 dark:bg-slate-900">
        <button type="button" className={btn} onClick={() => api.getState().select(null)}>
          Close
        </button>
      </div>
      <Inspector />
    </section>
  );
}

/**
 * The studio's panels: toolbar, palette, canvas, the side sheet (or, with nothing selected, the
 * classes and their paths), the problems, the outline, and whatever `run` adds below the canvas.
 */
export function StudioBody({
  ready,
  notices,
  shared,
  storageKey,
  startingPoints,
  onSaveOutcome,
  onRunResult,
}: {
  ready: boolean;
  notices: string[];
  shared: SharedRun | null;
  storageKey: string | null;
  startingPoints: StartingPoint[];
  onSaveOutcome?: (o: WriteOutcome) => void;
  onRunResult?: (r: RunResult) => void;
}) {
  const api = useStudioApi();
  const wide = useMedia('(min-width: 1024px)');
  const selected = useStudio((s) => s.selection !== null);
  const announcement = useStudio((s) => s.announcement);
  const outcome = useAutosave(api, ready ? storageKey : null, onSaveOutcome);
  const design = useStudio((s) => s.design);
  const runBoxes = useStudio((s) => s.runBoxes);
  return (
    <>
      <Notices notices={notices} />
      <div className="flex flex-wrap items-center gap-2">
        <DesignName />
        <EditButtons />
        <FileMenu starts={startingPoints} />
        <SaveStatus outcome={outcome} enabled={storageKey !== null} />
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div className="grid grid-cols-1 gap-4 @5xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-3">
          <Palette />
          <div className="h-[26rem] overflow-hidden rounded-lg border border-slate-300 bg-slate-50 @2xl:h-[30rem] dark:border-slate-600 dark:bg-slate-900">
            {ready ? (
              <Suspense fallback={<CanvasLoading />}>
                <Canvas runBoxes={runBoxes} label={`Canvas of ${design.name}: ${design.components.length} components, ${design.connections.length} arrows. The outline below lists them in words.`} />
              </Suspense>
            ) : (
              <CanvasLoading />
            )}
          </div>
          <p className="text-xs text-slate-700 dark:text-slate-300">
            Tap a box to edit it; pick from the palette to add after it. Keyboard: Tab to a box, Enter selects, arrow keys move it, Delete removes it, Ctrl+Z undoes.
          </p>
          {ready ? (
            <Suspense fallback={<RunLoading />}>
              <RunSection shared={shared} onRunResult={onRunResult} />
            </Suspense>
          ) : (
            <RunLoading />
          )}
        </div>
        {/* the learner's own design arrives after the first paint: its panels appear then, below or beside what is already there */}
        <div className="flex min-w-0 flex-col gap-4">
          {!ready ? null : wide && selected ? (
            <section aria-label="Selected component or arrow" className="flex flex-col gap-2">
              <button type="button" className={`${btn} self-start`} onClick={() => api.getState().select(null)}>
                ← Back to classes and paths
              </button>
              <Inspector />
            </section>
          ) : (
            <>
              <ProblemList />
              <ClassList />
              <details className="rounded-md border border-slate-300 p-2 dark:border-slate-600">
                <summary className="cursor-pointer text-sm font-medium">Design settings</summary>
                <div className="mt-2">
                  <DesignSettings />
                </div>
              </details>
            </>
          )}
        </div>
      </div>
      {ready && <Outline runBoxes={runBoxes} />}
      {!wide && <BottomSheet />}
    </>
  );
}

'use client';

import { useCallback, useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Design } from '@/lib/sim/design/schema';
import { starterDesign } from '@/lib/studio/blank';
import { AUTOSAVE_KEY, type WriteOutcome } from '@/lib/studio/saves';
import { StudioContext } from './context';
import { StudioBody } from './StudioBody';
import type { RunResult } from './run/types';
import { createStudioStore, type StudioStore } from './store';
import type { StartingPoint } from './Toolbar';
import { useInitialDesign, type OpenLink } from './useInitialDesign';

/**
 * Props of {@link Studio}. Everything is optional: `<Studio />` is a blank whiteboard that
 * autosaves in this browser.
 */
export interface StudioProps {
  /** The design to open when nothing is autosaved under `storageKey` (default: the clients and an empty class). Read once. */
  initialDesign?: Design;
  /** Browser storage key of the autosave (default `prepup-studio`); give each page its own, or `null` for none. */
  storageKey?: string | null;
  /** Designs offered under Files → Open besides the learner's saves (examples, the page's starting point). */
  startingPoints?: StartingPoint[];
  /** Shown above the toolbar: a problem's prompt, a title. */
  header?: ReactNode;
  /** Open a share link in the page's URL fragment (the studio pages do; an embedded studio usually not). */
  readLink?: boolean;
  /** The page's own link format, read when there is no share link (e.g. a chapter 5 figure's settings); keep it stable (useCallback). */
  openLink?: OpenLink;
  /** Hears every change: the design and whether it passes the validation (only a valid one can run). */
  onDesignChange?: (design: Design, valid: boolean) => void;
  /** Hears every autosave's outcome (the studio also says it beside the drawing). */
  onSaveOutcome?: (outcome: WriteOutcome) => void;
  /** Hears every run that reaches the end of its day: the design, the faults applied and the numbers. */
  onRunResult?: (result: RunResult) => void;
}

/**
 * The design studio: draw an architecture from a palette (canvas, side sheet, classes and their
 * paths, outline), with undo/redo, autosave, named saves, JSON import/export, SVG/PNG export and
 * share links, and running it on the design model (transport, faults, A/B compare, per-class and
 * per-component numbers with theory, the bill). One store per instance. The server renders it on `initialDesign`; in the browser it
 * then opens the share link or the learner's autosaved design, if any.
 *
 * @example
 * <Studio initialDesign={problem.start} storageKey={`prepup-problem-${problem.id}`} header={<Prompt />} onDesignChange={(d, ok) => setDraft(ok ? d : null)} />
 */
export function Studio({ initialDesign, storageKey = AUTOSAVE_KEY, startingPoints = [], header, readLink = false, openLink, onDesignChange, onSaveOutcome, onRunResult }: StudioProps) {
  const [store] = useState<StudioStore>(() => createStudioStore(initialDesign ?? starterDesign()));
  const [initial] = useState(() => store.getState().design);
  const onStart = useCallback((d: Design) => d !== store.getState().design && store.getState().load(d), [store]);
  const start = useInitialDesign(initial, storageKey, readLink, openLink, onStart);
  useEffect(() => {
    if (!onDesignChange) return;
    onDesignChange(store.getState().design, store.getState().checked.ok);
    return store.subscribe((s, prev) => {
      if (s.revision !== prev.revision) onDesignChange(s.design, s.checked.ok);
    });
  }, [store, onDesignChange]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    // text boxes keep their own undo
    if ((e.target as HTMLElement).closest('textarea, select, [contenteditable], input:not([type=range]):not([type=checkbox]):not([type=radio]):not([type=button])')) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) store.getState().undo();
    else if ((key === 'z' && e.shiftKey) || key === 'y') store.getState().redo();
    else return;
    e.preventDefault();
  };
  return (
    <StudioContext.Provider value={store}>
      {/* keyboard shortcuts of the whole studio (Ctrl+Z / Ctrl+Shift+Z); each control inside stays reachable by Tab */}
      <div className="@container flex min-w-0 flex-col gap-3" onKeyDown={onKeyDown} data-studio-ready={start !== null}>
        {header}
        <StudioBody ready={start !== null} notices={start?.notices ?? []} shared={start?.shared ?? null} storageKey={storageKey} startingPoints={startingPoints} onSaveOutcome={onSaveOutcome} onRunResult={onRunResult} />
      </div>
    </StudioContext.Provider>
  );
}

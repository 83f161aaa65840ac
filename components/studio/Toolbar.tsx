'use client';

import { useId, useRef, useState } from 'react';
import type { Design } from '@/lib/sim/design/schema';
import { designJson, readDraftText } from '@/lib/studio/draft';
import { tidyLayout } from '@/lib/studio/edit';
import { deleteNamed, notSavedText, readSaves, saveNamed, type NamedSave } from '@/lib/studio/saves';
import { useStudio, useStudioApi } from './context';
import { downloadBlob, fileName } from './download';
import { browserStorage } from './storage';
import { btn, select } from './styles';

/** A design the studio offers to open besides the learner's saves (an example, the page's own start). */
export interface StartingPoint {
  label: string;
  design: Design;
}

/** What a file action said, shown beside the buttons the learner pressed. */
type Said = { kind: 'ok' | 'error'; text: string } | null;

function Message({ said }: { said: Said }) {
  if (!said) return null;
  return said.kind === 'error' ? (
    <p role="alert" className="w-full text-sm text-rose-800 [overflow-wrap:anywhere] dark:text-rose-300">
      {said.text}
    </p>
  ) : (
    <p role="status" className="w-full text-sm text-slate-700 dark:text-slate-300">
      {said.text}
    </p>
  );
}

/** Undo, redo and tidying the layout. */
export function EditButtons() {
  const api = useStudioApi();
  const canUndo = useStudio((s) => s.past.length > 0);
  const canRedo = useStudio((s) => s.future.length > 0);
  const moved = useStudio((s) => s.design.layout !== undefined);
  return (
    <div role="group" aria-label="Edit" className="flex flex-wrap gap-1.5">
      <button type="button" className={btn} disabled={!canUndo} aria-keyshortcuts="Control+Z" onClick={() => api.getState().undo()}>
        Undo
      </button>
      <button type="button" className={btn} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" onClick={() => api.getState().redo()}>
        Redo
      </button>
      <button type="button" className={btn} disabled={!moved} onClick={() => api.getState().apply(tidyLayout(api.getState().design), { note: 'Every box is back in the automatic layout' })}>
        Tidy layout
      </button>
    </div>
  );
}

/**
 * Files: named saves in this browser, opening a save or a starting point, importing and exporting
 * the JSON, and the picture as SVG or PNG. Every outcome (and every refusal, in words) is said
 * right under these buttons.
 */
export function FileMenu({ starts }: { starts: StartingPoint[] }) {
  const api = useStudioApi();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [said, setSaid] = useState<Said>(null);
  const [saves, setSaves] = useState<NamedSave[] | null>(null);
  const [name, setName] = useState('');
  const [open, setOpen] = useState('');
  const list = saves ?? [];
  const options = [...list.map((s) => ({ value: `save:${s.name}`, label: `${s.name} (saved ${s.savedAt.slice(0, 10)})` })), ...starts.map((s, i) => ({ value: `start:${i}`, label: s.label }))];
  const loadSaves = () => {
    if (saves !== null) return;
    const r = readSaves(browserStorage());
    setSaves(r.saves);
    if (r.aside) setSaid({ kind: 'error', text: r.aside.message });
  };

  const saveAs = () => {
    const n = name.trim() || api.getState().design.name;
    const r = saveNamed(browserStorage(), n, api.getState().design);
    setSaves(r.saves);
    if (!r.outcome.saved) return setSaid({ kind: 'error', text: `“${n}” was not saved: ${notSavedText(r.outcome.reason)}. Download the JSON to keep it.` });
    setSaid({ kind: r.aside ? 'error' : 'ok', text: `Saved “${n}” in this browser.${r.aside ? ` ${r.aside.message}` : ''}` });
    setName('');
  };
  const openChosen = () => {
    const value = open || options[0]?.value;
    if (!value) return;
    const [kind, key] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
    const d = kind === 'save' ? list.find((s) => s.name === key)?.design : starts[Number(key)]?.design;
    if (!d) return;
    api.getState().replace(d, `Opened “${d.name}” (Undo goes back)`);
    setSaid({ kind: 'ok', text: `Opened “${d.name}”. Undo goes back to what you had.` });
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const r = readDraftText(await file.text());
    if (fileRef.current) fileRef.current.value = '';
    if (!r.ok) return setSaid({ kind: 'error', text: `“${file.name}” was not opened, your design is unchanged: ${r.problems.join('; ')}.` });
    api.getState().replace(r.design, `Imported “${r.design.name}”`);
    setSaid({ kind: 'ok', text: `Imported “${r.design.name}” from ${file.name}. Undo goes back to what you had.` });
  };

  return (
    <details className="group relative" onToggle={(e) => (e.currentTarget.open ? loadSaves() : undefined)}>
      <summary className={`${btn} cursor-pointer list-none`}>Files ▾</summary>
      <div className="mt-2 flex w-full max-w-full flex-col gap-3 rounded-md border border-slate-300 bg-white p-3 dark:border-slate-600 dark:bg-slate-900 sm:w-[26rem]">
        <div className="flex flex-wrap items-end gap-2">
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <label htmlFor={`${id}-name`} className="text-sm font-medium">
              Save in this browser as
            </label>
            <input id={`${id}-name`} className="h-9 rounded-md border border-slate-400 bg-white px-2 text-sm dark:border-slate-500 dark:bg-slate-900" value={name} maxLength={80} placeholder={api.getState().design.name} onChange={(e) => setName(e.target.value)} />
          </div>
          <button type="button" className={btn} onClick={saveAs}>
            Save
          </button>
        </div>
        {options.length > 0 && (
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              <label htmlFor={`${id}-open`} className="text-sm font-medium">
                Open
              </label>
              <select id={`${id}-open`} className={select} value={open || options[0]?.value} onChange={(e) => setOpen(e.target.value)}>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className={btn} onClick={openChosen}>
              Open
            </button>
            {(open || options[0]?.value || '').startsWith('save:') && (
              <button
                type="button"
                className={btn}
                onClick={() => {
                  const n = (open || options[0]!.value).slice(5);
                  const r = deleteNamed(browserStorage(), n);
                  setSaves(r.saves);
                  setOpen('');
                  setSaid(r.outcome.saved ? { kind: 'ok', text: `Deleted “${n}”.` } : { kind: 'error', text: `“${n}” was not deleted: ${notSavedText(r.outcome.reason)}.` });
                }}
              >
                Delete
              </button>
            )}
          </div>
        )}
        <div className="flex flex-wrap gap-2" role="group" aria-label="Import and download">
          <input ref={fileRef} type="file" accept="application/json,.json" hidden aria-label="JSON file to import" onChange={(e) => void onFile(e.target.files?.[0])} />
          <button type="button" className={btn} onClick={() => fileRef.current?.click()}>
            Import JSON
          </button>
          <button type="button" className={btn} onClick={() => downloadBlob(fileName(api.getState().design, 'json'), new Blob([designJson(api.getState().design)], { type: 'application/json' }))}>
            Download JSON
          </button>
          <button type="button" className={btn} onClick={async () => downloadBlob(fileName(api.getState().design, 'svg'), (await import('./picture')).svgBlob(api.getState().design))}>
            Download SVG
          </button>
          <button
            type="button"
            className={btn}
            onClick={async () => {
              try {
                downloadBlob(fileName(api.getState().design, 'png'), await (await import('./picture')).pngBlob(api.getState().design));
              } catch (err) {
                setSaid({ kind: 'error', text: `The PNG could not be made: ${err instanceof Error ? err.message : String(err)}. The SVG download has the same picture.` });
              }
            }}
          >
            Download PNG
          </button>
        </div>
        <Message said={said} />
      </div>
    </details>
  );
}

'use client';

import { useSim, useSimStoreApi } from './context';

/** Buttons that load the definition's named starting points (same seed). */
export function Presets() {
  const presets = useSim((s) => s.def.presets);
  const current = useSim((s) => s.preset);
  const api = useSimStoreApi();
  const entries = Object.entries(presets);
  if (entries.length === 0) return null;
  return (
    <div className="no-print flex flex-wrap items-center gap-2" role="group" aria-label="Presets">
      <span className="text-sm font-medium text-slate-700 dark:text-slate-300">Try:</span>
      {entries.map(([name, p]) => (
        <button
          key={name}
          type="button"
          title={p.description}
          aria-pressed={current === name}
          onClick={() => api.getState().applyPreset(name)}
          className="min-h-9 rounded-full border border-slate-300 px-3 text-sm text-slate-800 hover:bg-slate-50 aria-pressed:border-sky-700 aria-pressed:bg-sky-50 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-pressed:border-sky-400 dark:aria-pressed:bg-sky-950"
        >
          {p.label}
        </button>
      ))}
    </div>
  );
}

'use client';

import { useSim, useSimStoreApi } from '@/components/sims/framework/context';
import type { DesignParams } from '@/components/sims/design/definition';
import type { Design, DesignSnapshot } from '@/lib/sim/design';
import { useStudio } from '../context';
import { btn } from '../styles';

/** The same design for a run (positions on the canvas do not change a run). */
export const sameDesign = (a: Design, b: Design) => JSON.stringify({ ...a, layout: undefined }) === JSON.stringify({ ...b, layout: undefined });

/**
 * A/B on the same random stream: lane A is the version last run, lane B the design as it is now
 * (same seed, same arrivals), so "before and after adding a cache" is one click. The headline
 * numbers show A, B and B − A; the canvas and the tables show B.
 */
export function CompareBar({ ran }: { ran: Design[] }) {
  const api = useSimStoreApi<DesignParams, DesignSnapshot>();
  const comparing = useSim((s) => s.compareKey !== null);
  const busy = useSim((s) => s.busy);
  const checked = useStudio((s) => s.checked);
  if (comparing)
    return (
      <div className="flex flex-wrap items-center gap-2 rounded-md border border-dashed border-slate-500 p-3 text-sm" role="group" aria-label="Lane B">
        <p className="min-w-0 flex-1">Comparing: lane A is the version you ran before, lane B (dashed lines) this design, on the same random stream.</p>
        <button
          type="button"
          className={btn}
          onClick={() => {
            const b = (api.getState().b?.params as DesignParams | undefined)?.design;
            api.getState().stopCompare();
            if (b) api.getState().setParam('design', b);
          }}
        >
          Stop comparing
        </button>
      </div>
    );
  if (!checked.ok) return null;
  const current = checked.design;
  const before = ran.findLast((d) => !sameDesign(d, current));
  if (!before) return null;
  return (
    <button
      type="button"
      className={`${btn} self-start`}
      disabled={busy}
      onClick={() => {
        const s = api.getState();
        s.setParam('design', before);
        api.getState().startCompare('design');
        api.getState().setCompareValue({ ...current, run: before.run });
        void api.getState().runToEnd();
      }}
    >
      Compare with the version you ran before
    </button>
  );
}

'use client';

import type { Params } from '@/lib/sim-ui/definition';
import { useSim } from './context';
import { ParamControl } from './ParamControl';

/** The parameter controls this instance shows (MDX `controls`, or all on a playground); `dense`: one row per setting (lesson figures). */
export function Controls({ dense = false }: { dense?: boolean }) {
  const fields = useSim((s) => s.fields);
  const controls = useSim((s) => s.controls);
  const params = useSim((s) => s.params) as Params;
  const setParam = useSim((s) => s.setParam);
  const ui = useSim((s) => s.def.ui) as Record<string, object | undefined> | undefined;
  const shown = controls.map((k) => fields.find((f) => f.key === k)).filter((f) => f !== undefined);
  if (shown.length === 0) return null;
  return (
    <div className="no-print @container" role="group" aria-label="Settings">
      <div className={`grid grid-cols-1 gap-x-5 @md:grid-cols-2 ${dense ? 'gap-y-1' : 'gap-y-2'}`}>
      {shown.map((f) => (
        // data-param names the setting in the server HTML too, so a change made there before the figure went live can be replayed (frozen-input.ts).
        <div key={f.key} data-param={f.key}>
          <ParamControl field={f} value={params[f.key]} range={ui?.[f.key]} params={params} dense={dense} onChange={(v) => setParam(f.key, v)} />
        </div>
      ))}
      </div>
    </div>
  );
}

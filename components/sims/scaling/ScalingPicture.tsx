'use client';

import { formatValue, plural } from '@/lib/sim-ui/format';
import { useSim } from '../framework/context';
import { capacityNow, type ScalingSnapshot } from './run';

/** Squares drawn at most (the heading gives the count); the box has a fixed height, so the figure never grows as the fleet does. */
const MAX_SQUARES = 60;

function Meter({ used, label, down = false }: { used: number; label: string; down?: boolean }) {
  const pct = Math.min(1, used);
  const over = used > 1;
  return (
    <div>
      <div className="h-3 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-700" aria-hidden="true">
        <div className={`h-full ${over ? 'bg-[#D55E00]' : 'bg-[#0072B2] dark:bg-[#56B4E9]'}`} style={{ width: `${down ? 0 : pct * 100}%` }} />
      </div>
      {/* A machine that is down has no capacity to be a share of: it is down, not "∞ % overloaded". */}
      <p className="mt-1 text-xs whitespace-nowrap text-slate-700 dark:text-slate-300">{down ? 'Down: serves nothing' : `${label} ${formatValue(used, '%')}${over ? ': overloaded' : ''}`}</p>
    </div>
  );
}

/**
 * The two plans side by side at the current month: one big machine (its size tier, load and
 * what a failure leaves) and the pool of small machines behind a balancer (one square each).
 */
export function ScalingPicture() {
  useSim((s) => s.simTimeMs);
  const s = useSim((st) => (st.a.runner ? st.a.runner.snapshot() : st.a.snapshot)) as ScalingSnapshot;
  const m = s.current;
  const cap = capacityNow(s);
  const lostNote = s.machineLost ? ' One machine lost.' : '';
  const squares = Math.min(m.machines, MAX_SQUARES);
  return (
    // Side by side at every width: on a phone too, so both plans, the button and the numbers fit one screen.
    <div className="grid grid-cols-2 gap-2 @lg:gap-4">
      <section aria-label="One big machine" className="rounded-md border border-slate-200 p-2 @lg:p-3 dark:border-slate-700">
        <p className="text-sm font-semibold">One big machine</p>
        <div
          role="img"
          aria-label={`One machine of ${formatValue(m.verticalCapacity, 'req/s')}, demand ${formatValue(m.demand, 'req/s')}.${lostNote}${m.verticalOverCeiling ? ' Past the largest size.' : ''}`}
          className={`my-2 flex h-14 items-center justify-center rounded-md border-2 px-1 text-center text-sm leading-tight font-medium @lg:h-20 ${s.machineLost ? 'border-dashed border-slate-400 bg-[repeating-linear-gradient(45deg,transparent,transparent_6px,rgba(100,116,139,0.35)_6px,rgba(100,116,139,0.35)_8px)] text-slate-700 dark:text-slate-300' : 'border-[#0072B2] dark:border-[#56B4E9]'}`}
        >
          {s.machineLost ? 'down' : `${formatValue(m.verticalCapacity, 'req/s')} machine`}
        </div>
        <Meter used={cap.vertical > 0 ? m.demand / cap.vertical : Infinity} label="Load" down={cap.vertical === 0} />
        {m.verticalOverCeiling && <p className="mt-1 text-xs font-semibold text-[#a04000] dark:text-[#FF9F6F]">Past the biggest machine you can buy (month {s.ceilingMonth ?? '—'}).</p>}
      </section>
      <section aria-label="Small machines behind a balancer" className="rounded-md border border-slate-200 p-2 @lg:p-3 dark:border-slate-700">
        <p className="text-sm font-semibold">
          {plural(m.machines, 'small machines')} + balancer
        </p>
        <div role="img" aria-label={`${plural(m.machines, 'small machines')}, ${formatValue(cap.horizontal, 'req/s')} in total, demand ${formatValue(m.demand, 'req/s')}.${lostNote}`} className="my-2 flex h-14 flex-wrap content-start gap-0.5 overflow-hidden @lg:h-20 @lg:gap-1">
          {Array.from({ length: squares }, (_, i) => {
            const lost = s.machineLost && i === 0;
            return (
              <span
                key={i}
                className={`h-2 w-2 rounded-[2px] border @lg:h-4 @lg:w-4 @lg:rounded-sm ${lost ? 'border-dashed border-slate-400 bg-[repeating-linear-gradient(45deg,transparent,transparent_2px,rgba(100,116,139,0.6)_2px,rgba(100,116,139,0.6)_3px)]' : 'border-[#0072B2] bg-[#0072B2]/70 dark:border-[#56B4E9] dark:bg-[#56B4E9]/70'}`}
              />
            );
          })}
        </div>
        <Meter used={cap.horizontal > 0 ? m.demand / cap.horizontal : Infinity} label="Load" down={cap.horizontal === 0} />
      </section>
    </div>
  );
}

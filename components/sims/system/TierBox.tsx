'use client';

import type { SystemMachineView } from '@/lib/sim/models/system-result';
import { formatValue } from '@/lib/sim-ui/format';

/** Okabe–Ito by load, always with a word as well: calm < 60 % ≤ busy < 85 % ≤ saturated. */
export function loadLevel(util: number): { word: string; color: string; fill: string } {
  if (util >= 0.85) return { word: 'saturated', color: '#D55E00', fill: 'bg-[#D55E00]/15 dark:bg-[#FF7F3F]/20' };
  if (util >= 0.6) return { word: 'busy', color: '#E69F00', fill: 'bg-[#E69F00]/15 dark:bg-[#E69F00]/20' };
  return { word: 'calm', color: '#009E73', fill: 'bg-[#009E73]/10 dark:bg-[#2BD4A4]/15' };
}

const MAX_DOTS = 16;

/** One machine: a square filled in proportion to busy workers; ✕ when down; a number when it has a queue. */
function Machine({ m, i }: { m: SystemMachineView; i: number }) {
  const share = m.workers > 0 ? Math.min(1, m.busy / m.workers) : 0;
  return (
    <li
      className="relative flex h-7 w-7 items-end overflow-hidden rounded border border-slate-400 bg-white text-[10px] dark:border-slate-500 dark:bg-slate-900"
      title={`machine ${i + 1}: ${m.alive ? `${m.busy}/${m.workers} busy, ${m.queue} waiting` : 'down'}`}
    >
      {m.alive ? (
        <>
          <span className="block w-full bg-sky-300 dark:bg-sky-700" style={{ height: `${share * 100}%` }} />
          {m.queue > 0 && <span className="absolute inset-0 flex items-center justify-center font-mono font-semibold text-slate-950 dark:text-white">{m.queue > 99 ? '99+' : m.queue}</span>}
        </>
      ) : (
        <span className="absolute inset-0 flex items-center justify-center font-bold text-rose-700 dark:text-rose-300">✕</span>
      )}
    </li>
  );
}

/**
 * One tier: name, machines (filled by busy workers, waiting count inside), utilisation as a bar
 * and a word, and the bottleneck badge.
 */
export function TierBox({
  label,
  utilization,
  machines,
  bottleneck,
  predicted,
}: {
  label: string;
  utilization: number;
  machines: SystemMachineView[];
  bottleneck: boolean;
  predicted: boolean;
}) {
  const level = loadLevel(utilization);
  const down = machines.filter((m) => !m.alive).length;
  const summary = `${label}: ${machines.length} machine${machines.length === 1 ? '' : 's'}${down ? `, ${down} down` : ''}, ${formatValue(utilization, '%')} busy (${level.word})${bottleneck ? ', the bottleneck' : ''}`;
  return (
    <li
      aria-label={summary}
      className={`flex min-w-0 flex-col gap-1.5 rounded-md @3xl:flex-1 border-2 p-2 ${level.fill} ${bottleneck ? 'border-[#D55E00] dark:border-[#FF7F3F]' : 'border-slate-300 dark:border-slate-600'}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-2">
        <span className="font-medium">{label}</span>
        {bottleneck && <span className="rounded bg-[#D55E00] px-1.5 text-xs font-semibold text-black dark:bg-[#FF7F3F] dark:text-slate-950">▲ bottleneck</span>}
        {!bottleneck && predicted && <span className="text-xs text-slate-700 dark:text-slate-300">theory: first to saturate</span>}
      </div>
      <ul className="flex flex-wrap gap-1" aria-hidden="true">
        {machines.slice(0, MAX_DOTS).map((m, i) => (
          <Machine key={i} m={m} i={i} />
        ))}
        {machines.length > MAX_DOTS && <li className="self-center text-xs">+{machines.length - MAX_DOTS}</li>}
      </ul>
      <div className="flex items-center gap-2 text-sm" aria-hidden="true">
        <span className="h-2.5 flex-1 rounded bg-slate-200 dark:bg-slate-800">
          <span className="block h-2.5 rounded" style={{ width: `${Math.min(100, utilization * 100)}%`, background: level.color }} />
        </span>
        <span className="font-mono tabular-nums">{formatValue(utilization, '%')}</span>
        <span className="text-xs text-slate-700 dark:text-slate-300">{level.word}</span>
      </div>
    </li>
  );
}

'use client';

import { useSim, useSimStoreApi } from '@/components/sims/framework/context';
import { Metrics } from '@/components/sims/framework/Metrics';
import { Transport } from '@/components/sims/framework/Transport';
import type { DesignSnapshot } from '@/lib/sim/design';
import { formatDayClock } from '@/lib/sim-ui/day-clock';
import { useStudio } from '../context';
import { useRunMatchesDesign } from './useRunMatchesDesign';

/** The run's one-line state: the hour of the design's day and the traffic arriving now. */
function DayNow() {
  useSim((s) => s.version);
  const api = useSimStoreApi<Record<string, unknown>, DesignSnapshot>();
  const s = api.getState();
  const snap = s.a.snapshot;
  if (s.simTimeMs === 0 && !s.done) return <p className="text-sm text-slate-700 dark:text-slate-300">00:00, not started: press Play, Step or Run to end.</p>;
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      <span className="font-mono tabular-nums">{s.done ? 'The day is over' : formatDayClock(snap.hour)}</span>
      {!s.done && `: ${Math.round(snap.ratePerSec).toLocaleString('en-US')} req/s arriving`}
    </p>
  );
}

/** The bottleneck and the next one, with why, once the day is done (a verdict needs the whole day). */
function Bottleneck() {
  useSim((s) => s.version);
  const done = useSim((s) => s.done);
  const api = useSimStoreApi<Record<string, unknown>, DesignSnapshot>();
  if (!done) return null;
  const s = api.getState();
  const m = (s.b ?? s.a).snapshot.metrics;
  return (
    <div role="status" aria-label="Bottleneck" className="rounded-md border-2 border-slate-800 bg-white px-3 py-2 text-sm dark:border-slate-200 dark:bg-slate-900">
      <p>
        <strong>Bottleneck{s.b ? ' (B)' : ''}:</strong> {m.bottleneck ? m.bottleneck.why : 'none — no component was busy'}
      </p>
      {m.nextBottleneck && (
        <p className="text-slate-700 dark:text-slate-300">
          <strong>Next:</strong> {m.nextBottleneck.why}
        </p>
      )}
    </div>
  );
}

/** Refusals of the run (a design over the page's work budget), in words, with what to lower. */
function RunNotices() {
  const notices = useSim((s) => s.notices);
  const api = useSimStoreApi();
  if (notices.length === 0) return null;
  return (
    <div role="alert" className="flex items-start justify-between gap-3 rounded-md border border-amber-600/50 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="min-w-0 [overflow-wrap:anywhere]">The run was not changed: {notices.join('; ')}.</p>
      <button type="button" className="shrink-0 underline" onClick={() => api.getState().dismissNotices()}>
        Dismiss
      </button>
    </div>
  );
}

/**
 * Under the canvas: the transport of every figure (play, pause, step, speed, run to end with
 * progress and Cancel), the hour, the bottleneck with why, and the headline numbers. A design
 * with problems does not run: the strip says so instead.
 */
export function RunStrip() {
  const problems = useStudio((s) => s.checked.issues.length);
  const started = useSim((s) => s.simTimeMs > 0 || s.done);
  const inStep = useRunMatchesDesign();
  const notices = useSim((s) => s.notices);
  if (problems > 0)
    return (
      <p className="rounded-md border border-slate-300 px-3 py-2 text-sm dark:border-slate-600">
        Fix the {problems === 1 ? 'problem' : `${problems} problems`} listed beside the canvas to run this design: a design only reaches the simulation once it passes every check.
      </p>
    );
  // the page refused this design (over its work budget): never offer to run the previous one in its place
  if (!inStep)
    return (
      <p role="alert" className="rounded-md border border-amber-600/50 bg-amber-50 px-3 py-2 text-sm text-amber-950 [overflow-wrap:anywhere] dark:bg-amber-950/40 dark:text-amber-100">
        This design cannot run on this page: {notices.join('; ') || 'it is over the page’s work budget'}. The command line runs it: <code>npm run sim -- design --file design.json</code>.
      </p>
    );
  return (
    <div className="flex flex-col gap-2">
      <Transport />
      <RunNotices />
      <DayNow />
      <Bottleneck />
      {started && <Metrics keys={['p99', 'errors', 'bill']} />}
    </div>
  );
}

'use client';

import { useEffect, useRef, useState } from 'react';
import { usePrefersReducedMotion } from '@/components/sims/framework/hooks';
import { LbSim, lbSchema, type LbSnapshot } from '@/lib/sim/models/lb';
import { formatNumber } from '@/lib/sim-ui/number-text';

const ALGORITHMS = [
  { value: 'round-robin', label: 'Round robin' },
  { value: 'least-connections', label: 'Least connections' },
] as const;
type Algorithm = (typeof ALGORITHMS)[number]['value'];

/** Four servers at 300 req/s, the last one three times slower: the first lesson of chapter 1 in one picture. */
function createRun(algorithm: Algorithm) {
  return new LbSim(
    lbSchema.parse({ servers: 4, algorithm, arrivalRate: 300, serviceTimeMs: 10, serverSpeeds: [1, 1, 1, 0.3], queueLimit: 200, requests: 5_000_000, warmupRequests: 0, seed: 3 }),
  );
}

const SIM_MS_PER_WALL_MS = 1; // real time: one simulated second per second
const QUEUE_SCALE = 200;

/** The home page's live mini-simulation: pick an algorithm, watch one slow server's queue. */
export default function HeroSim() {
  const [algorithm, setAlgorithm] = useState<Algorithm>('round-robin');
  const [snap, setSnap] = useState<LbSnapshot | null>(null);
  const reduced = usePrefersReducedMotion();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const sim = createRun(algorithm);
    let frame = 0;
    let timer: ReturnType<typeof setInterval> | undefined;
    let last = performance.now();
    let visible = true;
    const io = new IntersectionObserver((e) => (visible = e.some((x) => x.isIntersecting)));
    if (box.current) io.observe(box.current);
    const step = (now: number) => {
      const dt = Math.min(100, now - last);
      last = now;
      if (visible && !document.hidden) {
        sim.advanceTo(sim.now + dt * SIM_MS_PER_WALL_MS);
        setSnap(sim.snapshot());
      }
    };
    if (reduced) {
      // Reduced motion: no per-frame movement, the numbers update once a second.
      timer = setInterval(() => step(performance.now()), 1000);
    } else {
      const loop = (now: number) => {
        step(now);
        frame = requestAnimationFrame(loop);
      };
      frame = requestAnimationFrame(loop);
    }
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearInterval(timer);
      io.disconnect();
    };
  }, [algorithm, reduced]);

  const p99 = snap?.metrics.p99ResponseMs ?? 0;
  const dropped = snap?.metrics.dropped ?? 0;
  return (
    <div ref={box} className="flex h-full flex-col gap-3">
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <legend className="sr-only">Balancing algorithm</legend>
        {ALGORITHMS.map((a) => (
          <label key={a.value} className="flex cursor-pointer items-center gap-1.5">
            <input type="radio" name="hero-algorithm" value={a.value} checked={algorithm === a.value} onChange={() => setAlgorithm(a.value)} />
            {a.label}
          </label>
        ))}
      </fieldset>
      <div className="grid flex-1 grid-cols-4 items-end gap-3" aria-hidden="true">
        {(snap?.servers ?? []).map((s, i) => {
          const fill = Math.min(1, (s.queue + s.busy) / QUEUE_SCALE);
          return (
            <div key={i} className="flex h-full flex-col items-center justify-end gap-1">
              <div className="relative w-full flex-1 overflow-hidden rounded border border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-900">
                <div className={`absolute inset-x-0 bottom-0 ${i === 3 ? 'bg-[#D55E00]' : 'bg-[#0072B2]'}`} style={{ height: `${Math.max(2, fill * 100)}%` }} />
              </div>
              <span className="text-xs text-slate-700 dark:text-slate-300">{i === 3 ? 'slow server' : `server ${i + 1}`}</span>
            </div>
          );
        })}
      </div>
      <dl className="grid grid-cols-2 gap-2 text-sm">
        <div>
          <dt className="text-slate-600 dark:text-slate-400">p99 latency</dt>
          <dd className="font-mono text-lg font-semibold tabular-nums">{p99 >= 1000 ? `${(p99 / 1000).toFixed(1)} s` : `${Math.round(p99)} ms`}</dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Dropped (queue full)</dt>
          <dd className="font-mono text-lg font-semibold tabular-nums">{formatNumber(dropped)}</dd>
        </div>
      </dl>
      <p className="min-h-10 text-sm text-slate-800 dark:text-slate-200" aria-live="polite" data-testid="hero-explanation">
        {algorithm === 'round-robin'
          ? 'Round robin gives every server the same share, so the slow server falls behind: its queue fills, p99 climbs and requests are dropped.'
          : 'Least connections sends each request to the server with the fewest in progress, so the slow one gets less work and every queue stays short.'}
      </p>
    </div>
  );
}

'use client';

import { useEffect, useRef } from 'react';
import type { LbParams, LbSnapshot } from '@/lib/sim/models/lb';
import { useSim, useSimStoreApi } from '../framework/context';
import { useDarkTheme } from '../framework/theme';
import { type DotScale, FLIGHT_MS, ParticleField } from './particles';
import { groupServers, labelEvery, serversPerBar } from './server-groups';

const HEIGHT = 230;
const TOP = 34; // balancer row
const BAR_TOP = 92;
const BAR_BOTTOM = HEIGHT - 34;
const QUEUE_FULL_SCALE = 20; // a queue of 20 fills the bar; longer queues show their number

/** Requests each server has received so far (served + waiting + in service + dropped there). */
function receivedTotals(s: LbSnapshot): number[] {
  return s.servers.map((v, i) => v.served + v.queue + v.busy + (s.metrics.perServer[i]?.dropped ?? 0));
}

function hatch(ctx: CanvasRenderingContext2D, color: string): CanvasPattern | null {
  const c = document.createElement('canvas');
  c.width = c.height = 8;
  const g = c.getContext('2d');
  if (!g) return null;
  g.strokeStyle = color;
  g.lineWidth = 1.5;
  g.beginPath();
  g.moveTo(0, 8);
  g.lineTo(8, 0);
  g.stroke();
  return ctx.createPattern(c, 'repeat');
}

/**
 * Clients → balancer → N servers on a canvas: dots fly to the server the balancer picked, each
 * server's queue is a bar, a busy server has a filled square, a dead server is hatched and marked
 * "down", one the balancer has taken out of rotation is dashed. Past 32 servers a column is a run
 * of neighbours (its longest queue), so 1,000 servers draw as 32 legible columns.
 */
export function LbCanvas({ lane = 'a', dotScale }: { lane?: 'a' | 'b'; /** Shared with the other lane so both count dots alike. */ dotScale?: DotScale }) {
  const api = useSimStoreApi();
  const dark = useDarkTheme();
  const ref = useRef<HTMLCanvasElement>(null);
  const perColumn = useSim((s) => serversPerBar(((lane === 'a' ? s.a : s.b)?.params as LbParams | undefined)?.servers ?? 0));

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const field = new ParticleField(dotScale, lane);
    const ink = dark ? '#e2e8f0' : '#1e293b';
    const faint = dark ? '#475569' : '#cbd5e1';
    const dot = dark ? '#56B4E9' : '#0072B2';
    const queueColor = '#E69F00';
    const busyColor = dark ? '#56B4E9' : '#0072B2';
    const deadPattern = hatch(ctx, dark ? '#94a3b8' : '#64748b');
    let width = 0;
    let frame = 0;
    let last = performance.now();
    let lastRun = -1;

    const resize = () => {
      const dpr = window.devicePixelRatio || 1;
      width = canvas.clientWidth;
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(HEIGHT * dpr);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    };
    resize();
    const ro = new ResizeObserver(resize);
    ro.observe(canvas);

    // Paint only when the store changes (every frame while playing, once after a pause or step).
    const draw = () => {
      frame = 0;
      const now = performance.now();
      const wall = Math.min(now - last, 100);
      last = now;
      const st = api.getState();
      const l = lane === 'a' ? st.a : st.b;
      if (!l) return;
      const s: LbSnapshot = l.runner ? (l.runner.snapshot() as LbSnapshot) : (l.snapshot as LbSnapshot);
      if (st.runId !== lastRun || !l.runner) {
        field.reset();
        lastRun = st.runId;
      }
      field.update(receivedTotals(s), st.playing ? wall : 0);
      paint(s);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };

    const paint = (s: LbSnapshot) => {
      // one column per server, or per run of neighbours past MAX_BARS (see server-groups.ts)
      const groups = groupServers(s.servers);
      const per = serversPerBar(s.servers.length);
      const n = groups.length;
      const every = labelEvery(n, per > 1);
      ctx.clearRect(0, 0, width, HEIGHT);
      const colW = width / n;
      const barW = Math.max(3, Math.min(28, colW * 0.6));
      const cx = (column: number) => colW * (column + 0.5);
      // balancer
      ctx.fillStyle = ink;
      ctx.font = '12px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.fillText(`${lane === 'b' ? 'B · ' : ''}balancer`, width / 2, 14);
      ctx.strokeStyle = ink;
      ctx.lineWidth = 2;
      ctx.strokeRect(width / 2 - 40, 20, 80, TOP - 20);
      // dots in flight
      ctx.fillStyle = dot;
      ctx.beginPath();
      for (const p of field.particles) {
        const t = Math.min(1, p.age / FLIGHT_MS);
        const x0 = width / 2 + p.jitter * 60;
        const x = x0 + (cx(Math.floor(p.server / per)) - x0) * t;
        const y = TOP + (BAR_TOP - 6 - TOP) * t;
        ctx.moveTo(x + 2.5, y);
        ctx.arc(x, y, 2.5, 0, Math.PI * 2);
      }
      ctx.fill();
      // servers
      const barH = BAR_BOTTOM - BAR_TOP - 14;
      ctx.font = `${colW < 22 ? 9 : 11}px system-ui, sans-serif`;
      groups.forEach((g, i) => {
        const x = cx(i) - barW / 2;
        const allDown = g.down === g.size;
        const allOut = !allDown && g.out === g.size - g.down;
        ctx.setLineDash(!allDown && (g.out > 0 || g.down > 0) ? [4, 3] : []);
        ctx.strokeStyle = allDown ? faint : ink;
        ctx.lineWidth = 1;
        ctx.strokeRect(x, BAR_TOP, barW, barH);
        if (allDown && deadPattern) {
          ctx.fillStyle = deadPattern;
          ctx.fillRect(x, BAR_TOP, barW, barH);
        }
        const q = Math.min(g.queue, QUEUE_FULL_SCALE) / QUEUE_FULL_SCALE;
        ctx.fillStyle = queueColor;
        ctx.fillRect(x, BAR_TOP + barH * (1 - q), barW, barH * q);
        // in service: a square under the bar, filled by the share of the column's servers busy
        ctx.strokeStyle = allDown ? faint : busyColor;
        ctx.setLineDash([]);
        ctx.strokeRect(x, BAR_BOTTOM - 10, barW, 8);
        ctx.fillStyle = busyColor;
        if (g.busy > 0) ctx.fillRect(x, BAR_BOTTOM - 10, (barW * g.busy) / g.size, 8);
        ctx.fillStyle = ink;
        if (i % every === 0) ctx.fillText(String(g.first + 1), cx(i), BAR_BOTTOM + 12);
        if (allDown) ctx.fillText(colW < 30 ? '✕' : 'down', cx(i), BAR_TOP - 4);
        else if (allOut) ctx.fillText(colW < 30 ? '–' : 'out', cx(i), BAR_TOP - 4);
        else if (g.queue > QUEUE_FULL_SCALE) ctx.fillText(String(g.queue), cx(i), BAR_TOP - 4);
      });
      ctx.textAlign = 'left';
      ctx.fillStyle = ink;
      ctx.font = '11px system-ui, sans-serif';
      ctx.fillText(field.perDot > 1 ? `1 dot ≈ ${field.perDot} requests` : '1 dot = 1 request', 4, HEIGHT - 4);
    };

    schedule();
    const unsubscribe = api.subscribe((st, prev) => {
      if (st.simTimeMs !== prev.simTimeMs || st.version !== prev.version) schedule();
    });
    const ro2 = new ResizeObserver(schedule);
    ro2.observe(canvas);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      unsubscribe();
      ro.disconnect();
      ro2.disconnect();
      dotScale?.forget(lane);
    };
  }, [api, dark, lane, dotScale]);

  return (
    <figure className="m-0">
      <canvas ref={ref} style={{ height: HEIGHT }} className="w-full" aria-hidden="true" />
      <figcaption className="text-xs text-slate-600 dark:text-slate-400">
        {lane === 'b' ? 'Lane B. ' : ''}Dots: requests the balancer sends. Orange bar: requests waiting (the bar’s scale ends at {QUEUE_FULL_SCALE}; a longer queue shows its count above it). Filled square: busy. Hatched “down”: dead. Dashed “out”: taken out of rotation.
        {perColumn > 1 ? ` Each column is ${perColumn} neighbouring servers: its longest queue, the share of them busy, dashed when one is down or out.` : ''}
      </figcaption>
    </figure>
  );
}

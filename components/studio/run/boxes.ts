import type { DesignBottleneck, DesignSnapshot } from '@/lib/sim/design';
import type { BoxRunState } from '../ComponentNode';

const pct = (x: number) => `${Math.round(x * 100)} %`;

/**
 * How each box looks during a run: its utilisation over the last sample interval while running
 * (the day's once finished), the words for it, machines down, and which box is the bottleneck
 * (and the next one). Nothing is shown before the first sample: no number before it is one.
 *
 * @example
 * runBoxes(snapshot).app; // { utilisation: 0.96, text: '96 % busy', bottleneck: 'first' }
 */
export function runBoxes(s: DesignSnapshot): Record<string, BoxRunState> {
  const out: Record<string, BoxRunState> = {};
  const first = s.metrics.bottleneck?.id;
  const next = s.metrics.nextBottleneck?.id;
  const measured = s.done || s.now > 0;
  for (const c of s.components) {
    const down = c.machines.filter((m) => !m.alive).length;
    const parts: string[] = [];
    if (c.partitioned) parts.push('cut off');
    if (c.kind !== 'client' && c.kind !== 'lb' && c.machines.length > 0) parts.push(`${pct(c.utilization)} busy`);
    if (down > 0) parts.push(`${down} of ${c.machines.length} down`);
    if (c.kind === 'client') parts.push(`${Math.round(s.ratePerSec).toLocaleString('en-US')} req/s now`);
    out[c.id] = {
      utilisation: measured && c.kind !== 'client' && c.kind !== 'lb' && c.machines.length > 0 ? c.utilization : null,
      text: measured ? parts.join(', ') || 'passes requests on' : 'not run yet',
      bottleneck: !s.done ? null : c.id === first ? 'first' : c.id === next ? 'next' : null,
    };
  }
  return out;
}

/** "App servers: 96 % busy at the peak (1,150 req/s offered, 1,200 req/s capacity)". */
export function bottleneckText(b: DesignBottleneck | null): string {
  return b ? b.why : 'none: nothing was busy';
}

import { KIND_LABELS, type DesignComponent } from '@/lib/sim/design/schema';

const n = (x: number) => x.toLocaleString('en-US');
const s = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`;

/**
 * The line under a box's name: how big it is (machines × size, replicas, shards, capacity), the
 * same words on the canvas, in the outline and in the exported picture.
 *
 * @example
 * boxSummary({ kind: 'service', machines: 4, size: 'm', workersPerMachine: 16, … }); // "4 × M machines"
 */
export function boxSummary(c: DesignComponent): string {
  switch (c.kind) {
    case 'client':
      return `${n(c.peakRps)} req/s peak${c.growth !== 1 ? ` × ${n(c.growth)}` : ''}`;
    case 'cdn':
      return s(c.capacity, 'entry', 'entries');
    case 'cache':
      return `${s(c.nodes, 'node')} × ${n(c.capacityPerNode)}`;
    case 'lb':
      return 'spreads requests';
    case 'service':
      return `${n(c.machines)} × ${c.size.toUpperCase()} ${c.machines === 1 ? 'machine' : 'machines'}`;
    case 'database': {
      const parts = [`${c.size.toUpperCase()} primary`];
      if (c.replicas) parts.push(`+${n(c.replicas)} ${c.replicas === 1 ? 'replica' : 'replicas'}`);
      if (c.shards > 1) parts.push(`× ${n(c.shards)} shards`);
      return parts.join(' ');
    }
    case 'queue':
      return c.autoscale ? `${n(c.workers)}–${n(c.autoscale.maxWorkers)} workers` : s(c.workers, 'worker');
    case 'object-store':
      return `${n(c.latencyMs)} ms`;
    case 'external':
      return `${n(c.latencyMs)} ms${c.rateLimitPerSec ? `, ${n(c.rateLimitPerSec)}/s max` : ''}`;
  }
}

/** "Link cache (Cache): 1 node × 50,000" — a component in one phrase, for the outline and screen readers. */
export function componentPhrase(c: DesignComponent): string {
  return `${c.label} (${KIND_LABELS[c.kind]}): ${boxSummary(c)}`;
}

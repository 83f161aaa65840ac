import { KIND_LABELS, MACHINE_SIZE_LABELS, type Design, type DesignComponent } from '@/lib/sim/design/schema';

/** What a component is, in a few words: "4 × S machines, 4 workers each", "2 replicas, synchronous". */
export function componentSummary(c: DesignComponent): string {
  switch (c.kind) {
    case 'client':
      return `${c.peakRps.toLocaleString('en-US')} req/s at the peak`;
    case 'service':
      return `${c.machines} × ${MACHINE_SIZE_LABELS[c.size]}, ${c.workersPerMachine} workers each`;
    case 'cache':
      return `${c.nodes} node${c.nodes === 1 ? '' : 's'} × ${c.capacityPerNode.toLocaleString('en-US')} entries, ${c.policy.toUpperCase()}`;
    case 'cdn':
      return `${c.capacity.toLocaleString('en-US')} entries at the edge`;
    case 'database':
      return `${MACHINE_SIZE_LABELS[c.size]}, ${c.replicas} replica${c.replicas === 1 ? '' : 's'} (${c.replication === 'sync' ? 'synchronous' : 'asynchronous'})${c.shards > 1 ? `, ${c.shards} shards by ${c.sharding}` : ''}`;
    case 'queue':
      return c.autoscale ? `${c.workers}–${c.autoscale.maxWorkers} workers (autoscaled)` : `${c.workers} workers`;
    case 'lb':
      return c.algorithm;
    case 'object-store':
      return `${c.latencyMs} ms per request`;
    case 'external':
      return `${c.latencyMs} ms per call${c.rateLimitPerSec ? `, at most ${c.rateLimitPerSec}/s` : ''}`;
  }
}

/**
 * A design as text: its components and each request class's path. The text equivalent of a
 * diagram (screen readers, the phone, the report beside the reference).
 */
export function DesignOutline({ design, headingLevel = 3 }: { design: Design; headingLevel?: 3 | 4 }) {
  const H = `h${headingLevel}` as const;
  const label = (id: string) => design.components.find((c) => c.id === id)?.label ?? id;
  return (
    <div className="text-sm">
      <H className="font-semibold">Components</H>
      <ul className="mt-1 space-y-0.5">
        {design.components.map((c) => (
          <li key={c.id}>
            <span className="font-medium">{c.label}</span> <span className="text-slate-600 dark:text-slate-400">({KIND_LABELS[c.kind]})</span>: {componentSummary(c)}
          </li>
        ))}
      </ul>
      <H className="mt-3 font-semibold">Paths</H>
      <ul className="mt-1 space-y-0.5">
        {design.classes.map((c) => (
          <li key={c.id}>
            <span className="font-medium">{c.label}</span>: {c.path.map((s) => `${label(s.to)}${s.op === 'call' ? '' : ` (${s.op}${s.node === 'replica' ? ' a replica' : ''})`}`).join(' → ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

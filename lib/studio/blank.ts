import '@/lib/zod-csp';
import { COMPONENT_SCHEMAS, DESIGN_VERSION, type ComponentKind, type Design, type DesignComponent, type PathStep, type RequestClass } from '@/lib/sim/design/schema';

/** Short id stems per kind (ids appear in paths, links and the JSON, so they stay readable). */
const ID_STEM: Record<ComponentKind, string> = {
  client: 'users',
  cdn: 'cdn',
  cache: 'cache',
  lb: 'lb',
  service: 'app',
  database: 'db',
  queue: 'queue',
  'object-store': 'store',
  external: 'api',
};

/** The first free id `stem`, `stem-2`, `stem-3`… among `taken`. */
export function freeId(stem: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** The first free label `base`, `base 2`… among the design's component labels. */
function freeLabel(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base} ${n}`)) return `${base} ${n}`;
}

/** What a new box is called until the learner renames it (the palette shows KIND_LABELS). */
const DEFAULT_LABEL: Record<ComponentKind, string> = {
  client: 'Users',
  cdn: 'CDN',
  cache: 'Cache',
  lb: 'Load balancer',
  service: 'App servers',
  database: 'Database',
  queue: 'Job queue',
  'object-store': 'Object store',
  external: 'External API',
};

/** What a new box of this kind is called. */
export function defaultLabel(kind: ComponentKind): string {
  return DEFAULT_LABEL[kind];
}

/**
 * A new component of `kind` with the schema's defaults, an id and a label not yet used in `d`.
 *
 * @example
 * newComponent(design, 'cache'); // { id: 'cache', kind: 'cache', label: 'Cache', nodes: 1, … }
 */
export function newComponent(d: Pick<Design, 'components'>, kind: ComponentKind): DesignComponent {
  const id = freeId(ID_STEM[kind], d.components.map((c) => c.id));
  const label = freeLabel(defaultLabel(kind), d.components.map((c) => c.label));
  return COMPONENT_SCHEMAS[kind].parse({ id, kind, label }) as DesignComponent;
}

/**
 * The step a path takes at a component of this kind when the learner adds it: reads where a kind
 * holds data, calls elsewhere, with a time wherever the kind needs one (checks.ts says which).
 */
export function defaultStep(c: Pick<DesignComponent, 'id' | 'kind'>, op?: PathStep['op']): PathStep {
  switch (c.kind) {
    case 'service':
      return { to: c.id, op: 'call', ms: 5 };
    case 'database':
      return op === 'write' ? { to: c.id, op: 'write', ms: 10 } : { to: c.id, op: 'read', ms: 5 };
    case 'queue':
      return { to: c.id, op: 'call', ms: 20 };
    case 'cache':
    case 'cdn':
      return op === 'write' ? { to: c.id, op: 'write', onWrite: 'invalidate' } : { to: c.id, op: 'read' };
    case 'object-store':
      return { to: c.id, op: op === 'write' ? 'write' : 'read' };
    default:
      return { to: c.id, op: 'call' };
  }
}

/** A request class with the schema's defaults (its path is the learner's to draw). */
export function newClass(d: Pick<Design, 'classes'>, path: PathStep[] = [], share = 1): RequestClass {
  const id = freeId('request', d.classes.map((c) => c.id));
  const label = id === 'request' ? 'request' : id.replace('-', ' ');
  return { id, label, share, keys: { count: 10_000, zipf: 0.9 }, payloadBytes: 1_000, path };
}

/**
 * What the studio opens on when there is nothing to restore: the clients and one request class
 * with no steps yet (the validation asks for the first one).
 */
export function starterDesign(): Design {
  const clients = newComponent({ components: [] }, 'client');
  return {
    version: DESIGN_VERSION,
    name: 'My design',
    components: [clients],
    connections: [],
    classes: [newClass({ classes: [] })],
    faults: [],
    run: { seed: 1, dayMs: 600_000, sampleIntervalMs: 5_000 },
  };
}

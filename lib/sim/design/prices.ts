import type { ComponentKind, DesignComponent } from './components';
import { MACHINE_SPEED } from './components';
import type { Design } from './parts';

/**
 * Monthly price ($) of one machine at size S, by kind. Within a family a bigger size costs
 * its speed times as much (M = 2×, L = 4×, XL = 8×): chapter 0's point that cloud prices are
 * linear in size, so scaling up buys no discount and no penalty per unit of speed. A queue's
 * price is per worker (the broker's own fee is taken as included).
 *
 * @example
 * MACHINE_PRICE.service * MACHINE_SPEED.l; // 400: one L app server a month
 */
export const MACHINE_PRICE = { service: 100, cache: 100, database: 100, lb: 50, queue: 50 } as const satisfies Partial<Record<ComponentKind, number>>;

/**
 * Price ($) per million requests of the kinds billed by use (an external service states its own
 * `pricePerMillion`). CDN requests and object-store reads/writes, at round list prices.
 *
 * @example
 * REQUEST_PRICE_PER_MILLION.cdn; // 1
 */
export const REQUEST_PRICE_PER_MILLION = { cdn: 1, 'object-store': 5 } as const;

/** Days in the billing month (a simulated day × 30). */
export const DAYS_PER_MONTH = 30;

/**
 * Overrides of the machine price at size S per component id (the `system` preset passes its own
 * `appPrice`, `dbPrice`…); every other component takes {@link MACHINE_PRICE}.
 *
 * @example
 * const o: PriceOverrides = { app: 120 };
 */
export type PriceOverrides = Readonly<Record<string, number>>;

/** One line of the bill. */
export interface BillLine {
  id: string;
  label: string;
  kind: ComponentKind;
  /** What is billed, in words: "4 × M machine at $200" or "1.2 M requests at $1 per million". */
  what: string;
  monthly: number;
}

/**
 * The monthly bill, line by line. `total` = Σ lines.
 *
 * @example
 * designBill(design).total;
 */
export interface DesignBill {
  total: number;
  lines: BillLine[];
}

/**
 * Usage the bill needs beyond the design: requests per simulated day at each usage-priced
 * component, and the mean running workers of autoscaled queues. Missing entries bill 0 requests
 * and the minimum workers (the theory passes expected counts, a run its measured ones).
 *
 * @example
 * const u: BillUsage = { requestsPerDay: { edge: 1.2e6 }, meanWorkers: { jobs: 6.5 } };
 */
export interface BillUsage {
  requestsPerDay?: Readonly<Record<string, number>>;
  meanWorkers?: Readonly<Record<string, number>>;
}

/** Machines the component is billed for (with their size multiplier), or null when billed by use. */
function machines(c: DesignComponent): { count: number; speed: number } | null {
  switch (c.kind) {
    case 'service':
      return { count: c.machines, speed: MACHINE_SPEED[c.size] };
    case 'cache':
      return { count: c.nodes, speed: MACHINE_SPEED[c.size] };
    case 'database':
      return { count: c.shards * (1 + c.replicas), speed: MACHINE_SPEED[c.size] };
    case 'lb':
      return { count: 1, speed: 1 };
    default:
      return null;
  }
}

const usd = (x: number) => `$${Math.round(x).toLocaleString('en-US')}`;
const count = (x: number) => (x >= 1e6 ? `${(x / 1e6).toPrecision(3)} M` : Math.round(x).toLocaleString('en-US'));

/**
 * The monthly bill of a design: machines at their price × speed (linear within a family), queue
 * workers at their mean running count, and usage-priced kinds (CDN, object store, external APIs)
 * at their requests per day × 30. The client is free.
 *
 * @example
 * designBill(designSchema.parse(json)).lines.map((l) => `${l.label}: ${l.monthly}`);
 */
export function designBill(d: Pick<Design, 'components'>, usage: BillUsage = {}, overrides: PriceOverrides = {}): DesignBill {
  const lines: BillLine[] = [];
  for (const c of d.components) {
    if (c.kind === 'client') continue;
    const m = machines(c);
    if (m) {
      const unit = (overrides[c.id] ?? MACHINE_PRICE[c.kind as keyof typeof MACHINE_PRICE]) * m.speed;
      const size = c.kind === 'lb' ? '' : ` ${'size' in c ? c.size.toUpperCase() : ''}`;
      lines.push({ id: c.id, label: c.label, kind: c.kind, what: `${m.count} ×${size} machine at ${usd(unit)}`, monthly: m.count * unit });
    } else if (c.kind === 'queue') {
      const unit = overrides[c.id] ?? MACHINE_PRICE.queue;
      const workers = usage.meanWorkers?.[c.id] ?? c.workers;
      lines.push({ id: c.id, label: c.label, kind: c.kind, what: `${Number(workers.toFixed(2))} workers at ${usd(unit)}`, monthly: workers * unit });
    } else {
      const perMillion = c.kind === 'external' ? c.pricePerMillion : REQUEST_PRICE_PER_MILLION[c.kind as keyof typeof REQUEST_PRICE_PER_MILLION];
      const perMonth = (usage.requestsPerDay?.[c.id] ?? 0) * DAYS_PER_MONTH;
      lines.push({ id: c.id, label: c.label, kind: c.kind, what: `${count(perMonth)} requests at $${perMillion} per million`, monthly: (perMonth / 1e6) * perMillion });
    }
  }
  return { total: lines.reduce((a, l) => a + l.monthly, 0), lines };
}

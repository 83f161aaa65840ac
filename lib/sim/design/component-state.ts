import { createRng, type Rng } from '../core/rng';
import { LatencyStats, TimeAverage } from '../core/stats';
import { Zipf } from '../core/zipf';
import { CacheStore } from '../models/cache-policies';
import { makePartitioner } from '../models/partition';
import type { ComponentOf } from './components';
import type { CompiledComponent } from './compile';

/** One set of statistics made of several (the classes' into the callers'). */
export function merged(parts: readonly LatencyStats[]): LatencyStats {
  const out = new LatencyStats();
  for (const p of parts) out.add(p);
  return out;
}

const zipfTables = new Map<string, Zipf>();
/**
 * A Zipf table, shared by every run in this process (tables are immutable; grading runs the same
 * design on several seeds, and a million-key table takes tens of ms to build). Keeps the 8 most
 * recent.
 */
export function zipfTable(n: number, s: number): Zipf {
  const key = `${n}|${s}`;
  let z = zipfTables.get(key);
  if (z) zipfTables.delete(key);
  else z = new Zipf(n, s);
  zipfTables.set(key, z);
  if (zipfTables.size > 8) zipfTables.delete(zipfTables.keys().next().value as string);
  return z;
}

/** A cache or CDN's contents: one store per node, keys hashed over the nodes. */
export class CacheState {
  readonly nodes: number;
  stores: CacheStore[];
  /** Node of each key and its index in that node's store (one node: the key itself). */
  readonly nodeOf: Int32Array | null;
  readonly localOf: Int32Array | null;
  private readonly nodeKeys: number[];
  readonly filledAt: Float64Array;
  readonly capacity: number;
  readonly ttlMs: number;
  lookups = 0;
  hits = 0;
  /** Sessions held (shared session store): 1 per user who has one. */
  sessions: Uint8Array | null = null;

  constructor(
    readonly comp: CompiledComponent,
    private readonly seed: number,
  ) {
    const c = comp.c as ComponentOf<'cache'> | ComponentOf<'cdn'>;
    this.nodes = c.kind === 'cache' ? c.nodes : 1;
    this.capacity = c.kind === 'cache' ? c.capacityPerNode : c.capacity;
    this.ttlMs = c.ttlMs;
    const keys = comp.keySpace;
    if (this.nodes === 1) {
      this.nodeOf = null;
      this.localOf = null;
      this.nodeKeys = [keys];
    } else {
      const part = makePartitioner('modulo', this.nodes, keys, 1);
      this.nodeOf = new Int32Array(keys);
      this.localOf = new Int32Array(keys);
      this.nodeKeys = new Array<number>(this.nodes).fill(0);
      for (let k = 0; k < keys; k++) {
        const n = part(k);
        this.nodeOf[k] = n;
        this.localOf[k] = this.nodeKeys[n] as number;
        this.nodeKeys[n] = (this.nodeKeys[n] as number) + 1;
      }
    }
    this.filledAt = new Float64Array(this.ttlMs > 0 ? keys : 0);
    this.stores = Array.from({ length: this.nodes }, (_, n) => this.fresh(n));
  }

  /** An empty store for node n (a restart: the eviction stream starts over too). */
  fresh(n: number): CacheStore {
    const keys = this.nodeKeys[n] as number;
    const policy = (this.comp.c as ComponentOf<'cache'>).policy;
    return new CacheStore(policy, keys, Math.min(this.capacity, keys), createRng(this.seed, this.comp.stream + n));
  }

  node(key: number): number {
    return this.nodeOf ? (this.nodeOf[key] as number) : 0;
  }

  local(key: number): number {
    return this.localOf ? (this.localOf[key] as number) : key;
  }
}

/** A queue's autoscaling state. */
export class QueueState {
  readonly workersAvg = new TimeAverage();
  scalingUp = 0;
  deadLetters = 0;
  retries = 0;
  /** Worker-time integral at the previous sample (utilisation of an autoscaled pool). */
  lastWorkerTime = 0;
  dayWorkers = -1;
  constructor(
    readonly c: ComponentOf<'queue'>,
    readonly station: number,
    readonly comp: number,
  ) {}
}

/** An external API's token bucket and counters. */
export class ExternalState {
  tokens: number;
  last = 0;
  calls = 0;
  rateLimited = 0;
  failures = 0;
  constructor(
    readonly c: ComponentOf<'external'>,
    readonly failRng: Rng,
  ) {
    this.tokens = c.rateLimitPerSec;
  }

  /** Takes a token if one is there (a limit of 0 never refuses). */
  take(now: number): boolean {
    const rate = this.c.rateLimitPerSec;
    if (rate <= 0) return true;
    this.tokens = Math.min(rate, this.tokens + ((now - this.last) * rate) / 1000);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** A timed effect of a fault (slow, partition, surge), ended by EV_EFFECT_END. */
export interface Effect {
  type: 'slow' | 'partition' | 'surge';
  comp: number;
  factor: number;
  active: boolean;
}

import { exponential } from '../core/distributions';
import type { Rng } from '../core/rng';
import { makePartitioner } from '../models/partition';
import type { ComponentOf } from './components';
import type { CompiledComponent } from './compile';

/**
 * The live state of one database component: per shard the current primary and replicas (station
 * indices), writes still on their way to the replica that would be promoted, whether the primary
 * is down; per replica and key the time the replica has the key's latest write (stale reads).
 *
 * @example
 * const db = new DbState(compiled.components[4]!, lagRng);
 * db.shardOf(42);
 */
export class DbState {
  readonly c: ComponentOf<'database'>;
  readonly shards: number;
  readonly primary: Int32Array;
  readonly replicas: number[][];
  /** First replica station of each shard as laid out (a replica's ordinal = station − this). */
  readonly replStart: Int32Array;
  readonly down: Uint8Array;
  /** Failovers so far per shard (a sync write waiting for its replica fails if this moved). */
  readonly epoch: Int32Array;
  /** Apply times at each shard's first replica of the writes committed so far (compacted). */
  pending: number[][];
  private readonly compactAt: number[];
  /** [replica ordinal × keys + key]: when that replica has the key's latest write. */
  readonly visibleAt: Float64Array;
  readonly keys: number;
  readonly shardOf: (key: number) => number;
  // measured counters
  reads = 0;
  writes = 0;
  replicaReads = 0;
  staleReads = 0;
  lostCommits = 0;
  failovers = 0;
  /** Sum and count of replication lags drawn (mean lag). */
  lagSum = 0;
  lagCount = 0;
  /** Queries per shard (hot shards). */
  readonly perShard: Float64Array;

  constructor(
    comp: CompiledComponent,
    private readonly lagRng: Rng,
  ) {
    this.c = comp.c as ComponentOf<'database'>;
    const c = this.c;
    this.shards = c.shards;
    this.keys = comp.keySpace;
    const [primaries, replicas] = comp.groups;
    this.primary = Int32Array.from({ length: c.shards }, (_, s) => (primaries?.start ?? 0) + s);
    this.replStart = Int32Array.from({ length: c.shards }, (_, s) => (replicas?.start ?? 0) + s * c.replicas);
    this.replicas = Array.from({ length: c.shards }, (_, s) => Array.from({ length: c.replicas }, (_, r) => (this.replStart[s] as number) + r));
    this.down = new Uint8Array(c.shards);
    this.epoch = new Int32Array(c.shards);
    this.pending = Array.from({ length: c.shards }, () => []);
    this.compactAt = new Array<number>(c.shards).fill(4096);
    this.visibleAt = new Float64Array(c.replicas * this.keys);
    this.perShard = new Float64Array(c.shards);
    const kind = c.sharding === 'hash' ? 'modulo' : c.sharding;
    this.shardOf = c.shards === 1 ? () => 0 : makePartitioner(kind, c.shards, this.keys, 100);
  }

  /**
   * A write committed on shard s's primary: each current replica applies it after its own lag
   * (exponential, mean `replicationLagMs`). Returns when the first replica has it (−1: none).
   */
  commit(s: number, key: number, now: number): number {
    const list = this.replicas[s] as number[];
    const lag = this.c.replicationLagMs;
    let first = -1;
    const start = this.replStart[s] as number;
    for (let k = 0; k < list.length; k++) {
      const r = (list[k] as number) - start;
      const d = exponential(this.lagRng, lag);
      const at = now + d;
      this.lagSum += d;
      this.lagCount++;
      this.visibleAt[r * this.keys + key] = at;
      if (k === 0) {
        first = at;
        (this.pending[s] as number[]).push(at);
      }
    }
    const p = this.pending[s] as number[];
    if (p.length > (this.compactAt[s] as number)) {
      // drop applied writes; amortised O(1) per commit even when the lag keeps thousands pending
      this.pending[s] = p.filter((t) => t > now);
      this.compactAt[s] = Math.max(4096, 2 * (this.pending[s] as number[]).length);
    }
    return first;
  }

  /** True if replica station `si` of shard s has not yet applied the key's latest write. */
  stale(s: number, si: number, key: number, now: number): boolean {
    const r = si - (this.replStart[s] as number);
    return now < (this.visibleAt[r * this.keys + key] as number);
  }

  /** Commits confirmed on shard s's primary that its first replica has not applied by now. */
  unapplied(s: number, now: number): number {
    let n = 0;
    for (const t of this.pending[s] as number[]) if (t > now) n++;
    return n;
  }

  /** Promotes shard s's first replica (or brings the primary back if it has none). Returns the new primary's station. */
  promote(s: number): number {
    const next = (this.replicas[s] as number[]).shift();
    if (next !== undefined) this.primary[s] = next;
    this.pending[s] = [];
    this.down[s] = 0;
    return this.primary[s] as number;
  }
}

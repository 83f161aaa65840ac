import { mix32, type Rng } from '../core/rng';
import type { Station } from '../core/station';

/** Load-balancing algorithms. */
export const ALGORITHMS = ['round-robin', 'weighted-round-robin', 'random', 'least-connections', 'power-of-two', 'ip-hash'] as const;
/** One of {@link ALGORITHMS}. */
export type Algorithm = (typeof ALGORITHMS)[number];
/** How the UI names each algorithm. */
export const ALGORITHM_LABELS: Readonly<Record<Algorithm, string>> = {
  'round-robin': 'round robin',
  'weighted-round-robin': 'weighted round robin',
  random: 'random',
  'least-connections': 'least connections',
  'power-of-two': 'power of two choices',
  'ip-hash': 'IP hash',
};

/**
 * The balancer's view of its pool: which servers are in rotation, and how it picks one.
 * It sees connection counts (waiting + in service) but not whether a server is alive — it
 * learns that only from health checks, which the model applies with `setInRotation`.
 *
 * @example
 * const b = new Balancer('round-robin', stations, [1, 1], createRng(1, STREAM.routing));
 * b.pick(0); // 0, then 1, then 0…
 */
export class Balancer {
  /** In-rotation flags per server. */
  readonly inRotation: Uint8Array;
  private rotation: Int32Array;
  private count = 0;
  private rr = 0;
  private readonly current: Float64Array;

  constructor(
    private readonly algorithm: Algorithm,
    private readonly stations: Station[],
    private readonly weights: number[],
    private readonly rng: Rng,
    maxServers = stations.length,
  ) {
    this.inRotation = new Uint8Array(maxServers);
    this.rotation = new Int32Array(maxServers);
    this.current = new Float64Array(maxServers);
    for (let i = 0; i < stations.length; i++) this.inRotation[i] = 1;
    this.rebuild();
  }

  /** Servers currently in rotation. */
  get size(): number {
    return this.count;
  }

  /** Adds or removes server i from rotation. */
  setInRotation(i: number, on: boolean): void {
    this.inRotation[i] = on ? 1 : 0;
    this.rebuild();
  }

  private rebuild(): void {
    let n = 0;
    for (let i = 0; i < this.stations.length; i++) if (this.inRotation[i]) this.rotation[n++] = i;
    this.count = n;
    this.current.fill(0);
  }

  /** Chooses a server for a request from `client` (used by ip-hash); −1 if none in rotation. */
  pick(client: number): number {
    const n = this.count;
    if (n === 0) return -1;
    const rot = this.rotation;
    const st = this.stations;
    switch (this.algorithm) {
      case 'round-robin':
        return rot[this.rr++ % n] as number;
      case 'random':
        return rot[this.rng.int(n)] as number;
      case 'ip-hash':
        return rot[(mix32(client) >>> 0) % n] as number;
      case 'weighted-round-robin': {
        // nginx's smooth weighted round robin
        let best = -1;
        let total = 0;
        for (let k = 0; k < n; k++) {
          const i = rot[k] as number;
          const w = this.weights[i] ?? 1;
          total += w;
          const c = (this.current[i] as number) + w;
          this.current[i] = c;
          if (best < 0 || c > (this.current[best] as number)) best = i;
        }
        this.current[best] = (this.current[best] as number) - total;
        return best;
      }
      case 'least-connections': {
        const start = this.rr++ % n;
        let best = rot[start] as number;
        let bestLoad = (st[best] as Station).load;
        for (let k = 1; k < n && bestLoad > 0; k++) {
          const i = rot[(start + k) % n] as number;
          const load = (st[i] as Station).load;
          if (load < bestLoad) {
            best = i;
            bestLoad = load;
          }
        }
        return best;
      }
      default: {
        // power of two random choices
        if (n === 1) return rot[0] as number;
        const a = this.rng.int(n);
        let b = this.rng.int(n - 1);
        if (b >= a) b++;
        const ia = rot[a] as number;
        const ib = rot[b] as number;
        return (st[ib] as Station).load < (st[ia] as Station).load ? ib : ia;
      }
    }
  }
}

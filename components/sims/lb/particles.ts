/**
 * Request dots flying from the balancer to a server: a purely visual layer. The engine says how
 * many requests each server received since the last frame; this spawns that many dots (or one
 * per `perDot` requests when traffic is heavy) and moves them along wall time.
 */
export interface Particle {
  server: number;
  /** Wall ms since spawn. */
  age: number;
  /** Spread of the start point so dots do not overlap. */
  jitter: number;
}

/** How long a dot takes from the balancer to its server (wall ms). */
export const FLIGHT_MS = 350;
/** Most dots alive at once; beyond it each dot stands for several requests. */
export const MAX_PARTICLES = 360;

/** The smallest of 1, 2, 5, 10, 20, 50… that is at least `n`: a scale that does not flicker frame to frame. */
export function niceCount(n: number): number {
  if (n <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 5, 10].map((m) => m * p).find((v) => v >= n) ?? 10 * p;
}

/**
 * One dot scale for the A and B lanes: each lane says how many requests per dot it needs, both
 * draw at the larger, so the same load looks the same in both pictures.
 */
export class DotScale {
  private readonly wanted = new Map<string, number>();

  /** Records what `lane` needs and returns the scale every lane uses. */
  agree(lane: string, perDot: number): number {
    this.wanted.set(lane, perDot);
    return Math.max(...this.wanted.values());
  }

  /** A lane that is no longer drawn stops counting. */
  forget(lane: string): void {
    this.wanted.delete(lane);
  }
}

/** A pool of particles with per-server arrival counting. */
export class ParticleField {
  particles: Particle[] = [];
  /** Requests per dot currently drawn (1 at low rates). */
  perDot = 1;
  private lastTotals: number[] = [];
  private carry: number[] = [];
  private seq = 0;

  /** `scale` and `lane`: share one dot scale with the other lane of an A/B comparison. */
  constructor(
    private readonly scale?: DotScale,
    private readonly lane = 'a',
  ) {}

  /** Forgets history (after a restart or a jump such as Run to end). */
  reset(): void {
    this.particles = [];
    this.lastTotals = [];
    this.carry = [];
  }

  /**
   * Feeds per-server running totals of requests received and advances the dots by `wallMs`.
   * A total that went down (new run) resets the field.
   */
  update(totals: number[], wallMs: number): void {
    if (totals.length !== this.lastTotals.length || totals.some((t, i) => t < (this.lastTotals[i] ?? 0))) {
      this.reset();
      this.lastTotals = totals.slice();
      this.carry = totals.map(() => 0);
      return;
    }
    let arrivals = 0;
    const deltas = totals.map((t, i) => {
      const d = t - (this.lastTotals[i] ?? t);
      arrivals += d;
      return d;
    });
    this.lastTotals = totals.slice();
    // Aim for at most MAX_PARTICLES alive: arrivals per frame × frames per flight.
    const framesPerFlight = FLIGHT_MS / Math.max(wallMs, 1);
    const needed = niceCount(Math.ceil((arrivals * framesPerFlight) / MAX_PARTICLES));
    // While paused (no wall time) keep the scale: a still frame says nothing about the rate.
    if (wallMs > 0) this.perDot = this.scale ? this.scale.agree(this.lane, needed) : needed;
    for (const p of this.particles) p.age += wallMs;
    this.particles = this.particles.filter((p) => p.age < FLIGHT_MS);
    deltas.forEach((d, server) => {
      const acc = (this.carry[server] ?? 0) + d;
      const dots = Math.floor(acc / this.perDot);
      this.carry[server] = acc - dots * this.perDot;
      for (let k = 0; k < dots && this.particles.length < MAX_PARTICLES * 1.2; k++) {
        // Stagger new dots over the frame so a burst does not arrive as one clump.
        this.particles.push({ server, age: (k / Math.max(dots, 1)) * wallMs, jitter: ((this.seq++ * 37) % 100) / 100 - 0.5 });
      }
    });
  }
}

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

/** A pool of particles with per-server arrival counting. */
export class ParticleField {
  particles: Particle[] = [];
  /** Requests per dot currently drawn (1 at low rates). */
  perDot = 1;
  private lastTotals: number[] = [];
  private carry: number[] = [];
  private seq = 0;

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
    this.perDot = Math.max(1, Math.ceil((arrivals * framesPerFlight) / MAX_PARTICLES));
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

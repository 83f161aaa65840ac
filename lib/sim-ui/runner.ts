import type { Simulation } from '@/lib/sim/core/engine';
import type { ActionAt, Params, SimDefinition } from './definition';

/** Chart data: column 0 is sim time in seconds, then one column per series, in definition order. */
export type SeriesData = number[][];

/** Most chart points kept; beyond it every other point is dropped and the spacing doubles. */
export const MAX_POINTS = 1200;

/**
 * One lane of a run: the engine simulation plus the view series sampled on a fixed sim-time grid.
 * The grid (not the frame rate) decides when points are taken, so a run stepped per animation
 * frame, replayed in a worker or run to the end in one go gives identical charts and numbers.
 *
 * @example
 * const lane = new LaneRunner(queueSim, params);
 * lane.advanceTo(5_000);
 * lane.snapshot(); // state at 5 s of sim time
 */
export class LaneRunner<P extends Params, S> {
  readonly sim: Simulation<unknown, S>;
  readonly series: SeriesData;
  private interval: number;
  private nextSample = 0;
  private finalTaken = false;
  private cached: S | null = null;
  private cachedAt = -1;

  constructor(
    private readonly def: SimDefinition<P, S>,
    readonly params: P,
  ) {
    this.sim = def.create(params);
    this.interval = Math.max(1, def.sampleEveryMs(params));
    this.series = [[], ...def.series.map(() => [])];
  }

  /** Current sim time (ms). */
  get now(): number {
    return this.sim.now;
  }

  get done(): boolean {
    return this.sim.done;
  }

  /** Snapshot of the current state (cached until the clock moves or an action happens). */
  snapshot(): S {
    if (this.cached === null || this.cachedAt !== this.sim.now) {
      this.cached = this.sim.snapshot();
      this.cachedAt = this.sim.now;
    }
    return this.cached;
  }

  /**
   * Advances to sim time `t`, sampling every grid point on the way. Stops early after
   * `maxSamples` grid points (for chunked runs); returns true when `t` (or the end) was reached.
   */
  advanceTo(t: number, maxSamples = Infinity): boolean {
    let taken = 0;
    while (!this.sim.done && this.nextSample <= t) {
      if (taken++ >= maxSamples) return false;
      this.sim.advanceTo(this.nextSample);
      this.record();
      this.nextSample += this.interval;
    }
    if (!this.sim.done && t !== Infinity) this.sim.advanceTo(t);
    if (this.sim.done && !this.finalTaken) {
      this.finalTaken = true;
      this.record();
    }
    return true;
  }

  /** Applies a UI action at the current sim time. */
  act(a: ActionAt['action']): boolean {
    const ok = this.sim.act(a);
    this.cached = null;
    return ok;
  }

  /** Actions of a log that took effect, in order (see {@link LaneRunner.actAt}). */
  readonly applied: ActionAt[] = [];

  /**
   * Applies a logged action once the clock has reached its time: false (and nothing happens) if
   * the run ended before it, or the model refused it (a server already down, no cache to restart).
   */
  actAt(entry: ActionAt): boolean {
    if (this.sim.done && this.sim.now < entry.atMs) return false;
    const ok = this.act(entry.action);
    if (ok) this.applied.push(entry);
    return ok;
  }

  private record(): void {
    const s = this.snapshot();
    const cols = this.series;
    const t = this.sim.now / 1000;
    // The final point may fall on the last grid point's time; replace rather than duplicate it.
    if (cols[0]!.length > 0 && cols[0]![cols[0]!.length - 1] === t) for (const c of cols) c.pop();
    cols[0]!.push(t);
    // A statistic has no value while nothing is counted: NaN, drawn as a gap (not a flat 0).
    const warming = this.def.warmingUp?.(s) ?? false;
    this.def.series.forEach((d, i) => cols[i + 1]!.push(d.measured && warming ? NaN : d.get(s)));
    if (cols[0]!.length > MAX_POINTS) {
      for (let c = 0; c < cols.length; c++) cols[c] = cols[c]!.filter((_, i) => i % 2 === 0);
      this.interval *= 2;
      this.nextSample = Math.ceil(this.sim.now / this.interval) * this.interval;
      if (this.nextSample <= this.sim.now) this.nextSample += this.interval;
    }
  }
}

/**
 * Replays a run from its parameters and action log up to `untilMs` (default: the end). Used by the
 * worker and by the main-thread fallback; gives the same state as the live run at that time.
 *
 * @example
 * const lane = replay(lbSim, params, [{ atMs: 3000, action: { type: 'kill', server: 1 } }]);
 * lane.snapshot().metrics.failed; // requests lost with server 1
 */
export function replay<P extends Params, S>(def: SimDefinition<P, S>, params: P, actions: readonly ActionAt[], untilMs = Infinity): LaneRunner<P, S> {
  const lane = new LaneRunner(def, params);
  for (const a of [...actions].sort((x, y) => x.atMs - y.atMs)) {
    if (a.atMs > untilMs) break;
    lane.advanceTo(a.atMs);
    lane.actAt(a);
  }
  lane.advanceTo(untilMs);
  return lane;
}

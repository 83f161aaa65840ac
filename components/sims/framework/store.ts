import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SimAction } from '@/lib/sim/core/engine';
import { describeParams, type ParamInfo } from '@/lib/sim/params';
import { maxFrameSimMs, runBudgetProblem, sweepBudgetProblem } from '@/lib/sim-ui/budget';
import { Cancelled, type ComputeBackend } from '@/lib/sim-ui/compute';
import type { ActionAt, Params, SimDefinition } from '@/lib/sim-ui/definition';
import { initialParams, mergeParams } from '@/lib/sim-ui/params';
import { LaneRunner, type SeriesData } from '@/lib/sim-ui/runner';
import type { SweepResult } from '@/lib/sim-ui/sweep';
import { encodeMoment, encodeParams, queryKey, type LinkMoment } from '@/lib/sim-ui/url-state';
import { encodeActionLog, missedActionNotice, type ActionKind, type ActionScope } from '@/lib/sim-ui/action-log';
import { readLink, simTimeText } from '@/lib/sim-ui/link-read';

/** Longest wall-clock step one frame may advance (a background tab must not jump minutes). */
export const MAX_FRAME_MS = 100;

/** Most chart-grid steps one frame takes to run through a warm-up (a bound when the model's events are cheap). */
const WARMUP_STEPS_PER_FRAME = 500;

/** A frame's engine work goes in this many slices of its event allowance, the budget asked between them. */
export const ENGINE_SLICES = 8;

/** One lane: its params, its engine run (null once finished in the worker) and what to draw. */
export interface Lane<P extends Params, S> {
  params: P;
  runner: LaneRunner<P, S> | null;
  snapshot: S;
  series: SeriesData;
}

/** State and actions of one simulation instance. */
export interface SimState<P extends Params, S> {
  def: SimDefinition<P, S>;
  fields: ParamInfo[];
  /** Parameters the page starts from (defaults ← preset ← MDX props); Reset returns here. */
  base: P;
  /** The definition's defaults: share links encode their changes from these, so a link from a lesson opens the same run on the playground. */
  linkBase: P;
  params: P;
  controls: string[];
  preset: string | null;
  playing: boolean;
  /** Sim ms per wall ms. */
  speed: number;
  simTimeMs: number;
  done: boolean;
  /** A run to the end (or sweep) is computing off the main thread. */
  busy: boolean;
  /** Progress (fraction 0–1) of the run to the end computing now, null when none is. */
  runProgress: number | null;
  /** Sim time a share link's moment is being played forward to (null when not seeking); its progress is `runProgress`. */
  seekTo: number | null;
  /** Progress (fraction 0–1) of the sweep computing now, null when none is. */
  sweepProgress: number | null;
  a: Lane<P, S>;
  /** The comparison lane (same seed, one setting different), or null. */
  b: Lane<P, S> | null;
  compareKey: (keyof P & string) | null;
  actions: ActionAt[];
  /** Actions still to happen at their sim times (from a share link or a lesson's `<Try>`). */
  scheduled: ActionAt[];
  /** Increments whenever charts or numbers should re-read the lanes (throttled while playing). */
  version: number;
  /** Increments on every restart; async results of an older run are dropped. */
  runId: number;
  /** Problems found in props or the link; shown as a small notice. */
  notices: string[];
  /** null: follow prefers-reduced-motion; true/false: the learner's choice. */
  animate: boolean | null;
  /** Latest sweep; `forParams` is the params object it was computed for (stale once params change). */
  sweep: { status: 'idle' | 'running' | 'done'; result: SweepResult | null; forParams: P | null };

  setParam: (key: keyof P & string, value: unknown) => void;
  /** Several settings at once (one restart); invalid ones are skipped and shown as notices. */
  setParams: (patch: Record<string, unknown>) => void;
  /** Queues an action for sim time `atMs` (applied as the clock passes it, on every lane). */
  schedule: (entry: ActionAt) => void;
  applyPreset: (name: string) => void;
  startCompare: (key: keyof P & string) => void;
  setCompareValue: (value: unknown) => void;
  stopCompare: () => void;
  play: () => void;
  pause: () => void;
  setSpeed: (speed: number) => void;
  /** Pauses and advances by the definition's step. */
  step: () => void;
  /** Back to time 0 with the same params (and seed). */
  reset: () => void;
  /**
   * Advances by a wall-clock delta (called per animation frame); `publish` refreshes text and
   * charts; `more` (the frame's engine budget) is asked between slices of engine work.
   */
  tick: (wallDeltaMs: number, publish: boolean, more?: () => boolean) => void;
  /** A UI action (kill/revive…) at the current sim time, on every lane. */
  act: (action: SimAction) => void;
  /** Runs every lane to the end via the compute backend. */
  runToEnd: () => Promise<void>;
  runSweep: () => Promise<void>;
  /** Stops the run to the end in progress (the run stays where it was). */
  cancelRun: () => void;
  /** Stops the sweep in progress (the last result, if any, stays). */
  cancelSweep: () => void;
  /**
   * Applies a share link (read returns the query value of a key the page uses; entries are every
   * pair, duplicates included); a link's moment (`<id>.t`) opens paused there.
   */
  loadFromUrl: (read: (key: string) => string | null, entries?: readonly (readonly [string, string])[]) => Promise<void>;
  /** Plays forward to sim time `ms` in slices (Computing…, with progress) and pauses there; `end` runs to the end. */
  seek: (moment: LinkMoment) => Promise<void>;
  /** Query entries that reproduce this run (null = remove the key). */
  urlEntries: () => Record<string, string | null>;
  setAnimate: (on: boolean | null) => void;
  dismissNotices: () => void;
}

/** A simulation instance's store. */
export type SimStore<P extends Params, S> = StoreApi<SimState<P, S>>;

/** Options of {@link createSimStore}: MDX props and where heavy work runs. */
export interface SimStoreOptions {
  props?: Record<string, unknown>;
  /** Use the playground's full control list when `props.controls` is absent. */
  playground?: boolean;
  backend: ComputeBackend;
  /** Actions share links may carry (`<id>.act`); others are dropped with a notice. */
  actionKinds?: readonly ActionKind[];
  /** What those actions may name at given settings (servers, faults), see components/sims/action-scope.ts. */
  actionScope?: (p: Params) => ActionScope;
}

function freshLane<P extends Params, S>(def: SimDefinition<P, S>, params: P): Lane<P, S> {
  const runner = new LaneRunner(def, params);
  runner.advanceTo(0);
  return { params, runner, snapshot: runner.snapshot(), series: runner.series };
}

/**
 * Creates the store of one simulation instance (vanilla zustand: no React, testable in Node).
 * Every restart rebuilds the lanes from params + seed, so a change is deterministic.
 *
 * @example
 * const store = createSimStore(queueSim, { props: { workers: 2 }, backend: mainThreadBackend(simDefinitions) });
 * store.getState().setParam('arrivalRate', 120);
 */
export function createSimStore<P extends Params, S>(def: SimDefinition<P, S>, opts: SimStoreOptions): SimStore<P, S> {
  const props = opts.props ?? {};
  const fields = describeParams(def.schema);
  const start = initialParams(def, props);
  const linkBase = initialParams(def, {}).params;
  const allKeys = fields.map((f) => f.key);
  const controls = Array.isArray(props.controls)
    ? (props.controls as string[]).filter((k) => allKeys.includes(k))
    : opts.playground
      ? (def.playgroundControls ?? [...def.controls, ...allKeys.filter((k) => !(def.controls as string[]).includes(k))])
      : def.controls;

  return createStore<SimState<P, S>>()((set, get) => {
    /** The run to the end and the sweep in progress, to cancel. */
    let controller: AbortController | null = null;
    let sweepController: AbortController | null = null;
    /** Most sim time one frame may advance (keeps a frame under the budget's event count). */
    let frameSimMs = maxFrameSimMs(def, start.params);
    const cancelLong = () => {
      controller?.abort();
      controller = null;
    };
    /** Set once lane A counts (so live play stops asking, which costs a snapshot per frame); cleared by a restart. */
    let counting = false;
    /** Bumped to stop a seek in progress (a restart or Cancel). */
    let seekToken = 0;
    /** Rebuilds both lanes at time 0; `patch` changes state in the same update. */
    const restart = (patch: Partial<SimState<P, S>> = {}) => {
      cancelLong();
      seekToken++;
      const s = { ...get(), ...patch };
      const b = s.compareKey && s.b ? freshLane(def, { ...s.params, [s.compareKey]: s.b.params[s.compareKey] } as P) : null;
      frameSimMs = Math.min(maxFrameSimMs(def, s.params), b ? maxFrameSimMs(def, b.params) : Infinity);
      counting = false;
      set({ ...patch, runProgress: null, seekTo: null, a: freshLane(def, s.params), b, simTimeMs: 0, done: false, busy: false, actions: [], scheduled: [], version: s.version + 1, runId: s.runId + 1 });
    };
    const timeText = (ms: number) => simTimeText(def, get().params)(ms);
    const publish = () => {
      const s = get();
      const lane = (l: Lane<P, S> | null) => (l && l.runner ? { ...l, snapshot: l.runner.snapshot(), series: l.runner.series } : l);
      set({ a: lane(s.a) as Lane<P, S>, b: lane(s.b), version: s.version + 1 });
    };
    /** Lane A has counted nothing yet (its warm-up, or t = 0). */
    const warming = () => {
      const runner = get().a.runner;
      return !!runner && !runner.done && !!def.warmingUp?.(runner.snapshot());
    };
    /**
     * A lesson figure plays its warm-up as fast as the frame budget allows (a frame or two, unseen),
     * so neither the first play nor a <Try> shows a stretch of "—" where its numbers were. Steps
     * on the chart grid and stops where counting starts; returns true once it has.
     */
    const runThroughWarmup = (more: () => boolean = () => true): boolean => {
      const from = get().simTimeMs;
      const grid = Math.max(1, Math.min(def.sampleEveryMs(get().params), frameSimMs));
      let t = from;
      for (let i = 0; i < WARMUP_STEPS_PER_FRAME && warming() && t - from < frameSimMs && !get().done; i++) {
        t += grid;
        advance(t, more);
        // the frame's engine budget is spent: the rest of the warm-up waits for the next frame
        if (get().simTimeMs < t || !more()) break;
      }
      return !warming();
    };
    /**
     * Advances both lanes towards sim time `target` in slices of about {@link ENGINE_SLICES}th of a
     * frame's event allowance, asking `more()` between slices (the frame's engine budget): the
     * clock stops where the budget ran out. Scheduled actions happen exactly at their sim times,
     * however the clock is stepped.
     */
    const advance = (target: number, more: () => boolean = () => true) => {
      const s = get();
      const slice = Number.isFinite(frameSimMs) ? frameSimMs / ENGINE_SLICES : Infinity;
      let { actions, scheduled } = s;
      let t = s.simTimeMs;
      const missed: string[] = [];
      const finished = () => (s.a.runner?.done ?? true) && (s.b?.runner?.done ?? true);
      do {
        const next = Math.min(target, t + slice);
        while (scheduled.length && scheduled[0]!.atMs <= next && s.a.runner) {
          const due = scheduled[0]!;
          scheduled = scheduled.slice(1);
          s.a.runner.advanceTo(due.atMs);
          s.b?.runner?.advanceTo(due.atMs);
          const ok = s.a.runner.actAt(due);
          s.b?.runner?.actAt(due);
          if (ok) actions = [...actions, { atMs: s.a.runner.now, action: due.action }];
          else missed.push(missedActionNotice(due, s.a.runner.done ? s.a.runner.now : null, timeText));
        }
        s.a.runner?.advanceTo(next);
        s.b?.runner?.advanceTo(next);
        t = next;
      } while (t < target && !finished() && more());
      const done = finished();
      // The run is over: what is still scheduled can never happen (and leaves the link).
      if (done && scheduled.length) {
        missed.push(...scheduled.map((a) => missedActionNotice(a, s.a.runner?.now ?? t, timeText)));
        scheduled = [];
      }
      if (scheduled !== s.scheduled) set({ actions, scheduled, ...(missed.length ? { notices: [...get().notices, ...missed] } : {}) });
      set({ simTimeMs: t, done, playing: done ? false : s.playing });
    };

    return {
      def,
      fields,
      base: start.params,
      linkBase,
      params: start.params,
      controls,
      preset: typeof props.preset === 'string' ? props.preset : null,
      playing: false,
      speed: def.defaultSpeed,
      simTimeMs: 0,
      done: false,
      busy: false,
      runProgress: null,
      seekTo: null,
      sweepProgress: null,
      a: freshLane(def, start.params),
      b: null,
      compareKey: null,
      actions: [],
      scheduled: [],
      version: 0,
      runId: 0,
      notices: start.problems,
      animate: null,
      sweep: { status: 'idle', result: null, forParams: null },

      setParam: (key, value) => {
        const r = mergeParams(def.schema, get().params, { [key]: value });
        if (r.problems.length) return set({ notices: r.problems });
        const over = runBudgetProblem(def, r.params);
        if (over) return set({ notices: [over] });
        restart({ params: r.params });
      },
      setParams: (patch) => {
        const r = mergeParams(def.schema, get().params, patch);
        const over = runBudgetProblem(def, r.params);
        if (over) return set({ notices: [...r.problems, over] });
        restart({ params: r.params, ...(r.problems.length ? { notices: r.problems } : {}) });
      },
      schedule: (entry) => {
        const s = get();
        if (entry.atMs < s.simTimeMs) return;
        set({ scheduled: [...s.scheduled, entry].sort((x, y) => x.atMs - y.atMs) });
      },
      applyPreset: (name) => {
        const preset = def.presets[name];
        if (!preset) return;
        const fromDefaults = initialParams(def, { seed: get().params.seed, preset: name });
        restart({ params: fromDefaults.params, preset: name });
      },
      startCompare: (key) => {
        const s = get();
        restart({ compareKey: key, b: { ...s.a, params: { ...s.params } } });
      },
      setCompareValue: (value) => {
        const s = get();
        if (!s.compareKey || !s.b) return;
        const r = mergeParams(def.schema, s.b.params, { [s.compareKey]: value });
        if (r.problems.length) return set({ notices: r.problems });
        const over = runBudgetProblem(def, r.params);
        if (over) return set({ notices: [`B: ${over}`] });
        restart({ b: { ...s.b, params: r.params } });
      },
      stopCompare: () => restart({ compareKey: null, b: null }),
      play: () => {
        if (get().done) restart();
        set({ playing: true });
      },
      pause: () => {
        set({ playing: false });
        // Paused on a whole millisecond, so a link taken now opens at exactly this state.
        const s = get();
        if (s.done || s.busy || !s.a.runner) return;
        if (!Number.isInteger(s.simTimeMs)) advance(Math.ceil(s.simTimeMs));
        publish(); // the numbers shown are those of the moment paused at
      },
      setSpeed: (speed) => set({ speed }),
      step: () => {
        const s = get();
        if (s.done || s.busy) return;
        set({ playing: false });
        advance(s.simTimeMs + Math.min(def.stepMs(s.params), 10 * frameSimMs));
        publish();
      },
      reset: () => restart(),
      tick: (wallDeltaMs, doPublish, more) => {
        const s = get();
        if (!s.playing || s.done || s.busy) return;
        // The numbers show the moment counting starts (not at the next throttled refresh).
        if (!opts.playground && !counting) {
          if (warming()) return runThroughWarmup(more) ? publish() : undefined;
          counting = true;
        }
        advance(s.simTimeMs + Math.min(Math.min(wallDeltaMs, MAX_FRAME_MS) * s.speed, frameSimMs), more);
        if (doPublish || get().done) publish();
      },
      act: (action) => {
        if (get().done || get().busy || !get().a.runner) return;
        // An action lands on a whole millisecond (the next one), so its link reads kill2@3067, not
        // kill2@3066.6000000000004, and replays at exactly the same time.
        const now = get().a.runner!.now;
        if (!Number.isInteger(now)) advance(Math.ceil(now));
        const s = get();
        if (s.done || !s.a.runner) return publish();
        const ok = s.a.runner.act(action);
        s.b?.runner?.act(action);
        if (ok) set({ actions: [...s.actions, { atMs: s.a.runner.now, action }] });
        publish();
      },
      runToEnd: async () => {
        const s = get();
        if (s.done || s.busy) return;
        const runId = s.runId;
        cancelLong();
        const mine = new AbortController();
        controller = mine;
        set({ busy: true, playing: false, runProgress: 0 });
        const lanes = [s.a.params, ...(s.b ? [s.b.params] : [])];
        const onProgress = (fraction: number) => {
          if (controller === mine) set({ runProgress: fraction });
        };
        let finished: Awaited<ReturnType<ComputeBackend['finish']>>;
        try {
          finished = await opts.backend.finish(def.id, lanes, [...s.actions, ...s.scheduled], { signal: mine.signal, onProgress });
        } catch (err) {
          if (controller === mine) controller = null;
          if (!(err instanceof Cancelled)) throw err;
          if (get().runId === runId) set({ busy: false, runProgress: null });
          return;
        }
        if (controller === mine) controller = null;
        if (get().runId !== runId) return;
        const [fa, fb] = finished;
        const cur = get();
        const lane = (l: Lane<P, S>, f: (typeof finished)[number] | undefined): Lane<P, S> => (f ? { params: l.params, runner: null, snapshot: f.snapshot as S, series: f.series } : l);
        // The log keeps what took effect in lane A (as when played); the rest is said and dropped.
        const logged = [...cur.actions, ...cur.scheduled];
        const applied = fa?.applied ?? logged;
        const tookEffect = (x: ActionAt) => applied.some((y) => y.atMs === x.atMs && JSON.stringify(y.action) === JSON.stringify(x.action));
        const missed = cur.scheduled.filter((x) => !tookEffect(x)).map((x) => missedActionNotice(x, fa?.simTimeMs ?? null, timeText));
        set({
          a: lane(cur.a, fa),
          b: cur.b ? lane(cur.b, fb) : null,
          simTimeMs: Math.max(fa?.simTimeMs ?? 0, fb?.simTimeMs ?? 0),
          done: true,
          actions: logged.filter(tookEffect),
          scheduled: [],
          ...(missed.length ? { notices: [...cur.notices, ...missed] } : {}),
          busy: false,
          runProgress: null,
          version: cur.version + 1,
        });
      },
      runSweep: async () => {
        const s = get();
        if (!def.sweep || s.sweep.status === 'running') return;
        const params = s.params;
        const over = sweepBudgetProblem(def, params);
        if (over) return set({ notices: [over] });
        const mine = new AbortController();
        sweepController = mine;
        set({ sweep: { ...s.sweep, status: 'running' }, sweepProgress: 0 });
        const onProgress = (fraction: number) => {
          if (sweepController === mine) set({ sweepProgress: fraction });
        };
        try {
          const result = await opts.backend.sweep(def.id, params, { signal: mine.signal, onProgress });
          if (sweepController !== mine) return;
          sweepController = null;
          set({ sweep: { status: 'done', result, forParams: params }, sweepProgress: null });
        } catch (err) {
          if (!(err instanceof Cancelled)) throw err;
        }
      },
      cancelRun: () => {
        if (!get().busy) return;
        cancelLong();
        seekToken++;
        set({ busy: false, runProgress: null, seekTo: null });
      },
      cancelSweep: () => {
        const s = get();
        if (s.sweep.status !== 'running') return;
        sweepController?.abort();
        sweepController = null;
        // forParams = these params, so the panel does not start it again by itself
        set({ sweep: { status: 'idle', result: null, forParams: s.params }, sweepProgress: null });
      },
      loadFromUrl: async (read, entries = []) => {
        const s = get();
        const compareKeys: string[] = def.compareKeys ?? s.controls;
        const link = readLink(def, { fields, base: s.linkBase, compareKeys, actionKinds: opts.actionKinds ?? [], ...(opts.actionScope ? { actionScope: opts.actionScope as (p: P) => ActionScope } : {}) }, read, entries);
        if (!link.found) {
          if (link.notices.length) set({ notices: link.notices });
          return;
        }
        const compare = link.compare ? { compareKey: link.compare.key, b: { ...s.a, params: link.compare.b } } : { compareKey: null, b: null };
        restart({ params: link.params, notices: link.notices, ...compare });
        set({ scheduled: link.scheduled });
        if (link.moment !== null) await get().seek(link.moment);
      },
      seek: async (moment) => {
        if (moment === 'end') return get().runToEnd();
        const mine = ++seekToken;
        const target = moment;
        set({ busy: true, playing: false, runProgress: 0, seekTo: target });
        // A live frame's worth of events per slice, then the browser gets the thread back.
        const slice = Number.isFinite(frameSimMs) ? frameSimMs : Infinity;
        while (seekToken === mine && get().simTimeMs < target && !get().done) {
          advance(Math.min(target, get().simTimeMs + slice));
          set({ runProgress: Math.min(0.99, get().simTimeMs / target) });
          await new Promise<void>((resolve) => setTimeout(resolve, 0));
        }
        if (seekToken !== mine) return;
        set({ busy: false, playing: false, runProgress: null, seekTo: null });
        publish();
      },
      urlEntries: () => {
        const s = get();
        const out = encodeParams(fields, s.params, s.linkBase, def.id);
        out[queryKey(def.id, 'ab')] = s.compareKey;
        out[queryKey(def.id, 'act')] = encodeActionLog([...s.actions, ...s.scheduled]);
        const bField = fields.find((f) => f.key === s.compareKey);
        out[queryKey(def.id, 'b')] = s.compareKey && s.b && bField ? (encodeParams([bField], s.b.params, {}, def.id)[queryKey(def.id, bField.key)] ?? null) : null;
        out[queryKey(def.id, 't')] = encodeMoment(s.simTimeMs, s.done);
        return out;
      },
      setAnimate: (on) => set({ animate: on }),
      dismissNotices: () => set({ notices: [] }),
    };
  });
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SimAction } from '@/lib/sim/core/engine';
import { describeParams, type ParamInfo } from '@/lib/sim/params';
import { maxFrameSimMs, runBudgetProblem, sweepBudgetProblem } from '@/lib/sim-ui/budget';
import { Cancelled, type ComputeBackend } from '@/lib/sim-ui/compute';
import type { ActionAt, Params, SimDefinition } from '@/lib/sim-ui/definition';
import { initialParams, mergeParams } from '@/lib/sim-ui/params';
import { LaneRunner, type SeriesData } from '@/lib/sim-ui/runner';
import type { SweepResult } from '@/lib/sim-ui/sweep';
import { compareNotice } from '@/lib/sim-ui/link-notice';
import { decodeParams, encodeParams, queryKey } from '@/lib/sim-ui/url-state';
import { decodeActionLog, encodeActionLog, type ActionKind } from '@/lib/sim-ui/action-log';

/** Longest wall-clock step one frame may advance (a background tab must not jump minutes). */
export const MAX_FRAME_MS = 100;

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
  /** Applies a share link (read returns the raw query value of a key). */
  loadFromUrl: (read: (key: string) => string | null) => void;
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
    /** Rebuilds both lanes at time 0; `patch` changes state in the same update. */
    const restart = (patch: Partial<SimState<P, S>> = {}) => {
      cancelLong();
      const s = { ...get(), ...patch };
      const b = s.compareKey && s.b ? freshLane(def, { ...s.params, [s.compareKey]: s.b.params[s.compareKey] } as P) : null;
      frameSimMs = Math.min(maxFrameSimMs(def, s.params), b ? maxFrameSimMs(def, b.params) : Infinity);
      set({ ...patch, runProgress: null, a: freshLane(def, s.params), b, simTimeMs: 0, done: false, busy: false, actions: [], scheduled: [], version: s.version + 1, runId: s.runId + 1 });
    };
    const publish = () => {
      const s = get();
      const lane = (l: Lane<P, S> | null) => (l && l.runner ? { ...l, snapshot: l.runner.snapshot(), series: l.runner.series } : l);
      set({ a: lane(s.a) as Lane<P, S>, b: lane(s.b), version: s.version + 1 });
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
      const finished = () => (s.a.runner?.done ?? true) && (s.b?.runner?.done ?? true);
      do {
        const next = Math.min(target, t + slice);
        while (scheduled.length && scheduled[0]!.atMs <= next && s.a.runner) {
          const due = scheduled[0]!;
          scheduled = scheduled.slice(1);
          s.a.runner.advanceTo(due.atMs);
          s.b?.runner?.advanceTo(due.atMs);
          const ok = s.a.runner.act(due.action);
          s.b?.runner?.act(due.action);
          if (ok) actions = [...actions, { atMs: s.a.runner.now, action: due.action }];
        }
        s.a.runner?.advanceTo(next);
        s.b?.runner?.advanceTo(next);
        t = next;
      } while (t < target && !finished() && more());
      if (scheduled !== s.scheduled) set({ actions, scheduled });
      const done = finished();
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
      pause: () => set({ playing: false }),
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
        advance(s.simTimeMs + Math.min(Math.min(wallDeltaMs, MAX_FRAME_MS) * s.speed, frameSimMs), more);
        if (doPublish || get().done) publish();
      },
      act: (action) => {
        const s = get();
        if (s.done || s.busy || !s.a.runner) return;
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
        set({
          a: lane(cur.a, fa),
          b: cur.b ? lane(cur.b, fb) : null,
          simTimeMs: Math.max(fa?.simTimeMs ?? 0, fb?.simTimeMs ?? 0),
          done: true,
          actions: [...cur.actions, ...cur.scheduled],
          scheduled: [],
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
        set({ busy: false, runProgress: null });
      },
      cancelSweep: () => {
        const s = get();
        if (s.sweep.status !== 'running') return;
        sweepController?.abort();
        sweepController = null;
        // forParams = these params, so the panel does not start it again by itself
        set({ sweep: { status: 'idle', result: null, forParams: s.params }, sweepProgress: null });
      },
      loadFromUrl: (read) => {
        const s = get();
        const decoded = decodeParams(def.schema, fields, read, s.linkBase, def.id, def.ui);
        const notices = decoded.problems.length ? decoded.problems : [];
        // every field may be valid alone and the combination still too big for the page
        const over = runBudgetProblem(def, decoded.params);
        if (over) {
          notices.push(`The link's settings were not applied. ${over}`);
          decoded.params = s.params;
        }
        const abKey = read(queryKey(def.id, 'ab'));
        const compareKeys: string[] = def.compareKeys ?? s.controls;
        let compare: Pick<SimState<P, S>, 'compareKey' | 'b'> = { compareKey: null, b: null };
        if (abKey !== null) {
          const field = fields.find((f) => f.key === abKey);
          if (!field || !compareKeys.includes(abKey)) notices.push(compareNotice(abKey, fields, compareKeys));
          else {
            const bDecoded = decodeParams(def.schema, [field], (k) => (k === queryKey(def.id, abKey) ? read(queryKey(def.id, 'b')) : null), decoded.params, def.id, def.ui);
            notices.push(...bDecoded.problems.map((p) => `Lane B: ${p}`));
            const overB = runBudgetProblem(def, bDecoded.params);
            if (overB) notices.push(`The link's B lane was not applied. ${overB}`);
            else compare = { compareKey: abKey as keyof P & string, b: { ...s.a, params: bDecoded.params } };
          }
        }
        const actText = read(queryKey(def.id, 'act'));
        const log = actText === null ? { actions: [], problems: [] } : decodeActionLog(actText, opts.actionKinds ?? []);
        notices.push(...log.problems);
        if (!decoded.found && abKey === null && actText === null) return;
        restart({ params: decoded.params, notices, ...compare });
        set({ scheduled: log.actions });
      },
      urlEntries: () => {
        const s = get();
        const out = encodeParams(fields, s.params, s.linkBase, def.id);
        out[queryKey(def.id, 'ab')] = s.compareKey;
        out[queryKey(def.id, 'act')] = encodeActionLog([...s.actions, ...s.scheduled]);
        const bField = fields.find((f) => f.key === s.compareKey);
        out[queryKey(def.id, 'b')] = s.compareKey && s.b && bField ? (encodeParams([bField], s.b.params, {}, def.id)[queryKey(def.id, bField.key)] ?? null) : null;
        return out;
      },
      setAnimate: (on) => set({ animate: on }),
      dismissNotices: () => set({ notices: [] }),
    };
  });
}

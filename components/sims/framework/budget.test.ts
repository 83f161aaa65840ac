import { describe, expect, it } from 'vitest';
import type { QueueParams } from '@/lib/sim/models/queue';
import { describeParams } from '@/lib/sim/params';
import { PAGE_BUDGET } from '@/lib/sim/work';
import { FRAME_EVENTS, runBudgetProblem, runEstimate, sweepBudgetProblem } from '@/lib/sim-ui/budget';
import { mainThreadBackend, type AnySimDefinition, type ComputeBackend } from '@/lib/sim-ui/compute';
import { initialParams } from '@/lib/sim-ui/params';
import { cacheSim } from '../cache/definition';
import { simDefinitions } from '../definitions';
import { queueSim } from '../queue/definition';
import { shardingSim } from '../sharding/definition';
import { createSimStore } from './store';

const backend = mainThreadBackend(simDefinitions);

/** Every schema field at its maximum (what a hand-edited share link can ask for), as link text. */
function everyMax(def: AnySimDefinition): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, field] of Object.entries(def.schema.shape)) {
    const json = (field as { toJSONSchema?: () => { maximum?: number } }).toJSONSchema?.();
    if (json?.maximum !== undefined) out[`${def.id}.${key}`] = String(json.maximum);
  }
  return out;
}

describe('the page work budget', () => {
  it('every definition starts, and every preset and default sweep runs, within it', () => {
    for (const def of Object.values(simDefinitions)) {
      const start = initialParams(def, {});
      expect(start.problems, def.id).toEqual([]);
      expect(sweepBudgetProblem(def, start.params), def.id).toBeNull();
      for (const preset of Object.keys(def.presets)) expect(initialParams(def, { preset }).problems, `${def.id} ${preset}`).toEqual([]);
    }
  });

  it.each<AnySimDefinition>([shardingSim, cacheSim])('a share link with every value at its maximum keeps what fits and names each value it drops ($id)', (def) => {
    const link = everyMax(def);
    const store = createSimStore(def, { playground: true, backend });
    store.getState().loadFromUrl((k) => link[k] ?? null);
    const s = store.getState();
    expect(runBudgetProblem(def, s.params)).toBeNull();
    const fields = describeParams(def.schema);
    let kept = 0;
    for (const [key, text] of Object.entries(link)) {
      const field = fields.find((f) => `${def.id}.${f.key}` === key)!;
      if (String(s.params[field.key]) === text) kept++;
      else expect(s.notices.join('\n'), key).toContain(`“${field.label}”`);
    }
    expect(kept, 'values that fit are used').toBeGreaterThan(0);
    expect(s.notices.join('\n')).toMatch(/more than this page runs \(this run would (simulate|need) .*; the page allows [^)]*\); using /);
  });

  it('each value of ?sharding.arrivalRate=1000000&sharding.requests=10000000 is valid alone; together the page drops them and says so for each', () => {
    const link: Record<string, string> = { 'sharding.arrivalRate': '1000000', 'sharding.requests': '10000000' };
    const store = createSimStore(shardingSim, { playground: true, backend });
    store.getState().loadFromUrl((k) => link[k] ?? null);
    expect(store.getState().params.requests).not.toBe(10_000_000);
    expect(runBudgetProblem(shardingSim, store.getState().params)).toBeNull();
    const dropped = store.getState().notices.map((n) => /^The link set “([^”]+)”/.exec(n)?.[1]);
    expect(dropped).toContain('Requests');
  });

  it('a control moved past the budget is refused with a notice, the run keeps its value', () => {
    const store = createSimStore(cacheSim, { playground: true, backend });
    store.getState().setParam('requests', 10_000_000);
    expect(store.getState().params.requests).toBe(initialParams(cacheSim, {}).params.requests);
    expect(store.getState().notices).toEqual(['This run would simulate ~20 M events; the page allows 5 M. Lower Requests or Warm-up']);
  });

  it('lesson props over the budget fall back to the preset and say why', () => {
    const r = initialParams(cacheSim, { requests: 5_000_000, warmupRequests: 1_000_000 });
    expect(r.params.requests).toBe(initialParams(cacheSim, {}).params.requests);
    expect(r.problems[0]).toMatch(/^This run would simulate ~12 M events/);
  });

  it('a sweep over the budget does not start; the notice says what to lower', async () => {
    // a sweep whose 20 points keep the run's own request count
    const sweep = queueSim.sweep!;
    const def = { ...queueSim, sweep: { ...sweep, points: (p: QueueParams) => sweep.points(p).map((pt) => ({ ...pt, params: { ...pt.params, requests: p.requests } })) } };
    const store = createSimStore(def, { playground: true, backend });
    store.getState().setParam('requests', 1_000_000);
    expect(runBudgetProblem(def, store.getState().params)).toBeNull();
    await store.getState().runSweep();
    expect(store.getState().sweep.status).toBe('idle');
    expect(store.getState().notices[0]).toMatch(/^This sweep would simulate ~[\d.]+ M events; the page allows 20 M\. Lower Requests or Warm-up$/);
  });

  it('one frame of play processes at most about FRAME_EVENTS events, however fast the speed', () => {
    const store = createSimStore(cacheSim, { playground: true, backend });
    store.getState().setParam('arrivalRate', 10_000_000);
    store.getState().setSpeed(100);
    store.getState().play();
    store.getState().tick(100, true);
    const w = runEstimate(cacheSim, store.getState().params)!;
    const events = store.getState().simTimeMs * (w.events / w.simMs);
    expect(events).toBeLessThanOrEqual(FRAME_EVENTS * 1.01);
    expect(store.getState().simTimeMs).toBeGreaterThan(0);
  });
});

describe('slider ranges are the page\'s own metadata, inside the engine\'s range', () => {
  it('every UI range lies within its schema range; servers and shards go to 1,000 in the engine only', () => {
    for (const def of Object.values(simDefinitions)) {
      const shape = def.schema.shape as Record<string, { toJSONSchema?: () => { minimum?: number; maximum?: number } }>;
      for (const [key, range] of Object.entries(def.ui ?? {}) as [string, { min?: number; max?: number }][]) {
        const json = shape[key]?.toJSONSchema?.() ?? {};
        if (range.max !== undefined && json.maximum !== undefined) expect(range.max, `${def.id}.${key}`).toBeLessThanOrEqual(json.maximum);
        if (range.min !== undefined && json.minimum !== undefined) expect(range.min, `${def.id}.${key}`).toBeGreaterThanOrEqual(json.minimum);
      }
    }
    // with every slider at its maximum, building the model stays under the main thread's setup budget
    for (const def of Object.values(simDefinitions)) {
      const maxed: Record<string, unknown> = { ...initialParams(def, {}).params };
      for (const [key, range] of Object.entries(def.ui ?? {}) as [string, { max?: number }][]) if (range.max !== undefined) maxed[key] = range.max;
      const setup = runEstimate(def, maxed)?.setup ?? 0;
      expect(setup, def.id).toBeLessThanOrEqual(PAGE_BUDGET.maxSetup);
    }
    for (const [id, key] of [['lb', 'servers'], ['sessions', 'servers'], ['deploy', 'servers'], ['sharding', 'shards'], ['replication', 'replicas']] as const) {
      const def = simDefinitions[id]!;
      expect((def.schema.shape as Record<string, { toJSONSchema: () => { maximum?: number } }>)[key]!.toJSONSchema().maximum, `${id}.${key}`).toBe(1000);
      expect((def.ui as Record<string, { max?: number }>)[key]!.max, `${id}.${key}`).toBeLessThan(100);
    }
  });
});

describe('long runs: progress and Cancel', () => {
  it('run to end reports progress and finishes', async () => {
    const store = createSimStore(cacheSim, { playground: true, backend });
    store.getState().setParam('requests', 400_000);
    const seen: number[] = [];
    const off = store.subscribe((s) => s.runProgress !== null && seen.push(s.runProgress));
    await store.getState().runToEnd();
    off();
    expect(store.getState().done).toBe(true);
    expect(store.getState().runProgress).toBeNull();
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((f, i) => f >= 0 && f < 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
  });

  it('Cancel stops a run to the end: not done, not busy, the run stays where it was', async () => {
    const store = createSimStore(cacheSim, { playground: true, backend });
    store.getState().setParam('requests', 400_000);
    store.getState().step();
    const t = store.getState().simTimeMs;
    const running = store.getState().runToEnd();
    await new Promise((r) => setTimeout(r, 0));
    store.getState().cancelRun();
    await running;
    const s = store.getState();
    expect(s.busy).toBe(false);
    expect(s.done).toBe(false);
    expect(s.runProgress).toBeNull();
    expect(s.simTimeMs).toBe(t);
  });

  it('Cancel stops a sweep (the backend sees the abort) and it is not restarted by itself', async () => {
    let aborted = false;
    const slow: ComputeBackend = {
      ...backend,
      sweep: (id, params, run) =>
        new Promise((_, reject) => run?.signal?.addEventListener('abort', () => ((aborted = true), reject(new (class extends Error {})()))) ),
    };
    const store = createSimStore(cacheSim, { playground: true, backend: slow });
    const running = store.getState().runSweep().catch(() => undefined);
    expect(store.getState().sweep.status).toBe('running');
    store.getState().cancelSweep();
    await running;
    expect(aborted).toBe(true);
    expect(store.getState().sweep).toEqual({ status: 'idle', result: null, forParams: store.getState().params });
    expect(store.getState().sweepProgress).toBeNull();
  });
});

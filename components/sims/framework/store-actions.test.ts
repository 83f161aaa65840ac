import { describe, expect, it } from 'vitest';
import { mainThreadBackend } from '@/lib/sim-ui/compute';
import { queryKey } from '@/lib/sim-ui/url-state';
import { simDefinitions } from '../definitions';
import { loadBalancerSim } from '../lb/definition';
import { createSimStore } from './store';

const backend = mainThreadBackend(simDefinitions);
const make = () => createSimStore(loadBalancerSim, { props: { servers: 4, arrivalRate: 300, serverSpeeds: [1, 1, 1, 0.5] }, backend, actionKinds: ['kill', 'revive'] });
type LbStore = ReturnType<typeof make>;
const numbers = (s: LbStore) => {
  const m = s.getState().a.snapshot.metrics;
  return { p99: m.p99ResponseMs, dropped: m.dropped, failed: m.failed };
};

/** Plays a run with a few uneven frames, kills server 2 mid-run, then finishes it. */
async function runWithKill(s: LbStore) {
  s.getState().play();
  for (let i = 0; i < 80; i++) s.getState().tick(97 + (i % 5), i % 6 === 0);
  s.getState().act({ type: 'kill', server: 1 });
  for (let i = 0; i < 20; i++) s.getState().tick(13 + (i % 4), i % 6 === 0);
  await s.getState().runToEnd();
}

describe('action log: share links reproduce runs with kills', () => {
  it('a link with the action log gives the same p99 and drops as the run it came from', async () => {
    const original = make();
    await runWithKill(original);
    const entries = original.getState().urlEntries();
    // The kill happened between frames; it is logged on the next whole millisecond.
    expect(entries[queryKey('lb', 'act')]).toMatch(/^kill2@\d+$/);
    expect(entries[queryKey('lb', 't')]).toBe('end');
    expect(numbers(original).failed).toBeGreaterThan(0);

    // The link of a finished run opens finished.
    const opened = make();
    await opened.getState().loadFromUrl((k) => entries[k] ?? null);
    expect(opened.getState().notices).toEqual([]);
    expect(opened.getState().done).toBe(true);
    expect(numbers(opened)).toEqual(numbers(original));

    const withoutLog = make();
    await withoutLog.getState().loadFromUrl((k) => (k === queryKey('lb', 'act') ? null : (entries[k] ?? null)));
    await withoutLog.getState().runToEnd();
    expect(numbers(withoutLog)).not.toEqual(numbers(original));
  });

  it('applies a scheduled action exactly at its sim time while playing frame by frame', async () => {
    const live = make();
    live.getState().schedule({ atMs: 2500, action: { type: 'kill', server: 1 } });
    live.getState().play();
    while (!live.getState().done) live.getState().tick(100, false);
    expect(live.getState().actions).toEqual([{ atMs: 2500, action: { type: 'kill', server: 1 } }]);

    const ended = make();
    ended.getState().schedule({ atMs: 2500, action: { type: 'kill', server: 1 } });
    await ended.getState().runToEnd();
    live.getState().tick(0, true);
    expect(numbers(ended)).toEqual({ ...numbers(live) });
  });

  it('a link taken while paused opens paused at that moment, with the same numbers and picture', async () => {
    const original = make();
    original.getState().play();
    for (let i = 0; i < 40; i++) original.getState().tick(97 + (i % 5), false);
    original.getState().act({ type: 'kill', server: 1 });
    for (let i = 0; i < 7; i++) original.getState().tick(13 + (i % 4), false);
    original.getState().pause();
    const at = original.getState().simTimeMs;
    expect(Number.isInteger(at)).toBe(true);
    const entries = original.getState().urlEntries();
    expect(entries[queryKey('lb', 't')]).toBe(String(at));

    const opened = make();
    await opened.getState().loadFromUrl((k) => entries[k] ?? null);
    const s = opened.getState();
    expect([s.simTimeMs, s.playing, s.busy, s.done]).toEqual([at, false, false, false]);
    expect(s.a.snapshot).toEqual(original.getState().a.snapshot);
    expect(s.actions).toEqual(original.getState().actions);
  });

  it('reports a moment it cannot read and opens at the start', async () => {
    const s = make();
    await s.getState().loadFromUrl((k) => ({ 'lb.t': 'soon', 'lb.servers': '5' })[k] ?? null);
    expect(s.getState().simTimeMs).toBe(0);
    expect(s.getState().notices).toEqual(['t: "soon" is not a moment of the run (write a time in ms, or end); opened at the start']);
  });

  it('drops bad log entries with a notice and keeps the rest of the link', () => {
    const s = make();
    s.getState().loadFromUrl((k) => ({ 'lb.act': 'kill2@100,add@5', 'lb.servers': '5' })[k] ?? null);
    expect(s.getState().params.servers).toBe(5);
    expect(s.getState().scheduled).toEqual([{ atMs: 100, action: { type: 'kill', server: 1 } }]);
    expect(s.getState().notices).toEqual(['The link’s action “add@5” is not something this simulation can do (it takes kill2@5000 (kill server 2 at 5 s), revive2@8000 (bring server 2 back at 8 s)); dropped']);
  });

  it('an action the run never gets to is dropped from the log and the next link, with a notice (run to end)', async () => {
    const probe = make();
    await probe.getState().runToEnd();
    const endMs = probe.getState().simTimeMs;
    const s = make();
    // a little after the run's real end: within the estimate's margin, so the link keeps it at first
    s.getState().loadFromUrl((k) => ({ 'lb.act': `kill2@1000,kill3@${Math.ceil(endMs) + 500}` })[k] ?? null);
    expect(s.getState().scheduled).toHaveLength(2);
    await s.getState().runToEnd();
    expect(s.getState().actions).toEqual([{ atMs: 1000, action: { type: 'kill', server: 1 } }]);
    expect(s.getState().urlEntries()[queryKey('lb', 'act')]).toBe('kill2@1000');
    expect(s.getState().notices).toEqual([expect.stringMatching(/^The action “kill server 3 at .+” did not happen: the run ended at .+; dropped$/)]);
  });

  it('an action the model cannot carry out when the clock gets there is dropped with the reason (played)', () => {
    const s = make();
    s.getState().loadFromUrl((k) => ({ 'lb.act': 'kill2@1000,kill2@2000' })[k] ?? null);
    s.getState().play();
    while (!s.getState().done) s.getState().tick(100, false);
    expect(s.getState().actions).toEqual([{ atMs: 1000, action: { type: 'kill', server: 1 } }]);
    expect(s.getState().notices).toEqual(['The action “kill server 2 at 2.0 s” did not happen: server 2 was not up then; dropped']);
    expect(s.getState().urlEntries()[queryKey('lb', 'act')]).toBe('kill2@1000');
  });
});

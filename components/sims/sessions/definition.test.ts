import { describe, expect, it } from 'vitest';
import { mainThreadBackend } from '@/lib/sim-ui/compute';
import { createSimStore } from '../framework/store';
import { sessionSim } from './definition';

const backend = mainThreadBackend({ [sessionSim.id]: sessionSim });
const lesson = { servers: 3, users: 60, sessionMode: 'sticky', seed: 7, requests: 6000 };

/** Plays to `atMs`, kills the server Steve is on, and runs to the end. */
async function killStevesServer(props: Record<string, unknown>) {
  const store = createSimStore(sessionSim, { props, backend });
  store.getState().a.runner!.advanceTo(30_000);
  store.setState({ simTimeMs: 30_000 });
  const steve = store.getState().a.runner!.snapshot().stevePath.at(-1)!;
  store.getState().act({ type: 'kill', server: steve });
  await store.getState().runToEnd();
  return store.getState().a.snapshot;
}

describe('SessionSim definition', () => {
  it('sticky: killing Steve’s server loses the sessions pinned to it; shared: none', async () => {
    const sticky = await killStevesServer(lesson);
    expect(sticky.metrics.lostSessions).toBeGreaterThan(10);
    expect(sticky.metrics.noSessionRequests).toBeGreaterThan(0);
    expect(sticky.storeExtraMs).toBe(0);
    const shared = await killStevesServer({ ...lesson, sessionMode: 'shared' });
    expect(shared.metrics.lostSessions).toBe(0);
    expect(shared.metrics.noSessionRequests).toBe(0);
    expect(shared.storeExtraMs).toBe(2);
  });

  it('local mode logs users out without any failure', async () => {
    const store = createSimStore(sessionSim, { props: { ...lesson, sessionMode: 'local' }, backend });
    await store.getState().runToEnd();
    const s = store.getState().a.snapshot;
    expect(s.metrics.lostSessions).toBe(0);
    expect(s.metrics.noSessionRequests).toBeGreaterThan(1000);
  });

  it('every preset is valid for the model', () => {
    for (const name of Object.keys(sessionSim.presets)) {
      const store = createSimStore(sessionSim, { props: { preset: name }, backend });
      expect(store.getState().notices).toEqual([]);
    }
  });
});

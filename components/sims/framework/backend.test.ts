import { afterAll, describe, expect, it } from 'vitest';
import { Cancelled } from '@/lib/sim-ui/compute';
import { FakeWorker, installFakeWorker } from './fake-worker';

afterAll(installFakeWorker());

describe('the worker backend', () => {
  it('passes progress on; Cancel of a run to the end is cooperative: rejected at once, a cancel message, the worker and the other job carry on', async () => {
    const { computeBackend } = await import('./backend');
    const backend = computeBackend();
    const seen: number[] = [];
    const abort = new AbortController();
    const cancelled = backend.finish('queue', [{}], [], { signal: abort.signal, onProgress: (f) => seen.push(f) });
    const other = backend.sweep('lb', {});
    const worker = FakeWorker.made.at(-1)!;
    expect(worker.sent.map((r) => r.type)).toEqual(['finish', 'sweep']);
    const finishId = (worker.sent[0] as { id: number }).id;
    worker.answer({ id: finishId, type: 'progress', fraction: 0.25 });
    expect(seen).toEqual([0.25]);

    abort.abort();
    await expect(cancelled).rejects.toBeInstanceOf(Cancelled);
    // no terminate (~70 ms of main thread for a new worker), no new worker, the sweep still pending there
    expect(worker.terminated).toBe(false);
    expect(worker.sent[2]).toEqual({ type: 'cancel', id: finishId });
    expect(FakeWorker.made.at(-1)).toBe(worker);
    worker.answer({ id: (worker.sent[1] as { id: number }).id, type: 'result', result: { x: [1], y: {}, theory: null } });
    await expect(other).resolves.toEqual({ x: [1], y: {}, theory: null });
    // a late answer for the cancelled run belongs to nobody
    worker.answer({ id: finishId, type: 'result', result: [] });
    expect(seen).toEqual([0.25]);
  });

  it('cancels a sweep the same way', async () => {
    const { computeBackend } = await import('./backend');
    const abort = new AbortController();
    const sweep = computeBackend().sweep('queue', {}, { signal: abort.signal });
    const worker = FakeWorker.made.at(-1)!;
    const id = (worker.sent.at(-1) as { id: number }).id;
    abort.abort();
    await expect(sweep).rejects.toBeInstanceOf(Cancelled);
    expect(worker.terminated).toBe(false);
    expect(worker.sent.at(-1)).toEqual({ type: 'cancel', id });
  });
});

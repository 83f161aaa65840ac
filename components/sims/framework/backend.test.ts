import { afterAll, describe, expect, it } from 'vitest';
import { Cancelled } from '@/lib/sim-ui/compute';
import { FakeWorker, installFakeWorker } from './fake-worker';

afterAll(installFakeWorker());

describe('the worker backend', () => {
  it('passes progress on, cancels by terminating the worker, and re-sends the other pending jobs to a fresh one', async () => {
    const { computeBackend } = await import('./backend');
    const backend = computeBackend();
    const seen: number[] = [];
    const abort = new AbortController();
    const cancelled = backend.finish('queue', [{}], [], { signal: abort.signal, onProgress: (f) => seen.push(f) });
    const other = backend.sweep('lb', {});
    const first = FakeWorker.made[0]!;
    expect(first.sent.map((r) => r.type)).toEqual(['finish', 'sweep']);
    first.answer({ id: first.sent[0]!.id, type: 'progress', fraction: 0.25 });
    expect(seen).toEqual([0.25]);

    abort.abort();
    await expect(cancelled).rejects.toBeInstanceOf(Cancelled);
    expect(first.terminated).toBe(true);
    const second = FakeWorker.made[1]!;
    expect(second.sent.map((r) => [r.type, 'simId' in r ? r.simId : ''])).toEqual([['sweep', 'lb']]);
    second.answer({ id: second.sent[0]!.id, type: 'result', result: { x: [1], y: {}, theory: null } });
    await expect(other).resolves.toEqual({ x: [1], y: {}, theory: null });
  });
});

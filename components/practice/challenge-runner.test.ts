import { afterAll, describe, expect, it } from 'vitest';
import { Cancelled } from '@/lib/sim-ui/compute';
import { FakeWorker, installFakeWorker } from '@/components/sims/framework/fake-worker';
import { challengeSteps, runChallenge } from './challenge-protocol';

afterAll(installFakeWorker());

const start = { servers: 4, algorithm: 'round-robin' };

describe('a challenge check in the page worker', () => {
  it('sends one challenge job, passes progress on, and Cancel stops it cooperatively: rejected at once, a cancel message, the worker and the other job carry on', async () => {
    const { runChallengeAsync, measureSimCardAsync } = await import('./challenge-runner');
    const seen: number[] = [];
    const abort = new AbortController();
    const check = runChallengeAsync('balance-1200', start, { signal: abort.signal, onProgress: (f) => seen.push(f) });
    const card = measureSimCardAsync('sim-some-card');
    const first = FakeWorker.made[0]!;
    expect(first.sent.map((r) => r.type)).toEqual(['challenge', 'sim-card']);
    expect(first.sent[0]).toMatchObject({ type: 'challenge', challengeId: 'balance-1200', values: start });
    const checkId = first.sent[0]!.id;
    first.answer({ id: checkId, type: 'progress', fraction: 0.45 });
    expect(seen).toEqual([0.45]);

    abort.abort();
    await expect(check).rejects.toBeInstanceOf(Cancelled);
    expect(first.terminated).toBe(false);
    expect(first.sent[2]).toEqual({ type: 'cancel', id: checkId });
    // anything the worker sent for the check before it stopped changes nothing
    first.answer({ id: checkId, type: 'progress', fraction: 0.9 });
    first.answer({ id: checkId, type: 'result', result: { ok: true, evaluation: {} } });
    expect(seen).toEqual([0.45]);
    expect(FakeWorker.made).toHaveLength(1);
    first.answer({ id: first.sent[1]!.id, type: 'result', result: { ok: true, value: 42 } });
    await expect(card).resolves.toEqual({ ok: true, value: 42 });
  });

  it('a check whose signal is already aborted never reaches the worker', async () => {
    const { runChallengeAsync } = await import('./challenge-runner');
    const abort = new AbortController();
    abort.abort();
    const before = FakeWorker.made.map((w) => w.sent.length);
    await expect(runChallengeAsync('balance-1200', start, { signal: abort.signal })).rejects.toBeInstanceOf(Cancelled);
    expect(FakeWorker.made.map((w) => w.sent.length)).toEqual(before);
  });
});

describe('a check on the main thread (no worker)', () => {
  it('runs in slices with progress and the same outcome; Cancel stops it between slices', async () => {
    const { drainInSlices } = await import('./challenge-runner');
    const seen: number[] = [];
    const outcome = await drainInSlices(challengeSteps('balance-1200', start), { onProgress: (f) => seen.push(f) }, 0);
    expect(outcome).toEqual(runChallenge('balance-1200', start));
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.some((f) => f > 0.34 && f < 0.66)).toBe(true);

    let pulled = 0;
    const abort = new AbortController();
    function* counted() {
      const inner = challengeSteps('balance-1200', start);
      let r = inner.next();
      while (!r.done) {
        pulled++;
        yield r.value;
        r = inner.next();
      }
      return r.value;
    }
    const p = drainInSlices(counted(), { signal: abort.signal, onProgress: (f) => f > 0.2 && abort.abort() }, 0);
    await expect(p).rejects.toBeInstanceOf(Cancelled);
    const atCancel = pulled;
    await new Promise((r) => setTimeout(r, 20));
    expect(pulled).toBe(atCancel);
    expect(atCancel).toBeLessThan(seen.length);
  });

  it('an unknown challenge or a refused setting is an outcome, not an exception', () => {
    expect(runChallenge('no-such-challenge', {})).toEqual({ ok: false, errors: ['unknown challenge no-such-challenge'] });
    expect(runChallenge('balance-1200', { servers: 400, algorithm: 'round-robin' })).toMatchObject({ ok: false });
  });
});

import { describe, expect, it } from 'vitest';
import { stevePathView } from './steve-path';

describe('stevePathView', () => {
  it('compresses repeated servers into runs and counts moves', () => {
    const v = stevePathView([2, 2, 2, 0, 0, 2], 'local');
    expect(v.runs).toEqual([
      { server: 2, requests: 3, loggedOut: false },
      { server: 0, requests: 2, loggedOut: true },
      { server: 2, requests: 1, loggedOut: true },
    ]);
    expect(v).toMatchObject({ moves: 2, logouts: 2, current: 2, hiddenRuns: 0 });
  });

  it('never counts a logout with a shared store, nor for the first login', () => {
    const v = stevePathView([1, 0, 1, 0], 'shared');
    expect(v.moves).toBe(3);
    expect(v.logouts).toBe(0);
    expect(v.runs[0]?.loggedOut).toBe(false);
  });

  it('marks a request that found no server, and the login after it', () => {
    const v = stevePathView([0, null, 1], 'sticky');
    expect(v.runs.map((r) => r.loggedOut)).toEqual([false, false, true]);
  });

  it('keeps only the latest runs and says how many were left out', () => {
    const path = Array.from({ length: 30 }, (_, i) => i % 3);
    const v = stevePathView(path, 'local', 5);
    expect(v.runs).toHaveLength(5);
    expect(v.hiddenRuns).toBe(25);
    expect(v.runs[4]?.server).toBe(path[29]);
  });

  it('handles an empty path', () => {
    expect(stevePathView([], 'sticky')).toEqual({ runs: [], hiddenRuns: 0, moves: 0, logouts: 0, current: null });
  });
});

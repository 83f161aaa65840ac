/** One stretch of Steve's requests on the same server. */
export interface PathRun {
  /** Server index (0-based), or null when no server was in rotation. */
  server: number | null;
  /** Consecutive requests served there. */
  requests: number;
  /** True when arriving here cost Steve his session (he had to log in again). */
  loggedOut: boolean;
}

/** Steve's path compressed into runs, for the chip row. */
export interface StevePathView {
  runs: PathRun[];
  /** Runs left out at the start to keep the row short. */
  hiddenRuns: number;
  /** Times Steve moved to another server. */
  moves: number;
  /** Moves that logged him out. */
  logouts: number;
  /** Server of his latest request (null if none yet, or if no server took it). */
  current: number | null;
}

/**
 * Compresses the server index of each of Steve's requests into runs (`2 ×12 → 0 ×3`), keeping the
 * last `maxRuns`. A move logs him out unless sessions live in the shared store: his session was
 * in the memory of the server he left.
 *
 * @example
 * stevePathView([2, 2, 0, 0], 'sticky').runs;
 * // [{ server: 2, requests: 2, loggedOut: false }, { server: 0, requests: 2, loggedOut: true }]
 */
export function stevePathView(path: readonly (number | null)[], sessionMode: 'local' | 'sticky' | 'shared', maxRuns = 12): StevePathView {
  const runs: PathRun[] = [];
  let moves = 0;
  let logouts = 0;
  for (const server of path) {
    const last = runs[runs.length - 1];
    if (last && last.server === server) {
      last.requests++;
      continue;
    }
    // the first request is Steve logging in, not a logout; a request nobody served keeps no session
    const loggedOut = last !== undefined && sessionMode !== 'shared' && server !== null;
    if (last) moves++;
    if (loggedOut) logouts++;
    runs.push({ server, requests: 1, loggedOut });
  }
  const hiddenRuns = Math.max(0, runs.length - maxRuns);
  return { runs: runs.slice(hiddenRuns), hiddenRuns, moves, logouts, current: path.length ? (path[path.length - 1] ?? null) : null };
}

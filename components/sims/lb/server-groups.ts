import type { LbServerView } from '@/lib/sim/models/lb';

/**
 * Most bars a server picture draws (the Servers slider's own maximum): beyond it each bar stands
 * for a run of neighbouring servers. A share link may ask for 1,000 servers; a bar per server
 * would be a pixel wide and numbered over itself, and 1,000 list items per published frame made
 * the page unresponsive for seconds.
 */
export const MAX_BARS = 32;

/** One bar of a server picture: one server, or a run of neighbours `first`…`last` (engine indexes). */
export interface ServerGroup {
  first: number;
  last: number;
  /** Longest queue among the group's servers that are up (the hot spot a bar must not hide). */
  queue: number;
  /** Servers of the group with a request in service. */
  busy: number;
  /** Servers of the group that are down. */
  down: number;
  /** Servers up but out of rotation (health check pending). */
  out: number;
  /** Servers in the group. */
  size: number;
}

/** Servers per bar for `servers` servers: 1 up to {@link MAX_BARS}, then enough for at most that many bars. */
export function serversPerBar(servers: number, maxBars = MAX_BARS): number {
  return Math.max(1, Math.ceil(servers / maxBars));
}

/**
 * The bars of a server picture: one per server up to `maxBars`, else runs of
 * {@link serversPerBar} neighbours, each showing its longest queue and how many are busy, down
 * or out of rotation.
 *
 * @example
 * groupServers(Array.from({ length: 1000 }, () => view)).length; // 32 bars of 32 servers (the last of 8)
 */
export function groupServers(servers: readonly LbServerView[], maxBars = MAX_BARS): ServerGroup[] {
  const per = serversPerBar(servers.length, maxBars);
  const groups: ServerGroup[] = [];
  for (let first = 0; first < servers.length; first += per) {
    const last = Math.min(servers.length, first + per) - 1;
    const g: ServerGroup = { first, last, queue: 0, busy: 0, down: 0, out: 0, size: last - first + 1 };
    for (let i = first; i <= last; i++) {
      const v = servers[i] as LbServerView;
      if (!v.alive) g.down++;
      else {
        g.queue = Math.max(g.queue, v.queue);
        if (!v.inRotation) g.out++;
      }
      if (v.busy > 0) g.busy++;
    }
    groups.push(g);
  }
  return groups;
}

/** "server 3" or "servers 33–64", counted from 1 as the learner reads them. */
export function groupName(g: ServerGroup): string {
  return g.size === 1 ? `server ${g.first + 1}` : `servers ${g.first + 1}–${g.last + 1}`;
}

/**
 * Every how many bars a number goes under the picture so numbers do not overlap: every bar up
 * to 16, every other one up to 32 single servers, fewer when bars name runs of servers (wider numbers).
 */
export function labelEvery(bars: number, grouped: boolean): number {
  if (bars <= 16) return 1;
  return grouped ? 4 : 2;
}

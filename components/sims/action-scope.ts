import type { LbParams } from '@/lib/sim/models/lb';
import { MAX_EXTRA, type SessionsParams } from '@/lib/sim/models/sessions';
import { MAX_SHARDS, type ShardingParams } from '@/lib/sim/models/sharding';
import type { SystemParams } from '@/lib/sim/models/system';
import { atLeast } from '@/lib/sim/models/system-layout';
import type { ActionScope } from '@/lib/sim-ui/action-log';
import type { Params } from '@/lib/sim-ui/definition';

/**
 * What each model's actions may name at given settings: the servers a kill or revive can pick
 * (numbered from 1 in a link), how many adds can bring, the faults the architecture can take. A
 * share link's `act=` is checked against it (lib/sim-ui/action-log.ts); models not listed take
 * any server number (the scaling plan's kill loses "a machine").
 */
export const ACTION_SCOPES: Record<string, (p: Params) => ActionScope> = {
  lb: (p) => ({ servers: (p as LbParams).servers }),
  sessions: (p) => ({ servers: (p as SessionsParams).servers, maxServers: (p as SessionsParams).servers + MAX_EXTRA }),
  sharding: (p) => ({ servers: (p as ShardingParams).shards, maxServers: MAX_SHARDS }),
  system: (p) => {
    const s = p as SystemParams;
    const clones = atLeast(s, 'clones');
    // one box has no balancer to take a clone out, and its database is inside the box
    return { servers: clones ? s.appMachines : 0, faults: [...(atLeast(s, 'cache') ? (['cache-restart'] as const) : []), ...(clones ? (['primary-fail'] as const) : [])] };
  },
};

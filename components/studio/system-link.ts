import { initialParams } from '@/lib/sim-ui/params';
import { decodeActionLog } from '@/lib/sim-ui/action-log';
import { decodeParams, queryKey } from '@/lib/sim-ui/url-state';
import { describeParams } from '@/lib/sim/describe';
import type { SimAction } from '@/lib/sim/core/engine';
import type { DesignAction } from '@/lib/sim/design';
import type { SystemParams } from '@/lib/sim/models/system';
import { CRUMB_IDS, crumbDesign } from '@/lib/sim/models/system-design';
import type { SharedRun } from '@/lib/studio/share';
import { SIM_ACTIONS } from '../sims/figure-defaults';
import { systemSim } from '../sims/system/definition';

/** A whole-system action as the design's fault (the same mapping the system model makes). */
function asFault(a: SimAction, oneBox: boolean): DesignAction | null {
  if (a.type === 'fault') return a.fault === 'cache-restart' ? { type: 'restart-cache', target: CRUMB_IDS.cache } : { type: 'fail-primary', target: CRUMB_IDS.db, shard: 0 };
  if (a.type === 'add-server' || oneBox) return null;
  return { type: a.type === 'kill' ? 'kill-machine' : 'revive-machine', target: CRUMB_IDS.app, machine: a.server };
}

/**
 * A chapter 5 figure's "Open in the studio" link (`/playground/system?system.stage=cache&…&system.act=…`)
 * as the run the studio opens: Crumb & Co's design at those settings, with the figure's faults at
 * their simulated times, run to the end when the figure had faults. Bad values fall back as on
 * every playground link and are named. Null when the link carries no `system.` settings.
 *
 * @example
 * systemLinkRun((k) => new URLSearchParams('system.stage=cache').get(k))?.shared.design.name; // 'Crumb & Co (cache)'
 */
export function systemLinkRun(read: (key: string) => string | null): { shared: SharedRun; problems: string[] } | null {
  const fields = describeParams(systemSim.schema);
  const base = initialParams(systemSim, {}).params;
  const decoded = decodeParams<SystemParams>(systemSim.schema, fields, read, base, systemSim.id, systemSim.ui);
  const actText = read(queryKey(systemSim.id, 'act'));
  if (!decoded.found && actText === null) return null;
  const log = actText === null ? { actions: [], problems: [] } : decodeActionLog(actText, SIM_ACTIONS.system ?? []);
  const { design } = crumbDesign(decoded.params);
  const oneBox = decoded.params.stage === 'one-box';
  const actions = log.actions.flatMap((a) => {
    const f = asFault(a.action, oneBox);
    return f ? [{ atMs: a.atMs, action: f }] : [];
  });
  return { shared: { design, actions, run: actions.length > 0 }, problems: [...decoded.problems, ...log.problems] };
}

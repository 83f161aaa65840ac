import type { ParamInfo } from '@/lib/sim/params';
import { decodeActionLog, type ActionKind, type ActionScope } from './action-log';
import { runBudget, runEstimate } from './budget';
import type { ActionAt, Params, SimDefinition } from './definition';
import { formatSimTime } from './format';
import { linkKeyNotices } from './link-keys';
import { compareNotice } from './link-notice';
import { decodeMoment, decodeParams, queryKey, type LinkMoment } from './url-state';

/** Everything one share link asks of one simulation, and one sentence for each part not used. */
export interface LinkRequest<P> {
  /** True if the link carried anything for this simulation (else nothing changes). */
  found: boolean;
  params: P;
  /** The A/B lane: the compared setting and lane B's params, or null. */
  compare: { key: keyof P & string; b: P } | null;
  /** Actions to replay at their sim times. */
  scheduled: ActionAt[];
  /** Every setting, key and action of the link that was dropped or changed, in the learner's words. */
  notices: string[];
  /** The moment the link opens at, paused (`<id>.t`: sim ms or `end`), or null to open at the start. */
  moment: LinkMoment | null;
}

/** How a simulation reads links: what it may compare, which actions it has and what they may name. */
export interface LinkRules<P> {
  fields: readonly ParamInfo[];
  /** Parameters a link's values replace (the definition's defaults: a link encodes its changes from these). */
  base: P;
  compareKeys: readonly string[];
  actionKinds: readonly ActionKind[];
  actionScope?: (p: P) => ActionScope;
}

/**
 * Sim time as the learner reads it for this simulation: its own format (`month 12`), its clock
 * (`19:30` on the system's compressed day) or `1 min 43 s`.
 *
 * @example
 * simTimeText(lbSim, params)(103_000); // '1 min 43 s'
 */
export function simTimeText<P extends Params, S>(def: SimDefinition<P, S>, params: P): (ms: number) => string {
  if (def.formatTime) return def.formatTime;
  const axis = def.formatAxisTime;
  return axis ? (ms) => axis(ms / 1000, params) : formatSimTime;
}

/** An action this far past the run's estimated end can never happen (the estimate is within 2× of a run; a later one is dropped when the run ends). */
const RUN_MARGIN = 1.5;

/**
 * Reads one simulation's part of a share link: its settings (each bad value dropped alone, see
 * {@link decodeParams}; a setting too big for the page drops the values that make it so), the A/B
 * lane, the action log checked against the settings it will run with and the run's length, and the
 * link's own keys (unknown under this simulation's name, or given twice). Never throws.
 *
 * @param read the value the page uses for a key (the first, when a key is given twice)
 * @param entries every key/value pair of the query in order, duplicates included
 *
 * @example
 * readLink(queueSim, rules, (k) => query.get(k), [...query]).notices;
 * // ['The link’s “queue.requestss” is not a setting here (did you mean “Requests”, queue.requests?); ignored']
 */
export function readLink<P extends Params, S>(def: SimDefinition<P, S>, rules: LinkRules<P>, read: (key: string) => string | null, entries: readonly (readonly [string, string])[] = []): LinkRequest<P> {
  const over = (p: Record<string, unknown>) => runBudget(def, p as P);
  const decoded = decodeParams(def.schema, rules.fields, read, rules.base, def.id, def.ui, over);
  const notices = [...linkKeyNotices(def.id, rules.fields, entries), ...decoded.problems];
  let compare: LinkRequest<P>['compare'] = null;
  const abKey = read(queryKey(def.id, 'ab'));
  if (abKey !== null) {
    const field = rules.fields.find((f) => f.key === abKey);
    if (!field || !rules.compareKeys.includes(abKey)) notices.push(compareNotice(abKey, rules.fields, rules.compareKeys));
    else {
      const bRead = (k: string) => (k === queryKey(def.id, abKey) ? read(queryKey(def.id, 'b')) : null);
      const b = decodeParams(def.schema, [field], bRead, decoded.params, def.id, def.ui, over);
      notices.push(...b.problems.map((p) => `Lane B: ${p}`));
      compare = { key: abKey as keyof P & string, b: b.params };
    }
  }
  const actText = read(queryKey(def.id, 'act'));
  let scheduled: ActionAt[] = [];
  if (actText !== null) {
    const runMs = runEstimate(def, decoded.params)?.simMs;
    const formatTime = simTimeText(def, decoded.params);
    const log = decodeActionLog(actText, {
      allowed: rules.actionKinds,
      ...(rules.actionScope ? { scope: rules.actionScope(decoded.params) } : {}),
      ...(runMs !== undefined && Number.isFinite(runMs) ? { runMs, latestMs: runMs * RUN_MARGIN } : {}),
      formatTime,
    });
    notices.push(...log.problems);
    scheduled = log.actions;
  }
  const moment = decodeMoment(read(queryKey(def.id, 't')));
  if (moment.problem) notices.push(moment.problem);
  return { found: decoded.found || abKey !== null || actText !== null || moment.moment !== null, params: decoded.params, compare, scheduled, notices, moment: moment.moment };
}

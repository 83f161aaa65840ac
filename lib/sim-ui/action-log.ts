import type { SimAction } from '@/lib/sim/core/engine';
import type { ActionAt } from './definition';

/** The action kinds a model may accept (`act` returns false for the others). */
export type ActionKind = SimAction['type'];

/** An action with an optional sim time: "kill 2 at 5s" (timed) or "kill 2" (now). */
export interface PlannedAction {
  action: SimAction;
  atMs?: number;
}

function entryText({ atMs, action }: ActionAt): string {
  const what = action.type === 'add-server' ? 'add' : action.type === 'fault' ? action.fault : `${action.type}${action.server + 1}`;
  return `${what}@${atMs}`;
}

/**
 * The share-link form of a run's action log: `kill2@5000,revive2@8000,add@9000,cache-restart@12000`
 * (server numbers as the UI shows them, from 1; sim times in ms, exact). Null when there were no actions.
 *
 * @example
 * encodeActionLog([{ atMs: 5000, action: { type: 'kill', server: 1 } }]); // "kill2@5000"
 */
export function encodeActionLog(actions: readonly ActionAt[]): string | null {
  return actions.length ? [...actions].sort((a, b) => a.atMs - b.atMs).map(entryText).join(',') : null;
}

const LINK_ENTRY = /^(kill|revive)(\d{1,3})@(\d+(?:\.\d+)?(?:e[+-]?\d+)?)$|^add@(\d+(?:\.\d+)?(?:e[+-]?\d+)?)$|^(cache-restart|primary-fail)@(\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/;

/** What a setup lets a link's actions name (from its params; see `SimDefinition.actionScope`). */
export interface ActionScope {
  /** Servers at time 0, numbered 1…servers, that a kill or revive may name (absent: any number). */
  servers?: number;
  /** Most servers added servers can bring the count to (absent: adding does not change what kill and revive may name). */
  maxServers?: number;
  /** The faults this setup can take: a cache to restart, a primary to fail (absent: any). */
  faults?: readonly ('cache-restart' | 'primary-fail')[];
}

/** What a link's action log is checked against: the actions the simulation has, its setup and how long its run lasts. */
export interface ActionCheck {
  allowed: readonly ActionKind[];
  scope?: ActionScope;
  /** About how long the run lasts (sim ms), as the notice says it. */
  runMs?: number;
  /** Latest time an action may have and still happen (sim ms; default `runMs`). */
  latestMs?: number;
  /** Sim time as the learner reads it, e.g. `52 s` or `month 12`. */
  formatTime?: (ms: number) => string;
}

/** The link forms of the actions a simulation has, e.g. `kill2@5000 (kill server 2 at 5 s)`. */
const EXAMPLES: Record<ActionKind, string> = {
  kill: 'kill2@5000 (kill server 2 at 5 s)',
  revive: 'revive2@8000 (bring server 2 back at 8 s)',
  'add-server': 'add@9000 (add a server at 9 s)',
  fault: 'cache-restart@9000 or primary-fail@9000',
};
const examples = (allowed: readonly ActionKind[]) => (allowed.length ? allowed.map((k) => EXAMPLES[k]).join(', ') : 'none');

/** Why an action cannot happen in this setup (null when it can, as far as the setup alone says). */
function outOfScope(action: SimAction, atMs: number, adds: number, c: ActionCheck): string | null {
  const scope = c.scope ?? {};
  const latest = c.latestMs ?? c.runMs;
  if (latest !== undefined && atMs > latest) {
    const end = c.runMs ?? latest;
    return `comes after the run ends (at about ${c.formatTime ? c.formatTime(end) : `${Math.round(end).toLocaleString('en-US')} ms`})`;
  }
  if ((action.type === 'kill' || action.type === 'revive') && scope.servers !== undefined) {
    const count = Math.min(scope.servers + adds, Math.max(scope.servers, scope.maxServers ?? scope.servers));
    if (count === 0) return 'names a server, but this setup has no servers to kill or bring back';
    if (action.server >= count) return `names server ${action.server + 1}, but this setup has ${count} server${count === 1 ? '' : 's'}${adds ? ' by then' : ''} (1 to ${count})`;
  }
  if (action.type === 'add-server' && scope.servers !== undefined && scope.maxServers !== undefined && scope.servers + adds >= scope.maxServers)
    return `adds a server, but this setup already has the most it can (${scope.maxServers})`;
  if (action.type === 'fault' && scope.faults && !scope.faults.includes(action.fault))
    return action.fault === 'cache-restart' ? 'restarts the cache, but this setup has no cache' : 'fails the database primary, but this setup has no separate database';
  return null;
}

/**
 * Reads an action log from a link, entry by entry: entries the simulation can carry out are kept;
 * each other one is dropped with a sentence in the learner's words (not an action, an action this
 * simulation lacks, a server the setup does not have, a fault it cannot take, a time after the run
 * ends). Never throws.
 *
 * @example
 * decodeActionLog('kill2@5000,kill99@6000', { allowed: ['kill', 'revive'], scope: { servers: 4 } });
 * // { actions: [{ atMs: 5000, action: { type: 'kill', server: 1 } }], problems: ['The link’s action “kill99@6000” names server 99, but this setup has 4 servers (1 to 4); dropped'] }
 */
export function decodeActionLog(text: string, check: ActionCheck | readonly ActionKind[], maxEntries = 200): { actions: ActionAt[]; problems: string[] } {
  const c: ActionCheck = Array.isArray(check) ? { allowed: check as readonly ActionKind[] } : (check as ActionCheck);
  const parsed: { atMs: number; action: SimAction; text: string }[] = [];
  const problems: string[] = [];
  const entries = text.split(',').filter((e) => e.trim() !== '');
  const says = (e: string, why: string) => problems.push(`The link’s action “${e.length > 40 ? `${e.slice(0, 40)}…` : e}” ${why}; dropped`);
  for (const raw of entries.slice(0, maxEntries)) {
    const e = raw.trim();
    const m = LINK_ENTRY.exec(e);
    if (!m) {
      says(e, `is not an action this simulation knows (it takes ${examples(c.allowed)})`);
      continue;
    }
    const atMs = Number(m[3] ?? m[4] ?? m[6]);
    const action: SimAction = m[1] ? { type: m[1] as 'kill' | 'revive', server: Number(m[2]) - 1 } : m[5] ? { type: 'fault', fault: m[5] as 'cache-restart' | 'primary-fail' } : { type: 'add-server' };
    if (!Number.isFinite(atMs)) says(e, 'has a time that is not a number of ms');
    else if (!c.allowed.includes(action.type)) says(e, `is not something this simulation can do (it takes ${examples(c.allowed)})`);
    else if ((action.type === 'kill' || action.type === 'revive') && action.server < 0) says(e, 'names server 0, but servers are numbered from 1');
    else parsed.push({ atMs, action, text: e });
  }
  if (entries.length > maxEntries) problems.push(`The link has ${entries.length.toLocaleString('en-US')} actions; only the first ${maxEntries} are used`);
  // In time order: a kill may name a server an earlier add brought.
  const actions: ActionAt[] = [];
  let adds = 0;
  for (const p of parsed.sort((x, y) => x.atMs - y.atMs)) {
    const why = outOfScope(p.action, p.atMs, adds, c);
    if (why) says(p.text, why);
    else {
      if (p.action.type === 'add-server') adds++;
      actions.push({ atMs: p.atMs, action: p.action });
    }
  }
  return { actions, problems };
}

/**
 * An action in the learner's words, e.g. `kill server 2 at 5 s`, `restart the cache at 8:00`.
 *
 * @example
 * describeAction({ atMs: 5000, action: { type: 'kill', server: 1 } }, (ms) => `${ms / 1000} s`); // 'kill server 2 at 5 s'
 */
export function describeAction({ atMs, action }: ActionAt, formatTime: (ms: number) => string): string {
  const what =
    action.type === 'add-server'
      ? 'add a server'
      : action.type === 'fault'
        ? action.fault === 'cache-restart'
          ? 'restart the cache'
          : 'fail the database primary'
        : `${action.type === 'kill' ? 'kill' : 'bring back'} server ${action.server + 1}`;
  return `${what} at ${formatTime(atMs)}`;
}

/**
 * Why a logged action did not happen once the run got there, as the notice says it: the run had
 * ended, or the model could not carry it out at that moment.
 *
 * @param endMs when the run ended, if it has
 *
 * @example
 * missedActionNotice({ atMs: 60_000, action: { type: 'kill', server: 1 } }, 52_000, (ms) => `${ms / 1000} s`);
 * // 'The action “kill server 2 at 60 s” did not happen: the run ended at 52 s; dropped'
 */
export function missedActionNotice(entry: ActionAt, endMs: number | null, formatTime: (ms: number) => string): string {
  const a = entry.action;
  const why =
    endMs !== null && entry.atMs > endMs
      ? `the run ended at ${formatTime(endMs)}`
      : a.type === 'kill'
        ? `server ${a.server + 1} was not up then`
        : a.type === 'revive'
          ? `server ${a.server + 1} was not down then`
          : a.type === 'add-server'
            ? 'no more servers could be added'
            : a.fault === 'cache-restart'
              ? 'there was no cache to restart'
              : 'the primary was already down';
  return `The action “${describeAction(entry, formatTime)}” did not happen: ${why}; dropped`;
}

const PROSE_ENTRY = /^(kill|revive)\s+(?:server\s+)?(\d{1,3})(?:\s+at\s+(\d+(?:\.\d+)?)\s*(ms|s))?$|^add\s+(?:a\s+)?(server|shard)(?:\s+at\s+(\d+(?:\.\d+)?)\s*(ms|s))?$/i;
/** The whole-system model's faults in prose: "restart the cache", "fail the primary", optionally "at 500s". */
const PROSE_FAULT = /^(restart\s+(?:the\s+)?cache|fail\s+(?:the\s+)?primary)(?:\s+at\s+(\d+(?:\.\d+)?)\s*(ms|s))?$/i;

const toMs = (value: string | undefined, unit: string | undefined) => (value === undefined ? undefined : Number(value) * (unit?.toLowerCase() === 's' ? 1000 : 1));

/**
 * Parses the `act` text of a lesson's `<Try>`: actions separated by commas or "then", each
 * `kill 2`, `revive 2`, `add server`, `add shard`, `restart the cache` or `fail the primary`,
 * optionally `at 5s` / `at 500ms` (sim time).
 *
 * @example
 * parseTryActs('kill 2 at 5s, revive 2 at 8s').acts; // [{ action: { type: 'kill', server: 1 }, atMs: 5000 }, …]
 */
export function parseTryActs(text: string): { acts: PlannedAction[]; problems: string[] } {
  const acts: PlannedAction[] = [];
  const problems: string[] = [];
  for (const raw of text.split(/,|;|\bthen\b/i)) {
    const e = raw.trim();
    if (!e) continue;
    const f = PROSE_FAULT.exec(e);
    if (f?.[1]) {
      acts.push({ action: { type: 'fault', fault: /^restart/i.test(f[1]) ? 'cache-restart' : 'primary-fail' }, atMs: toMs(f[2], f[3]) });
      continue;
    }
    const m = PROSE_ENTRY.exec(e);
    if (!m) {
      problems.push(`"${e}" is not an action; write "kill 2", "revive 2", "add server", "add shard", "restart the cache" or "fail the primary", optionally with "at 5s"`);
      continue;
    }
    if (m[1]) {
      const server = Number(m[2]);
      if (server < 1) problems.push(`"${e}": servers are numbered from 1`);
      else acts.push({ action: { type: m[1].toLowerCase() as 'kill' | 'revive', server: server - 1 }, atMs: toMs(m[3], m[4]) });
    } else acts.push({ action: { type: 'add-server' }, atMs: toMs(m[6], m[7]) });
  }
  return { acts, problems };
}

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

function kindAllowed(kind: ActionKind, allowed: readonly ActionKind[], problems: string[], text: string): boolean {
  if (allowed.includes(kind)) return true;
  problems.push(`act: "${text}" is not an action this simulation has (allowed: ${allowed.length ? allowed.join(', ') : 'none'})`);
  return false;
}

/**
 * Reads an action log from a link, entry by entry: valid entries are kept, bad ones are dropped
 * and named in `problems`. Never throws.
 *
 * @example
 * decodeActionLog('kill2@5000,zap@1', ['kill', 'revive']);
 * // { actions: [{ atMs: 5000, action: { type: 'kill', server: 1 } }], problems: ['act: "zap@1" is not …'] }
 */
export function decodeActionLog(text: string, allowed: readonly ActionKind[], maxEntries = 200): { actions: ActionAt[]; problems: string[] } {
  const actions: ActionAt[] = [];
  const problems: string[] = [];
  const entries = text.split(',').filter((e) => e.trim() !== '');
  for (const raw of entries.slice(0, maxEntries)) {
    const e = raw.trim();
    const m = LINK_ENTRY.exec(e);
    if (!m) {
      problems.push(`act: "${e}" is not an action (write kill2@5000, revive2@8000, add@9000, cache-restart@9000 or primary-fail@9000)`);
      continue;
    }
    if (m[1]) {
      const kind = m[1] as 'kill' | 'revive';
      const server = Number(m[2]);
      const atMs = Number(m[3]);
      if (server < 1) problems.push(`act: "${e}": servers are numbered from 1`);
      else if (!Number.isFinite(atMs)) problems.push(`act: "${e}": the time must be a number of ms`);
      else if (kindAllowed(kind, allowed, problems, e)) actions.push({ atMs, action: { type: kind, server: server - 1 } });
    } else if (m[5]) {
      const atMs = Number(m[6]);
      const fault = m[5] as 'cache-restart' | 'primary-fail';
      if (!Number.isFinite(atMs)) problems.push(`act: "${e}": the time must be a number of ms`);
      else if (kindAllowed('fault', allowed, problems, e)) actions.push({ atMs, action: { type: 'fault', fault } });
    } else {
      const atMs = Number(m[4]);
      if (!Number.isFinite(atMs)) problems.push(`act: "${e}": the time must be a number of ms`);
      else if (kindAllowed('add-server', allowed, problems, e)) actions.push({ atMs, action: { type: 'add-server' } });
    }
  }
  if (entries.length > maxEntries) problems.push(`act: only the first ${maxEntries} actions are used`);
  return { actions: actions.sort((a, b) => a.atMs - b.atMs), problems };
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

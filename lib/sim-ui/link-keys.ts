import type { ParamInfo } from '@/lib/sim/params';
import { quote } from './link-notice';

/** The link keys a simulation reads besides its settings, and what a learner calls them. */
const EXTRA_KEYS: Record<string, string> = { ab: 'the compared setting', b: 'lane B’s value', act: 'the list of actions', t: 'the moment to open at' };

/** Edit distance up to `max` (more is reported as max + 1): typos like `requestss` are one away. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * Sentences about the link's own keys for one simulation: a key under its namespace that is no
 * setting (`queue.requestss`, `queue.REQUESTS`: ignored, with the setting it probably meant) and a
 * key given more than once (the first value is used, as the page reads it). Other namespaces and
 * other query keys are not this simulation's business.
 *
 * @param entries every key/value pair of the query, in order, duplicates included
 *
 * @example
 * linkKeyNotices('queue', fields, [['queue.requestss', '5000']]);
 * // ['The link’s “queue.requestss” is not a setting here (did you mean “Requests”, queue.requests?); ignored']
 */
export function linkKeyNotices(namespace: string, fields: readonly ParamInfo[], entries: readonly (readonly [string, string])[]): string[] {
  const prefix = `${namespace}.`;
  const labels = new Map<string, string>([...fields.map((f) => [f.key, quote(f.label)] as const), ...Object.entries(EXTRA_KEYS)]);
  const values = new Map<string, string[]>();
  for (const [key, value] of entries) if (key.startsWith(prefix)) values.set(key, [...(values.get(key) ?? []), value]);
  const out: string[] = [];
  for (const [key, given] of values) {
    const name = key.slice(prefix.length);
    const label = labels.get(name);
    if (label === undefined) {
      const near = [...labels.keys()].find((k) => k.toLowerCase() === name.toLowerCase()) ?? [...labels.keys()].find((k) => distance(k.toLowerCase(), name.toLowerCase(), 2) <= 2);
      const hint = near === undefined ? '' : ` (did you mean ${labels.get(near)}, ${prefix}${near}?)`;
      out.push(`The link’s ${quote(clipKey(key))} is not a setting here${hint}; ignored`);
    } else if (given.length > 1) {
      out.push(`The link gives ${label} ${given.length} times (${given.slice(0, 3).map((v) => quote(clipKey(v))).join(', ')}${given.length > 3 ? ', …' : ''}); using the first`);
    }
  }
  return out;
}

/** A key or value pasted into a link, cut to 40 characters. */
const clipKey = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

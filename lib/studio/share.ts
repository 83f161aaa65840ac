import '@/lib/zod-csp';
import { z } from 'zod';
import { designActionSchema, type Design, type DesignAction } from '@/lib/sim/design/schema';
import { readDraft } from './draft';

/**
 * Share links: the design, the faults applied during its run (at their exact simulated times) and
 * an optional B lane, as JSON compressed with the browser's own deflate (CompressionStream; no
 * library) in the URL's fragment, which never reaches the server. Opening the link replays the run:
 * same design, same seed, same actions, so the same p99 to the last digit.
 */

/** The link's fragment key: `/studio#d=…`. */
export const SHARE_KEY = 'd';
/** Most bytes a link may inflate to (a design is a few kB; this stops a crafted link from eating memory). */
const MAX_JSON_BYTES = 256_000;

/** A fault applied during the run, at its simulated time. */
export interface TimedAction {
  atMs: number;
  action: DesignAction;
}

/** What a link carries. */
export interface SharedRun {
  design: Design;
  actions: TimedAction[];
  /** Lane B of a comparison (its run settings are lane A's). */
  compare?: Design;
  /** True when the sender had run it: the page runs it to the end on opening. */
  run: boolean;
}

const timedActionSchema = z.strictObject({ atMs: z.number().finite().min(0), action: designActionSchema });
const payloadSchema = z.strictObject({ v: z.literal(1), design: z.unknown(), actions: z.array(z.unknown()).max(200).default([]), compare: z.unknown().optional(), run: z.boolean().default(false) });

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The fragment value that carries this run (`d=` is added by the caller).
 *
 * @example
 * const link = `${location.origin}/studio#d=${await encodeShare({ design, actions: [], run: true })}`;
 */
export async function encodeShare(s: SharedRun): Promise<string> {
  const json = JSON.stringify({ v: 1, design: s.design, actions: s.actions, ...(s.compare ? { compare: s.compare } : {}), run: s.run });
  return toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/** A link read: the run, or why it could not be used (in words). */
export type ShareRead = { ok: true; shared: SharedRun; problems: string[] } | { ok: false; problems: string[] };

/**
 * Reads a share link's value. The design is checked like an imported file; bad actions are dropped
 * and named in `problems`, the rest still apply. Never throws.
 *
 * @example
 * (await decodeShare('garbage')).problems[0]; // 'The link is damaged (it could not be unpacked); …'
 */
export async function decodeShare(text: string): Promise<ShareRead> {
  let value: unknown;
  try {
    const bytes = await pipe(fromBase64Url(text.trim()), new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { ok: false, problems: ['The link is damaged (it could not be unpacked); check that it was copied whole'] };
  }
  const p = payloadSchema.safeParse(value);
  if (!p.success) return { ok: false, problems: ['The link is not a studio link of this version'] };
  const design = readDraft(p.data.design);
  if (!design.ok) return { ok: false, problems: design.problems.map((x) => `The link's design: ${x}`) };
  const problems: string[] = [];
  const actions: TimedAction[] = [];
  p.data.actions.forEach((a, i) => {
    const r = timedActionSchema.safeParse(a);
    if (r.success) actions.push(r.data);
    else problems.push(`fault ${i + 1} of the link was left out: ${r.error.issues[0]?.message ?? 'not a fault'}`);
  });
  let compare: Design | undefined;
  if (p.data.compare !== undefined) {
    const b = readDraft(p.data.compare);
    if (b.ok) compare = { ...b.design, run: design.design.run };
    else problems.push(`the link's B lane was left out: ${b.problems[0] ?? 'not a design'}`);
  }
  return { ok: true, shared: { design: design.design, actions: actions.sort((a, b) => a.atMs - b.atMs), ...(compare ? { compare } : {}), run: p.data.run }, problems };
}

import '@/lib/zod-csp';
import { z } from 'zod';
import type { WebStorage } from '@/lib/progress/storage';
import type { Design } from '@/lib/sim/design/schema';
import { readDraft } from './draft';

/**
 * The studio's designs in the browser: the one being drawn (autosaved under the page's key) and the
 * learner's named saves (one list under {@link SAVES_KEY}). Every write reports whether the browser
 * kept it, so the studio can say so where the learner acted; unreadable data is copied aside under
 * a backup key before anything is written over it, never silently dropped.
 */

/** Default key of the design being drawn (a problem page passes its own). */
export const AUTOSAVE_KEY = 'prepup-studio';
/** Key of the named saves. */
export const SAVES_KEY = 'prepup-studio-saves';
/** Prefix of the keys that keep unreadable studio data. */
export const STUDIO_BACKUP_PREFIX = 'prepup-studio-backup-';

/** Why a write did not reach the browser's storage. */
export type NotSaved = 'full' | 'blocked';
/** A write's outcome, for the learner: saved, or not and why. */
export type WriteOutcome = { saved: true } | { saved: false; reason: NotSaved };

/** 'full' for a quota error (every browser's name for it), else 'blocked'. */
export function notSavedReason(error: unknown): NotSaved {
  const e = error as { name?: unknown; code?: unknown } | null;
  const quota = e !== null && typeof e === 'object' && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014);
  return quota ? 'full' : 'blocked';
}

/** The end of "… was not saved: <this>". */
export function notSavedText(reason: NotSaved): string {
  return reason === 'full' ? 'your browser’s storage for this site is full' : 'this browser does not let this site keep data (private browsing or a site setting)';
}

function write(web: WebStorage, key: string, value: string): WriteOutcome {
  try {
    web.setItem(key, value);
    return { saved: true };
  } catch (err) {
    return { saved: false, reason: notSavedReason(err) };
  }
}

/** Something unreadable that was set aside: where the copy is (null when there was no room for one). */
export interface SetAsideNote {
  message: string;
  backupKey: string | null;
}

/** Copies unreadable text under a backup key; the original stays when no copy could be made. */
function setAside(web: WebStorage, key: string, raw: string, why: string, now: Date): SetAsideNote {
  const backupKey = `${STUDIO_BACKUP_PREFIX}${key}-${now.toISOString()}`;
  try {
    web.setItem(backupKey, raw);
    web.removeItem(key);
    return { backupKey, message: `${why} A copy is kept in this browser under “${backupKey}”.` };
  } catch {
    return { backupKey: null, message: `${why} There was no room to keep a copy, so it was left where it was.` };
  }
}

const autosaveSchema = z.strictObject({ savedAt: z.string(), design: z.unknown() });

/** What the autosave held: a design, nothing, or something unreadable (now set aside). */
export type AutosaveRead = { design: Design | null; aside: SetAsideNote | null };

/**
 * Reads the autosaved design under `key`.
 *
 * @example
 * readAutosave(localStorage, 'prepup-studio').design?.name;
 */
export function readAutosave(web: WebStorage, key: string, now = new Date()): AutosaveRead {
  let raw: string | null;
  try {
    raw = web.getItem(key);
  } catch {
    return { design: null, aside: null };
  }
  if (raw === null) return { design: null, aside: null };
  let why: string;
  try {
    const env = autosaveSchema.safeParse(JSON.parse(raw));
    const d = env.success ? readDraft(env.data.design) : null;
    if (d?.ok) return { design: d.design, aside: null };
    why = `The design saved in this browser could not be read${d && !d.ok ? ` (${d.problems[0]})` : ''}, so the studio started afresh.`;
  } catch {
    why = 'The design saved in this browser is not valid JSON, so the studio started afresh.';
  }
  return { design: null, aside: setAside(web, key, raw, why, now) };
}

/** Saves the design being drawn. */
export function writeAutosave(web: WebStorage, key: string, d: Design, now = new Date()): WriteOutcome {
  return write(web, key, JSON.stringify({ savedAt: now.toISOString(), design: d }));
}

/** One named save. */
export interface NamedSave {
  name: string;
  savedAt: string;
  design: Design;
}

const savesSchema = z.array(z.strictObject({ name: z.string().min(1).max(80), savedAt: z.string(), design: z.unknown() })).max(200);

/** The named saves, newest first (a save whose design cannot be read is left out and reported). */
export function readSaves(web: WebStorage, now = new Date()): { saves: NamedSave[]; aside: SetAsideNote | null } {
  let raw: string | null;
  try {
    raw = web.getItem(SAVES_KEY);
  } catch {
    return { saves: [], aside: null };
  }
  if (raw === null) return { saves: [], aside: null };
  try {
    const list = savesSchema.safeParse(JSON.parse(raw));
    if (list.success) {
      const saves = list.data.flatMap((s) => {
        const d = readDraft(s.design);
        return d.ok ? [{ name: s.name, savedAt: s.savedAt, design: d.design }] : [];
      });
      if (saves.length === list.data.length) return { saves: saves.sort((a, b) => b.savedAt.localeCompare(a.savedAt)), aside: null };
    }
  } catch {
    // not JSON: set aside below
  }
  return { saves: [], aside: setAside(web, SAVES_KEY, raw, 'Your saved designs could not be read, so the list starts empty.', now) };
}

/**
 * Adds or replaces (by name) a named save. Refuses to write over a list it could not read.
 *
 * @example
 * saveNamed(localStorage, 'with a cache', design).outcome.saved; // true
 */
export function saveNamed(web: WebStorage, name: string, d: Design, now = new Date()): { outcome: WriteOutcome; saves: NamedSave[]; aside: SetAsideNote | null } {
  const { saves, aside } = readSaves(web, now);
  if (aside && aside.backupKey === null) return { outcome: { saved: false, reason: 'full' }, saves, aside };
  const next = [{ name, savedAt: now.toISOString(), design: d }, ...saves.filter((s) => s.name !== name)];
  const outcome = write(web, SAVES_KEY, JSON.stringify(next));
  return { outcome, saves: outcome.saved ? next : saves, aside };
}

/** Deletes a named save. */
export function deleteNamed(web: WebStorage, name: string): { outcome: WriteOutcome; saves: NamedSave[] } {
  const { saves, aside } = readSaves(web);
  if (aside) return { outcome: { saved: true }, saves };
  const next = saves.filter((s) => s.name !== name);
  const outcome = write(web, SAVES_KEY, JSON.stringify(next));
  return { outcome, saves: outcome.saved ? next : saves };
}

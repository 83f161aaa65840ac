import type { PersistStorage } from 'zustand/middleware';
import { z } from 'zod';
import { readProgressText, toEnvelope } from './migrate';
import { PROGRESS_VERSION, type ProgressData } from './schema';

/** localStorage key of the saved progress. */
export const PROGRESS_KEY = 'prepup-progress';
/** Key of the notice shown after unreadable progress was set aside (kept until dismissed, across reloads). */
export const NOTICE_KEY = 'prepup-progress-notice';
/** Prefix of the keys that keep unreadable progress, one per incident. */
export const BACKUP_PREFIX = 'prepup-progress-backup-';

/** The subset of the Web Storage API we use (an in-memory map in tests). */
export type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Why saved progress was set aside, and where the original text is kept. */
export const recoveryNoticeSchema = z.strictObject({
  reason: z.string(),
  /** null when the copy could not be written either (storage full). */
  backupKey: z.string().nullable(),
  at: z.string(),
});
export type RecoveryNotice = z.infer<typeof recoveryNoticeSchema>;

/** Reads the pending recovery notice, if any (a damaged notice is simply dropped). */
export function readNotice(web: WebStorage): RecoveryNotice | null {
  try {
    const raw = web.getItem(NOTICE_KEY);
    if (!raw) return null;
    const parsed = recoveryNoticeSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets the recovery notice (the backup itself stays). */
export function clearNotice(web: WebStorage): void {
  try {
    web.removeItem(NOTICE_KEY);
  } catch {
    // storage unavailable: nothing to clear
  }
}

/** Moves unreadable text to a backup key and records a notice; never throws. */
function setAside(web: WebStorage, name: string, raw: string, reason: string, now: Date): void {
  const at = now.toISOString();
  let backupKey: string | null = `${BACKUP_PREFIX}${at}`;
  try {
    web.setItem(backupKey, raw);
    // Only drop the original once its copy exists.
    web.removeItem(name);
  } catch {
    backupKey = null;
  }
  try {
    web.setItem(NOTICE_KEY, JSON.stringify({ reason, backupKey, at } satisfies RecoveryNotice));
  } catch {
    // storage full or blocked: the in-memory store still shows the notice this session
  }
}

/** The progress storage, plus whether its last write reached the browser storage. */
export type ProgressStorage = PersistStorage<ProgressData> & {
  /** False after a write the browser refused (storage full or blocked); true again after one that worked. */
  lastWriteSaved(): boolean;
};

/**
 * The zustand persist storage for progress: reads any known version (migrating and writing it
 * back), sets unreadable or unknown data aside under a backup key with a notice, and swallows
 * storage errors (private mode, quota) so the page keeps working from memory — `lastWriteSaved()`
 * tells the caller when a change lives only in memory.
 *
 * @example
 * persist(creator, { name: PROGRESS_KEY, storage: createProgressStorage(window.localStorage) });
 */
export function createProgressStorage(web: WebStorage, clock: () => Date = () => new Date()): ProgressStorage {
  let saved = true;
  return {
    lastWriteSaved: () => saved,
    getItem(name) {
      let raw: string | null;
      try {
        raw = web.getItem(name);
      } catch {
        return null;
      }
      if (raw === null) return null;
      const result = readProgressText(raw);
      if (!result.ok) {
        setAside(web, name, raw, `Your saved progress could not be read: ${result.reason}.`, clock());
        return null;
      }
      if (result.migratedFrom !== undefined) {
        try {
          web.setItem(name, JSON.stringify(toEnvelope(result.data)));
        } catch {
          // keep the old format on disk; it is migrated again next time
        }
      }
      return { state: result.data, version: PROGRESS_VERSION };
    },
    setItem(name, value) {
      try {
        web.setItem(name, JSON.stringify(toEnvelope(value.state)));
        saved = true;
      } catch {
        // quota or private mode: progress lives in memory for this visit
        saved = false;
      }
    },
    removeItem(name) {
      try {
        web.removeItem(name);
      } catch {
        // nothing to remove
      }
    },
  };
}

/** A Map-backed WebStorage, for the server render and for tests. */
export function memoryStorage(initial: Record<string, string> = {}): WebStorage & { dump(): Record<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    dump: () => Object.fromEntries(map),
  };
}

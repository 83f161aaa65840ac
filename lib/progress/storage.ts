import type { PersistStorage } from 'zustand/middleware';
import { z } from 'zod';
import { readProgressText, toEnvelope } from './migrate';
import { PROGRESS_VERSION, type ProgressData } from './schema';
import { notSavedReason, publishAsides, publishInSync, publishWrite, type SaveOutcome, type SaveStatusStore, type SetAside } from './status';

/** localStorage key of the saved progress. */
export const PROGRESS_KEY = 'prepup-progress';
/** Key of the notices of what was set aside (kept until dismissed, across reloads). */
export const NOTICE_KEY = 'prepup-progress-notice';
/** Prefix of the keys that keep unreadable progress, one per incident. */
export const BACKUP_PREFIX = 'prepup-progress-backup-';

/** The subset of the Web Storage API we use (an in-memory map in tests). */
export type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A notice as saved: only items whose copy was written are saved (a held one lives in memory). */
const savedAsideSchema = z.strictObject({
  id: z.string(),
  what: z.enum(['progress', 'interview']),
  reason: z.string(),
  backupKey: z.string().nullable(),
  at: z.string(),
  fileName: z.string(),
});
/** What releases before this one saved: one notice about progress. */
const legacyNoticeSchema = z.strictObject({ reason: z.string(), backupKey: z.string().nullable(), at: z.string() });

/** The saved notices (a damaged list is simply dropped: the copies themselves stay). */
export function readNotices(web: WebStorage): SetAside[] {
  try {
    const raw = web.getItem(NOTICE_KEY);
    if (!raw) return [];
    const value: unknown = JSON.parse(raw);
    const legacy = legacyNoticeSchema.safeParse(value);
    if (legacy.success) {
      const { backupKey, at, reason } = legacy.data;
      return [{ id: backupKey ?? `progress-${at}`, what: 'progress', reason, backupKey, at, held: false, fileName: `${backupKey ?? 'prepup-progress-backup'}.json` }];
    }
    const list = z.array(savedAsideSchema).safeParse(value);
    return list.success ? list.data.map((a) => ({ ...a, held: false })) : [];
  } catch {
    return [];
  }
}

/** Writes the notices; throws when the browser refuses. */
function writeNotices(web: WebStorage, list: readonly SetAside[]): void {
  if (list.length === 0) return web.removeItem(NOTICE_KEY);
  web.setItem(NOTICE_KEY, JSON.stringify(list.map(({ id, what, reason, backupKey, at, fileName }) => ({ id, what, reason, backupKey, at, fileName }))));
}

/** Forgets a saved notice (its copy stays). Never throws. */
export function forgetNotice(web: WebStorage, id: string): void {
  try {
    writeNotices(web, readNotices(web).filter((a) => a.id !== id));
  } catch {
    // storage blocked: the notice comes back next visit
  }
}

/**
 * Keeps `text` aside: a copy under `backupKey` and a notice saying so, both in storage. If either
 * cannot be written (storage full), neither is kept and the item is `held`: its text stays in
 * memory for the learner to download, and the caller must leave the original where it is.
 * Never throws; publishes the item to `status`.
 */
export function keepAside(web: WebStorage, status: SaveStatusStore, item: Omit<SetAside, 'held' | 'text' | 'backupKey'> & { backupKey: string; text: string }): SetAside {
  const { text, ...rest } = item;
  const kept: SetAside = { ...rest, held: false };
  let copied = false;
  try {
    web.setItem(item.backupKey, text);
    copied = true;
    writeNotices(web, [...readNotices(web).filter((a) => a.id !== item.id), kept]);
    publishAsides(status, [kept]);
    return kept;
  } catch {
    if (copied) {
      try {
        web.removeItem(item.backupKey);
      } catch {
        // nothing more to free
      }
    }
    const held: SetAside = { ...rest, backupKey: null, held: true, text };
    publishAsides(status, [held]);
    return held;
  }
}

/** The progress storage: zustand's persist storage, plus what the store needs to report and release. */
export type ProgressStorage = PersistStorage<ProgressData> & {
  /** Writes `data` now and returns the outcome (also published to the status). */
  write(data: ProgressData): SaveOutcome;
  /** Lets writes go over progress that could not be read (it was downloaded, or the learner chose to start fresh). */
  release(): void;
};

/**
 * The zustand persist storage for progress. Reads any known version (migrating and writing it
 * back). Unreadable data is set aside under a backup key with a notice; when the browser has no
 * room for the copy, the original is HELD: it stays in place and no write goes over it until the
 * learner downloads it or starts fresh. Every write publishes its outcome to `status` (storage
 * full, blocked or held), and storage errors never throw, so the page keeps working from memory.
 *
 * @example
 * persist(creator, { name: PROGRESS_KEY, storage: createProgressStorage(window.localStorage, saveStatus) });
 */
export function createProgressStorage(web: WebStorage, status: SaveStatusStore, clock: () => Date = () => new Date()): ProgressStorage {
  /** The unreadable text that must not be overwritten yet, or null. */
  let held: string | null = null;

  const setAside = (name: string, raw: string, reason: string) => {
    const at = clock().toISOString();
    const backupKey = `${BACKUP_PREFIX}${at}`;
    const aside = keepAside(web, status, { id: backupKey, what: 'progress', reason, backupKey, at, text: raw, fileName: `${backupKey}.json` });
    if (aside.held) {
      held = raw;
      return;
    }
    try {
      // Only drop the original once its copy and the notice exist.
      web.removeItem(name);
    } catch {
      // blocked: it is set aside again next time
    }
  };

  const write = (name: string, data: ProgressData): SaveOutcome => {
    if (held !== null) return publishWrite(status, 'held');
    try {
      web.setItem(name, JSON.stringify(toEnvelope(data)));
      return publishWrite(status, null);
    } catch (e) {
      return publishWrite(status, notSavedReason(e));
    }
  };

  return {
    getItem(name) {
      let raw: string | null;
      try {
        raw = web.getItem(name);
      } catch {
        return null;
      }
      publishAsides(status, readNotices(web));
      if (raw === null || raw === held) return null;
      const result = readProgressText(raw);
      if (!result.ok) {
        setAside(name, raw, `Your saved progress could not be read: ${result.reason}.`);
        return null;
      }
      held = null;
      publishInSync(status);
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
      write(name, value.state);
    },
    removeItem(name) {
      try {
        web.removeItem(name);
      } catch {
        // nothing to remove
      }
    },
    write: (data) => write(PROGRESS_KEY, data),
    release() {
      held = null;
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

/** Storage that keeps nothing (localStorage missing or blocked): every write is reported as not saved. */
export function unavailableStorage(): WebStorage {
  const refuse = () => {
    throw new DOMException('This browser keeps no data for this site.', 'SecurityError');
  };
  return { getItem: () => null, setItem: refuse, removeItem: () => {} };
}

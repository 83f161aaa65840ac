'use client';

import { useEffect, useState } from 'react';
import type { Design } from '@/lib/sim/design/schema';
import { starterDesign } from '@/lib/studio/blank';
import { readAutosave, saveNamed } from '@/lib/studio/saves';
import { decodeShare, SHARE_KEY, type SharedRun } from '@/lib/studio/share';
import { browserStorage } from './storage';

/** Where the studio starts: the design, what it had to say about it, and a shared run to replay. */
export interface InitialDesign {
  design: Design;
  notices: string[];
  shared: SharedRun | null;
}

/** The share link's value in the page's fragment (`#d=…`), if any. */
function linkValue(): string | null {
  const hash = window.location.hash.replace(/^#/, '');
  return new URLSearchParams(hash).get(SHARE_KEY);
}

/**
 * Picks the studio's first design, in the browser: a share link in the URL (when `readLink`), else
 * the design autosaved under `storageKey`, else `initial`, else a starter. Opening a link keeps the
 * learner's own autosaved design as a named save first, so a link never costs them their work.
 * Null while a link is being unpacked.
 */
/** A page's own way to turn its URL into a run to open (the chapter 5 figures' links), else null. */
export type OpenLink = () => Promise<{ shared: SharedRun; problems: string[] } | null>;

export function useInitialDesign(initial: Design | undefined, storageKey: string | null, readLink: boolean, openLink: OpenLink | undefined, onStart: (d: Design) => void): InitialDesign | null {
  const [state, setAll] = useState<InitialDesign | null>(null);
  useEffect(() => {
    let live = true;
    // the design goes to the store in the same tick as `ready`, so no frame shows the old one as ready
    const setState = (s: InitialDesign) => {
      onStart(s.design);
      setAll(s);
    };
    const fromStorage = (notices: string[]): InitialDesign => {
      const saved = storageKey === null ? { design: null, aside: null } : readAutosave(browserStorage(), storageKey);
      return { design: saved.design ?? initial ?? starterDesign(), notices: saved.aside ? [...notices, saved.aside.message] : notices, shared: null };
    };
    const text = readLink ? linkValue() : null;
    const read = async () => {
      if (text !== null) return decodeShare(text);
      const own = await openLink?.();
      return own ? { ok: true as const, ...own } : null;
    };
    void read().then((r) => {
      if (!live) return;
      if (r === null) return setState(fromStorage([]));
      if (!r.ok) return setState(fromStorage([`The link could not be opened, so the studio shows your last design: ${r.problems.join('; ')}.`]));
      const notices = [...r.problems];
      if (storageKey !== null) {
        const own = readAutosave(browserStorage(), storageKey).design;
        if (own && JSON.stringify(own) !== JSON.stringify(r.shared.design)) {
          const name = `${own.name} (before opening a link, ${new Date().toISOString().slice(0, 16).replace('T', ' ')})`;
          const kept = saveNamed(browserStorage(), name, own);
          notices.push(kept.outcome.saved ? `Your own design is kept as “${name}” (Files → Open)` : `Your own design could not be kept as a named save; download it before you change this one`);
        }
      }
      setState({ design: r.shared.design, notices, shared: r.shared });
      // a reload shows the learner's work from here on, not the link again (a lesson's way back stays)
      const keep = new URLSearchParams([...new URLSearchParams(window.location.search)].filter(([k]) => k === 'from' || k === 'fromTitle'));
      window.history.replaceState(window.history.state, '', window.location.pathname + (keep.size ? `?${keep}` : ''));
    });
    return () => void (live = false);
  }, [initial, storageKey, readLink, openLink, onStart]);
  return state;
}

'use client';

import { useState } from 'react';
import { useSimStoreApi } from '@/components/sims/framework/context';
import type { DesignParams } from '@/components/sims/design/definition';
import type { DesignSnapshot } from '@/lib/sim/design';
import { encodeShare, SHARE_KEY } from '@/lib/studio/share';
import { useStudioApi } from '../context';
import { btn } from '../styles';
import { asDesignAction } from './RunSync';

/** The studio page a share link opens (an embedded studio's links open the studio page). */
const STUDIO_PATH = '/studio';

/**
 * "Copy link to this run": the design, the faults applied at their simulated times and the B lane,
 * compressed into the link's fragment. Opening it runs the same day to the end: the same numbers.
 */
export function ShareRun() {
  const studio = useStudioApi();
  const run = useSimStoreApi<DesignParams, DesignSnapshot>();
  const [said, setSaid] = useState<string | null>(null);
  const linkFor = async () => {
    const s = run.getState();
    const design = studio.getState().design;
    const compare = s.b ? s.params.design : undefined;
    const actions = [...s.actions, ...s.scheduled].map((a) => ({ atMs: a.atMs, action: asDesignAction(a.action) }));
    const value = await encodeShare({ design, actions, ...(compare ? { compare } : {}), run: s.done || s.simTimeMs > 0 });
    return `${window.location.origin}${STUDIO_PATH}#${SHARE_KEY}=${value}`;
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={btn}
        onClick={async () => {
          const link = await linkFor();
          try {
            await navigator.clipboard.writeText(link);
            setSaid('Link copied: it opens this design and replays this run, faults included.');
          } catch {
            setSaid(`Copy this link: ${link}`);
          }
        }}
      >
        Copy link to this run
      </button>
      <output className="min-w-0 text-sm text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300" aria-live="polite">
        {said}
      </output>
    </div>
  );
}

'use client';

import { useCallback, useState } from 'react';
import type { Design } from '@/lib/sim/design/schema';
import { starterDesign } from '@/lib/studio/blank';
import { FromLesson } from '../sims/framework/FromLesson';
import { exampleDesigns } from './examples';
import { Studio } from './Studio';
import type { StartingPoint } from './Toolbar';

/** Where /playground/system keeps its autosave (apart from /studio's own drawing). */
export const CRUMB_STUDIO_KEY = 'prepup-studio-crumb';

/**
 * /playground/system: the studio opened on Crumb & Co's shop, with each of its six stages under
 * Files → Open. A chapter 5 figure's "Open in the studio" link (its settings and faults in the
 * query, as every playground link) opens that figure's shop and replays its faults.
 */
export function SystemStudio({ crumb, stages }: { crumb: Design; stages: StartingPoint[] }) {
  const [starts] = useState(() => [...stages, { label: 'A blank design', design: starterDesign() }, ...exampleDesigns()]);
  const openLink = useCallback(async () => {
    const q = new URLSearchParams(window.location.search);
    if (![...q.keys()].some((k) => k.startsWith('system.'))) return null;
    const { systemLinkRun } = await import('./system-link');
    return systemLinkRun((k) => q.get(k));
  }, []);
  return <Studio initialDesign={crumb} storageKey={CRUMB_STUDIO_KEY} readLink openLink={openLink} startingPoints={starts} header={<FromLesson />} />;
}

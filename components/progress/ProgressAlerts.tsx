'use client';

import { lazy, Suspense, useState } from 'react';
import { useSaveStatus } from './NotSaved';

const View = lazy(() => import('./ProgressAlertsView'));

/**
 * Page-wide progress alerts, in the root layout, so whichever page sets progress aside or fails to
 * save it (a lesson, a playground, practice) says so. First load is only a listener on the small
 * save status; the notices themselves load the first time there is something to show, and stay
 * mounted so a dismissal is remembered.
 */
export function ProgressAlerts() {
  const needed = useSaveStatus((s) => s.asides.length > 0 || s.unclaimed !== null);
  const [loaded, setLoaded] = useState(false);
  if (needed && !loaded) setLoaded(true);
  if (!loaded) return null;
  return (
    <Suspense fallback={null}>
      <View />
    </Suspense>
  );
}

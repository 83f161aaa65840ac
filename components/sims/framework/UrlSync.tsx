'use client';

import { parseAsString, useQueryStates } from 'nuqs';
import { useEffect, useMemo, useRef } from 'react';
import { queryKey } from '@/lib/sim-ui/url-state';
import { useSim, useSimStoreApi } from './context';

/**
 * Keeps the URL query in step with this simulation (playground pages): reads a shared link once
 * on mount through the model schema, then writes every change of params or A/B lane (replace,
 * throttled), including the action log (`queue.act`) and, while paused or finished, the moment
 * (`queue.t`), so the address bar opens where the learner stopped. Keys are namespaced by
 * simulation id (`queue.workers`), so sims never collide.
 */
export function UrlSync() {
  const api = useSimStoreApi();
  const id = useSim((s) => s.def.id);
  const fields = useSim((s) => s.fields);
  const keys = useMemo(
    () => Object.fromEntries([...fields.map((f) => queryKey(id, f.key)), queryKey(id, 'ab'), queryKey(id, 'b'), queryKey(id, 'act'), queryKey(id, 't')].map((k) => [k, parseAsString])),
    [fields, id],
  );
  const [values, setValues] = useQueryStates(keys, { history: 'replace', shallow: true, throttleMs: 300, scroll: false });
  const loaded = useRef(false);

  useEffect(() => {
    if (loaded.current) return;
    loaded.current = true;
    // Every pair of the address too, so keys this simulation does not have, or has twice, are reported.
    api.getState().loadFromUrl((k) => values[k] ?? null, [...new URLSearchParams(window.location.search)]);
  }, [api, values]);

  useEffect(
    () =>
      api.subscribe((s, prev) => {
        const stopped = !s.playing && !s.busy;
        const wasStopped = !prev.playing && !prev.busy;
        if (s.params !== prev.params || s.compareKey !== prev.compareKey || s.b?.params !== prev.b?.params || s.actions !== prev.actions || s.scheduled !== prev.scheduled || stopped !== wasStopped || (stopped && s.simTimeMs !== prev.simTimeMs)) {
          // a running clock is not written (it would change the address every frame)
          const entries = s.urlEntries();
          if (!stopped) entries[queryKey(s.def.id, 't')] = null;
          void setValues(entries);
        }
      }),
    [api, setValues],
  );
  return null;
}

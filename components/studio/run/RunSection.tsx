'use client';

import { useCallback, useState } from 'react';
import { SimStoreProvider } from '@/components/sims/framework/context';
import { designRunSim } from '@/components/sims/design/definition';
import type { Design } from '@/lib/sim/design';
import type { SharedRun } from '@/lib/studio/share';
import { useStudio } from '../context';
import { sameDesign } from './CompareBar';
import { RunDetails } from './RunDetails';
import { RunStrip } from './RunStrip';
import { RunSync } from './RunSync';
import type { RunResult } from './types';

/**
 * Running the design: the framework's run store (transport, worker, A/B lanes, action log) on the
 * design model, kept in step with the studio's design. Loaded after the editor.
 */
export function RunSection({ shared, onRunResult }: { shared: SharedRun | null; onRunResult?: (r: RunResult) => void }) {
  const checked = useStudio((s) => s.checked);
  // the designs of the last two different finished runs: "compare with the version you ran before"
  const [ran, setRan] = useState<Design[]>([]);
  const onFinished = useCallback((d: Design) => setRan((list) => (list.length && sameDesign(list[list.length - 1]!, d) ? list : [...list, d].slice(-2))), []);
  return (
    <SimStoreProvider def={designRunSim} props={checked.ok ? { design: checked.design } : {}}>
      <RunSync shared={shared} onRunResult={onRunResult} onFinished={onFinished} />
      <section aria-label="Run" className="flex min-w-0 flex-col gap-3">
        <RunStrip />
        <RunDetails ran={ran} />
      </section>
    </SimStoreProvider>
  );
}

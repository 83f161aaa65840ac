'use client';

import { useState } from 'react';
import { SimStoreProvider } from '@/components/sims/framework/context';
import { designRunSim } from '@/components/sims/design/definition';
import type { Design } from '@/lib/sim/design';
import type { SharedRun } from '@/lib/studio/share';
import { useStudio } from '../context';
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
  // the design of the last finished run: "compare with the version before your change"
  const [ran, setRan] = useState<Design | null>(null);
  return (
    <SimStoreProvider def={designRunSim} props={checked.ok ? { design: checked.design } : {}}>
      <RunSync shared={shared} onRunResult={onRunResult} onFinished={setRan} />
      <section aria-label="Run" className="flex min-w-0 flex-col gap-3">
        <RunStrip />
        <RunDetails ran={ran} />
      </section>
    </SimStoreProvider>
  );
}

'use client';

import { useSim } from '@/components/sims/framework/context';
import { LiveChart } from '@/components/sims/framework/LiveChart';
import type { Design } from '@/lib/sim/design';
import { useStudio } from '../context';
import { useRunMatchesDesign } from './useRunMatchesDesign';
import { CompareBar } from './CompareBar';
import { FaultBar } from './FaultBar';
import { ShareRun } from './ShareRun';
import { Bill, ClassTable, ComponentTable } from './Tables';

/**
 * Below the headline numbers: faults to apply, A/B compare, the share link, the charts, and the
 * tables (per class, per component with theory, the bill), which appear once there is a run to
 * show (no number before it is one).
 */
export function RunDetails({ ran }: { ran: Design[] }) {
  const ok = useStudio((s) => s.checked.ok);
  const started = useSim((s) => s.simTimeMs > 0 || s.done);
  const inStep = useRunMatchesDesign();
  if (!ok || !inStep) return null;
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <FaultBar />
      <CompareBar ran={ran} />
      <ShareRun />
      {started && (
        <>
          <div className="grid min-w-0 grid-cols-1 gap-4 @3xl:grid-cols-2">
            <LiveChart chartId="traffic" />
            <LiveChart chartId="latency" />
          </div>
          <ClassTable />
          <ComponentTable />
          <Bill />
        </>
      )}
    </div>
  );
}

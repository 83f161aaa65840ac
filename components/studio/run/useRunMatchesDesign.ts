'use client';

import { useSim } from '@/components/sims/framework/context';
import type { DesignParams } from '@/components/sims/design/definition';
import { useStudio } from '../context';
import { sameDesign } from './CompareBar';

/**
 * True when the run holds the design on the canvas (lane B's while comparing, which runs on lane
 * A's settings). False after the page refused a design (over its work budget): the run still
 * holds the previous one, and nothing may show its numbers as this design's.
 */
export function useRunMatchesDesign(): boolean {
  const checked = useStudio((s) => s.checked);
  const comparing = useSim((s) => s.b !== null);
  const lane = useSim((s) => ((s.b?.params ?? s.params) as DesignParams).design);
  if (!checked.ok) return false;
  return sameDesign(comparing ? { ...checked.design, run: lane.run } : checked.design, lane);
}

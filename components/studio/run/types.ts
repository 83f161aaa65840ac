import type { Design, DesignResult } from '@/lib/sim/design';
import type { TimedAction } from '@/lib/studio/share';

/**
 * A finished run, as the studio reports it to its page (a problem's grader, a mock interview):
 * the design that ran, the faults applied during it at their simulated times, and its numbers.
 */
export interface RunResult {
  design: Design;
  actions: TimedAction[];
  metrics: Omit<DesignResult, 'series'>;
}

import type { ComponentKind, StepOp } from '@/lib/sim/design/schema';

/**
 * What the path editor offers at a step, by the kind of component it visits: the operations that
 * make sense there and whether the step carries its own time. The validation (checks.ts) is the
 * authority; steps.test.ts holds this table to it, kind by kind.
 */
export const STEP_RULES: Record<Exclude<ComponentKind, 'client'>, { ops: readonly StepOp[]; ms: 'required' | 'optional' | 'never' }> = {
  cdn: { ops: ['read', 'write'], ms: 'never' },
  cache: { ops: ['read', 'write'], ms: 'optional' },
  lb: { ops: ['call'], ms: 'never' },
  service: { ops: ['call'], ms: 'required' },
  database: { ops: ['read', 'write'], ms: 'required' },
  queue: { ops: ['call'], ms: 'required' },
  'object-store': { ops: ['read', 'write'], ms: 'never' },
  external: { ops: ['call'], ms: 'never' },
};

/** What each operation is called in the path editor. */
export const OP_LABELS: Record<StepOp, string> = { read: 'read', write: 'write', call: 'call' };

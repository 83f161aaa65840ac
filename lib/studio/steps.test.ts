import { describe, expect, it } from 'vitest';
import { COMPONENT_KINDS, designSchema, STEP_OPS, type ComponentKind, type Design, type PathStep } from '@/lib/sim/design/schema';
import { newComponent } from './blank';
import { STEP_RULES } from './steps';

/** Clients → the component under test, one class visiting it with `step`. */
function designWith(kind: Exclude<ComponentKind, 'client'>, step: Omit<PathStep, 'to'>): Design {
  const users = newComponent({ components: [] }, 'client');
  const c = { ...newComponent({ components: [users] }, kind), ...(kind === 'service' ? { machines: 1 } : {}) };
  return {
    version: 1,
    name: 't',
    components: [users, c],
    connections: [{ from: users.id, to: c.id }],
    classes: [{ id: 'r', label: 'r', share: 1, keys: { count: 10, zipf: 0 }, payloadBytes: 1, path: [{ to: c.id, ...step }] }],
    faults: [],
    run: { seed: 1, dayMs: 600_000, sampleIntervalMs: 5_000 },
  };
}

/** The validation's verdict on the step alone (an lb needs its pool after it: that rule is not about the step). */
const stepOk = (d: Design) => (designSchema.safeParse(d).error?.issues ?? []).every((i) => !/must be one of|needs its time|remove ms/.test(i.message));

describe('the path editor offers what the validation accepts', () => {
  for (const kind of COMPONENT_KINDS.filter((k) => k !== 'client')) {
    it(kind, () => {
      const rule = STEP_RULES[kind];
      for (const op of STEP_OPS) {
        const allowed = rule.ops.includes(op);
        expect(stepOk(designWith(kind, { op, ...(rule.ms === 'never' ? {} : { ms: 1 }) })), `${kind} ${op}`).toBe(allowed);
      }
      const op = rule.ops[0]!;
      expect(stepOk(designWith(kind, { op })), `${kind} without ms`).toBe(rule.ms !== 'required');
      expect(stepOk(designWith(kind, { op, ms: 1 })), `${kind} with ms`).toBe(rule.ms !== 'never');
    });
  }
});

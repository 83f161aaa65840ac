import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { propRows } from '@/lib/content/props-table';
import { componentExamples, componentSummaries } from './examples';
import { implementedComponentNames } from './index';
import { componentPropSchemas, registryNames } from './registry';

describe('component registry', () => {
  it('has a React implementation for every schema and a schema for every implementation', () => {
    expect(implementedComponentNames()).toEqual(registryNames());
  });
  it('documents every component in one line', () => {
    for (const name of registryNames()) expect(componentSummaries[name], name).toBeTruthy();
  });
  it('has examples only for registered components', () => {
    for (const name of Object.keys(componentExamples)) expect(registryNames()).toContain(name);
  });
});

describe('props tables from schemas', () => {
  it('reads types, ranges, defaults, requiredness and meta descriptions', () => {
    const rows = propRows(
      z.strictObject({
        capacity: z.number().int().min(1).max(100000).default(500).meta({ label: 'Cache size', unit: 'entries', description: 'How many entries fit' }),
        policy: z.enum(['lru', 'lfu']),
        ids: z.array(z.string()).min(1).optional(),
      }),
    );
    expect(rows).toEqual([
      { name: 'capacity', type: 'integer', required: false, defaultValue: '500', allowed: '1 – 100000 entries', description: 'Cache size: How many entries fit' },
      { name: 'policy', type: 'enum', required: true, defaultValue: undefined, allowed: '"lru" | "lfu"', description: undefined },
      { name: 'ids', type: 'string[]', required: false, defaultValue: undefined, allowed: '1–∞ items', description: undefined },
    ]);
  });
  it('works for every registry schema', () => {
    for (const name of registryNames()) expect(() => propRows(componentPropSchemas[name as keyof typeof componentPropSchemas])).not.toThrow();
  });
});

import fs from 'node:fs';
import { expect, it } from 'vitest';
import { componentsMarkdown, replaceGeneratedBlock } from '@/lib/content/components-doc';
import { componentSummaries, exampleFor } from './examples';
import { componentPropSchemas } from './registry';

it('docs/AUTHORING.md documents the registry as it is (run `npm run docs:components` after changing it)', () => {
  const doc = fs.readFileSync('docs/AUTHORING.md', 'utf8');
  expect(replaceGeneratedBlock(doc, componentsMarkdown(componentPropSchemas, componentSummaries, exampleFor))).toBe(doc);
});

/** `npm run docs:components`: regenerates the component reference in docs/AUTHORING.md from the registry. */
import fs from 'node:fs';
import { componentSummaries, exampleFor } from '@/components/mdx/examples';
import { componentPropSchemas } from '@/components/mdx/registry';
import { componentsMarkdown, replaceGeneratedBlock } from '@/lib/content/components-doc';

const file = 'docs/AUTHORING.md';
const doc = fs.readFileSync(file, 'utf8');
const next = replaceGeneratedBlock(doc, componentsMarkdown(componentPropSchemas, componentSummaries, exampleFor));
if (next !== doc) fs.writeFileSync(file, next);
console.log(next === doc ? `${file} is up to date` : `${file}: component reference regenerated`);

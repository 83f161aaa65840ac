#!/usr/bin/env node
/**
 * Checks the static export (`npm run build:export` → out/): every lesson, playground and practice
 * page exists as HTML with its content, plus the search index, sitemap and robots.txt.
 * Run after the export build; exit 1 with the list of what is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const out = 'out';
const chapters = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ slug: f.replace(/^\d+-/, '').replace(/\.mdx$/, ''), text: readFileSync(path.join('content/chapters', f), 'utf8') }))
  .filter((c) => !/^draft:\s*true/m.test(c.text));
const slugs = chapters.map((c) => c.slug);
const pages = [
  '',
  'learn',
  'glossary',
  'reference/latency',
  'playground',
  ...['scaling', 'load-balancer', 'sessions', 'deploy', 'replication', 'sharding', 'cache', 'queue'].map((s) => `playground/${s}`),
  'practice',
  'practice/review',
  'practice/mock',
  'practice/challenges',
  'progress',
  ...slugs.map((s) => `learn/${s}`),
];
const problems = [];
for (const p of pages) {
  const file = path.join(out, p, 'index.html');
  if (!existsSync(file)) problems.push(`missing ${file}`);
}
for (const { slug: s } of chapters.filter((c) => c.text.includes('```'))) {
  const file = path.join(out, 'learn', s, 'index.html');
  if (existsSync(file) && !readFileSync(file, 'utf8').includes('class="shiki')) problems.push(`${file}: no highlighted code`);
}
for (const f of ['search-index.json', 'sitemap.xml', 'robots.txt', '404.html']) if (!existsSync(path.join(out, f))) problems.push(`missing ${path.join(out, f)}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`static export: ${pages.length} pages and the search index, sitemap, robots.txt and 404 page are in ${out}/`);

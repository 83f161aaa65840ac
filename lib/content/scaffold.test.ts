import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { componentPropSchemas } from '@/components/mdx/registry';
import { loadChapters } from './chapters';
import { checkContent } from './check';
import { formatProblem } from './problem';
import { scaffoldChapter, slugify } from './scaffold';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) fs.rmSync(t, { recursive: true, force: true });
});

function tempContentWithCourse(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prepup-scaffold-'));
  temps.push(root);
  fs.cpSync(path.join(process.cwd(), 'test/fixtures/valid'), root, { recursive: true });
  return root;
}

describe('new chapter scaffold', () => {
  it('slugifies titles', () => {
    expect(slugify('Consistent hashing')).toBe('consistent-hashing');
    expect(slugify('  CDNs & edge caches! ')).toBe('cdns-edge-caches');
  });

  it('creates a chapter with the next free order that passes the content check and is listed', () => {
    const root = tempContentWithCourse();
    const dir = path.join(root, 'chapters');
    const r = scaffoldChapter('Consistent hashing', dir);
    expect(path.basename(r.file)).toBe('03-consistent-hashing.mdx');
    expect(r.url).toBe('http://localhost:3000/learn/consistent-hashing');
    expect(checkContent({ root, components: componentPropSchemas }).map(formatProblem)).toEqual([]);
    // Drafts show in the dev server's navigation, never in a production build.
    expect(loadChapters({ dir, includeDrafts: true }).map((c) => c.slug)).toEqual(['first-steps', 'second-steps', 'consistent-hashing']);
    expect(loadChapters({ dir, includeDrafts: false }).map((c) => c.slug)).not.toContain('consistent-hashing');
  });

  it('refuses an existing slug and an empty title', () => {
    const root = tempContentWithCourse();
    const dir = path.join(root, 'chapters');
    expect(() => scaffoldChapter('First steps', dir)).toThrow(/already exists/);
    expect(() => scaffoldChapter(' ', dir)).toThrow(/title/);
  });
});

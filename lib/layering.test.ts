import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of the code base (docs: "lib/ never imports from components/"), read from the
 * imports themselves: static, type-only, re-exports and dynamic `import()` all count.
 */

const root = path.resolve(__dirname, '..');
const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) return sourceFiles(abs);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [abs] : [];
  });
}

/** The project file an import specifier names, or null for a package. */
function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return base; // unresolved: still report where it points
}

function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => resolve(file, f.fileName)).filter((f): f is string => f !== null);
}

const isTest = (f: string) => /\.test\.tsx?$/.test(f);
const libFiles = sourceFiles(path.join(root, 'lib'));

describe('layering', () => {
  it('no lib/ module imports from components/', () => {
    // Tests are exempt: a few check content and lib helpers against the components that use them.
    const offending = libFiles
      .filter((f) => !isTest(f))
      .flatMap((f) => importsOf(f).filter((to) => rel(to).startsWith('components/')).map((to) => `${rel(f)} -> ${rel(to)}`));
    expect(offending).toEqual([]);
  });

  it('lib/practice never reaches lib/progress (progress builds on practice, not the other way round)', () => {
    // Follow imports from every practice module, through any folder, and report each path that
    // ends in lib/progress: a direct import or one through a third module would make a cycle.
    const paths: string[] = [];
    for (const start of libFiles.filter((f) => rel(f).startsWith('lib/practice/'))) {
      const seen = new Set<string>([start]);
      const queue: string[][] = [[start]];
      while (queue.length) {
        const trail = queue.shift()!;
        for (const to of importsOf(trail.at(-1)!)) {
          if (seen.has(to) || !rel(to).startsWith('lib/') || !existsSync(to)) continue;
          seen.add(to);
          if (rel(to).startsWith('lib/progress/')) paths.push([...trail, to].map(rel).join(' -> '));
          else queue.push([...trail, to]);
        }
      }
    }
    expect(paths).toEqual([]);
  });

  it('finds the imports it checks (a broken scanner would pass everything)', () => {
    // lib/progress/summary.ts uses the daily limit from practice; the scanner must see that edge.
    expect(importsOf(path.join(root, 'lib/progress/summary.ts')).map(rel)).toContain('lib/practice/daily.ts');
    expect(libFiles.length).toBeGreaterThan(50);
  });
});

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Design } from '../sim/design/schema';
import type { GradingSpec } from './prepare';
import type { GradeReport } from './report';

/**
 * Grades kept on disk by a hash of what decides them: the design, the problem's grading spec and
 * the engine's and grader's own source (any change to lib/sim or lib/problems starts afresh). The
 * content check and the build's reference reports share it, so a build after a check grades
 * nothing twice. Node only.
 */
const CACHE_DIR = path.resolve(/*turbopackIgnore: true*/ process.cwd(), '.cache', 'prepup-grades');

let codeVersion: string | null = null;
/** A hash of the engine's and the grader's source files (tests left out). */
export function engineVersion(root = process.cwd()): string {
  if (codeVersion) return codeVersion;
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !/\.test\.ts$/.test(e.name)) h.update(`${path.relative(root, p)}\0`).update(fs.readFileSync(/*turbopackIgnore: true*/ p));
    }
  };
  for (const dir of ['lib/sim', 'lib/problems']) if (fs.existsSync(path.join(/*turbopackIgnore: true*/ root, dir))) walk(path.join(/*turbopackIgnore: true*/ root, dir));
  codeVersion = h.digest('hex').slice(0, 16);
  return codeVersion;
}

/** The cache key of a grade. */
export function gradeKey(spec: GradingSpec, design: Design, only?: readonly string[]): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: engineVersion(), spec, design, only: only ?? null }))
    .digest('hex')
    .slice(0, 32);
}

/** A cached grade, or computes it with `grade` and keeps it (a cache that cannot be written is only slower). */
export function cachedGrade(spec: GradingSpec, design: Design, grade: () => GradeReport, only?: readonly string[]): { report: GradeReport; cached: boolean } {
  const file = path.join(CACHE_DIR, `${gradeKey(spec, design, only)}.json`);
  try {
    return { report: JSON.parse(fs.readFileSync(file, 'utf8')) as GradeReport, cached: true };
  } catch {
    // not cached yet (or unreadable): grade it
  }
  const report = grade();
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(report));
    fs.renameSync(`${file}.tmp`, file);
  } catch {
    // read-only checkout: fine
  }
  return { report, cached: false };
}

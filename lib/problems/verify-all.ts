import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContentProblem } from '../content/problem';
import { CLI_BUDGET } from '../sim/work';
import { engineRunner } from './engine';
import { gradeDesign } from './grade';
import { cachedGrade } from './grade-cache';
import { loadProblemsLenient, problemsDir, type ProblemSource } from './load';
import { verifyProblem } from './verify';

/** What the engine part of the content check found. */
export interface VerifyOutcome {
  problems: ContentProblem[];
  count: number;
  grades: number;
  cached: number;
}

/** Verifies some problems here, one after the other. */
export function verifyProblems(problems: readonly ProblemSource[]): VerifyOutcome {
  const out: ContentProblem[] = [];
  let grades = 0;
  let cached = 0;
  for (const p of problems) {
    const source = fs.readFileSync(p.file, 'utf8');
    const found = verifyProblem(p, source, (spec, design, only) => {
      const r = cachedGrade(spec, design, () => gradeDesign(spec, design, engineRunner(CLI_BUDGET, spec.requirements.traffic), only), only);
      grades++;
      if (r.cached) cached++;
      return r.report;
    });
    out.push(...found.map((f) => (p.frontmatter.draft ? { ...f, severity: 'warning' as const } : f)));
  }
  return { problems: out, count: problems.length, grades, cached };
}

/** The child process that verifies a share of the problems (this file's path, run with the parent's loader flags). */
const CHILD = path.join(process.cwd(), 'scripts', 'verify-problems.ts');

function verifyInChild(ids: readonly string[]): Promise<VerifyOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, CHILD, ...ids], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(text) as VerifyOutcome) : reject(new Error(`the problem verifier for ${ids.join(', ')} exited with ${code}`))));
  });
}

/**
 * The content check's engine part: every problem's references graded on every scenario and seed,
 * every tempting wrong design on the scenarios of the goal it must fail, every probe's re-run.
 * Grades come from the on-disk cache when the design, the problem and the engine are unchanged;
 * uncached problems are split between this process and a child on another core. A draft's
 * findings are warnings.
 */
export async function verifyAllProblems(root?: string): Promise<VerifyOutcome> {
  const { problems } = loadProblemsLenient({ dir: root ? problemsDir(root) : undefined, includeDrafts: true });
  const cores = Math.min(2, os.availableParallelism?.() ?? os.cpus().length);
  if (cores < 2 || problems.length < 2 || !fs.existsSync(CHILD)) return verifyProblems(problems);
  // every other problem to the child (problems are of similar cost)
  const mine = problems.filter((_, i) => i % 2 === 0);
  const theirs = problems.filter((_, i) => i % 2 === 1);
  const child = verifyInChild(theirs.map((p) => p.id));
  const here = verifyProblems(mine);
  const there = await child;
  return { problems: [...here.problems, ...there.problems], count: here.count + there.count, grades: here.grades + there.grades, cached: here.cached + there.cached };
}

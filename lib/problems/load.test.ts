import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../content/problem';
import { loadProblemsLenient, readProblem } from './load';

const source = path.join(process.cwd(), 'content/problems');
let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the URL shortener problem in a temp folder, with `edit` applied to the MDX (and `editDesign` to reference.json). */
function copy(edit: (mdx: string) => string = (s) => s, editDesign: (json: string) => string = (s) => s): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'problems-'));
  dirs.push(dir);
  fs.cpSync(path.join(source, 'url-shortener'), path.join(dir, 'url-shortener'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'url-shortener.mdx'), edit(fs.readFileSync(path.join(source, 'url-shortener.mdx'), 'utf8')));
  const ref = path.join(dir, 'url-shortener', 'reference.json');
  fs.writeFileSync(ref, editDesign(fs.readFileSync(ref, 'utf8')));
  return dir;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('problem loader', () => {
  it('loads the URL shortener with its four designs and a write-up of at least 700 words', () => {
    const { problems, issues } = loadProblemsLenient({ dir: copy(), includeDrafts: true });
    expect(issues.map(formatProblem)).toEqual([]);
    const p = problems[0]!;
    expect(p.id).toBe('url-shortener');
    expect(Object.keys(p.designs).sort()).toEqual(['async-replicas.json', 'no-cache.json', 'reference.json', 'start.json']);
    expect(p.words).toBeGreaterThanOrEqual(700);
  });

  it('reports a goal on an unknown class at its line in the frontmatter', () => {
    const dir = copy((s) => s.replace('metric: p99Ms, class: open, target: 60', 'metric: p99Ms, class: opne, target: 60'));
    const mdx = fs.readFileSync(path.join(dir, 'url-shortener.mdx'), 'utf8');
    const { problems } = readProblem(path.join(dir, 'url-shortener.mdx'));
    const issue = problems.find((p) => p.message.includes("no request class 'opne'"));
    expect(issue?.line).toBe(lineOf(mdx, 'class: opne'));
    expect(issue?.message).toMatch(/classes: open, create/);
  });

  it('refuses a probe chain out of interview order, and a fault probe that re-runs nothing', () => {
    const { problems } = readProblem(
      path.join(
        copy((s) => s.replace('kind: numbers', 'kind: change').replace(/    run: \{ label: "Primary fails[^\n]*\n/, '')),
        'url-shortener.mdx',
      ),
    );
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/starts with the numbers \(kind: numbers\), got change/);
    expect(messages).toMatch(/a fault probe re-runs the candidate’s design: give run/);
  });

  it('refuses an estimate whose worked steps do not end at its answer', () => {
    const { problems } = readProblem(path.join(copy((s) => s.replace('answer: 1968', 'answer: 2000')), 'url-shortener.mdx'));
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/the worked steps end at 1968, but answer is 2000/));
  });

  it('reports an invalid design at its line in the JSON file, naming the class and step', () => {
    const dir = copy(undefined, (s) => s.replace('"op": "read", "node": "replica", "ms": 8', '"op": "write", "node": "replica", "ms": 8'));
    const json = fs.readFileSync(path.join(dir, 'url-shortener', 'reference.json'), 'utf8');
    const { problems } = readProblem(path.join(dir, 'url-shortener.mdx'));
    const issue = problems.find((p) => p.message.includes('Writes must go to the primary'));
    expect(issue?.file).toMatch(/url-shortener\/reference\.json$/);
    expect(issue?.line).toBe(lineOf(json, '"node": "replica", "ms": 8'));
    expect(issue?.message).toMatch(/'open a short link' step 4/);
  });

  it('refuses a design without one of the problem’s classes', () => {
    const dir = copy(undefined, (s) => s.replace('"id": "create"', '"id": "make"'));
    const { problems } = readProblem(path.join(dir, 'url-shortener.mdx'));
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/no request class 'create' \(create a link\)/));
  });

  it('reports a missing design file at the line that names it, and a short write-up', () => {
    const dir = copy((s) => s.replace('design: no-cache.json', 'design: no-such.json').replace(/## The shape of the problem[\s\S]*/, '## Short\n\nToo short.\n'));
    const mdx = fs.readFileSync(path.join(dir, 'url-shortener.mdx'), 'utf8');
    const { problems } = readProblem(path.join(dir, 'url-shortener.mdx'));
    expect(problems.find((p) => p.message.startsWith('no design file'))?.line).toBe(lineOf(mdx, 'no-such.json'));
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/the write-up has \d+ words; a problem's write-up needs at least 700/));
  });
});

describe('new:problem scaffold', () => {
  it('creates a draft that loads with warnings only, and refuses to overwrite', async () => {
    const { scaffoldProblem } = await import('./scaffold');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scaffold-'));
    dirs.push(dir);
    const r = scaffoldProblem('Design a paste bin', dir);
    expect(r.id).toBe('design-a-paste-bin');
    const { problem, problems } = readProblem(r.file);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/Replace this prompt/);
    expect(problem?.frontmatter.draft).toBe(true);
    expect(() => scaffoldProblem('Design a paste bin', dir)).toThrow(/already exists/);
    // published with the instructions still in: errors, and it does not load
    fs.writeFileSync(r.file, fs.readFileSync(r.file, 'utf8').replace('draft: true # remove this line to publish\n', ''));
    const published = readProblem(r.file);
    expect(published.problem).toBeNull();
    expect(published.problems.filter((p) => p.severity !== 'warning').length).toBeGreaterThan(0);
  });
});

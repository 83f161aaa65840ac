import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProblem } from '../problems/load';
import { checkProblemImport, type ProblemRule } from './import-problems';
import { emptyProgress, type ProblemBest } from './schema';
import { createProgressStore, isBetterGrade } from './store';
import { memoryStorage } from './storage';

const problem = readProblem(path.join(process.cwd(), 'content/problems/url-shortener.mdx')).problem!;
const f = problem.frontmatter;
const rule: ProblemRule = { id: problem.id, title: f.title, goalIds: f.goals.map((g) => g.id), rubricIds: f.rubric.map((r) => r.id), estimateIds: f.estimates.map((e) => e.id), spec: { requirements: f.requirements, given: f.given } };
const rules = new Map([[rule.id, rule]]);
const reference = problem.designs['reference.json']!;
const at = '2026-01-02T03:04:05.000Z';
const best = (over: Partial<ProblemBest> = {}): ProblemBest => ({ passed: 6, total: 6, monthlyCost: 1250, goals: Object.fromEntries(rule.goalIds.map((g) => [g, true])), design: reference, at, ...over });

describe('importing design-problem progress', () => {
  it('keeps a real best grade, its design and the problem’s own estimates and rubric ticks', () => {
    const data = { ...emptyProgress(), problems: { 'url-shortener': { estimates: { 'peak-redirects': 1968, bogus: 3 }, estimatesChecked: true, design: reference, best: best(), rubric: { ids: true, nope: true }, at } } };
    const r = checkProblemImport(data, rules);
    expect(r.skipped).toEqual([]);
    expect(r.data.problems?.['url-shortener']).toMatchObject({ estimates: { 'peak-redirects': 1968 }, rubric: { ids: true }, best: { passed: 6 } });
  });

  it('drops what cannot be real, each with a line: unknown problems, counts that disagree, designs not gradable here', () => {
    const notGradable = { ...reference, classes: reference.classes.filter((c) => c.id === 'open').map((c) => ({ ...c, share: 1 })) };
    const data = {
      ...emptyProgress(),
      problems: {
        'no-such-problem': { estimates: {}, estimatesChecked: false, at },
        'url-shortener': { estimates: {}, estimatesChecked: false, design: notGradable, best: best({ passed: 5 }), at },
      },
    };
    const r = checkProblemImport(data, rules);
    expect(r.skipped).toEqual([
      'design problem "no-such-problem": not in this course',
      'best grade of "Design a URL shortener": 5 goals met, but its goal list says 6',
      'design on the board for "Design a URL shortener": not gradable on this problem',
    ]);
    expect(r.data.problems?.['url-shortener']?.best).toBeUndefined();
    expect(r.data.problems?.['url-shortener']?.design).toBeUndefined();
    expect(Object.keys(r.data.problems ?? {})).toEqual(['url-shortener']);
  });

  it('refuses a best grade whose design is not the problem’s', () => {
    const r = checkProblemImport({ ...emptyProgress(), problems: { 'url-shortener': { estimates: {}, estimatesChecked: false, best: best({ design: { version: 1 } }), at } } }, rules);
    expect(r.skipped[0]).toMatch(/^best grade of "Design a URL shortener": its graded design is not gradable \(/);
  });
});

describe('saving design-problem progress', () => {
  it('saves work as it changes and keeps only a better grade (more goals met, then a lower bill)', () => {
    const store = createProgressStore(memoryStorage());
    store.getState().saveProblemWork('url-shortener', { estimates: { 'peak-redirects': 2000 }, estimatesChecked: true });
    store.getState().saveProblemWork('url-shortener', { design: reference });
    expect(store.getState().problems?.['url-shortener']).toMatchObject({ estimates: { 'peak-redirects': 2000 }, estimatesChecked: true, design: reference });
    expect(store.getState().recordProblemGrade('url-shortener', best({ passed: 4, goals: { ...best().goals, 'open-p99': false, budget: false } })).kept).toBe(true);
    expect(store.getState().recordProblemGrade('url-shortener', best({ passed: 3 })).kept).toBe(false);
    expect(store.getState().recordProblemGrade('url-shortener', best()).kept).toBe(true);
    expect(store.getState().problems?.['url-shortener']?.best?.passed).toBe(6);
    expect(isBetterGrade(best({ monthlyCost: 900 }), best())).toBe(true);
    expect(isBetterGrade(best({ monthlyCost: 2000 }), best())).toBe(false);
  });
});

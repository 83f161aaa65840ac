import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/lib/content/chapters';
import { criterionTrends, INTERVIEW_MINUTES, INTERVIEW_STEPS, pickScenario, RUBRIC, rubricTotal, SCENARIOS } from './scenarios';

describe('the mock interview clock follows chapter 5', () => {
  it('budgets 45 minutes, each phase within what chapter 5 teaches for it', () => {
    expect(INTERVIEW_MINUTES).toBe(45);
    const chapter = loadChapters({ includeDrafts: true }).find((c) => c.slug === 'putting-it-together')!;
    const plan = chapter.frontmatter.questions.find((q) => q.id === 'together-interview-plan')!;
    expect(plan.question).toContain('45 minutes');
    for (const phase of INTERVIEW_STEPS) {
      // "**Deep dive** (15)", "**Clarify** (about 5 minutes)", "**Trade-offs** (5–10)"
      const m = new RegExp(`\\*\\*${phase.label}\\*\\* \\((?:about )?(\\d+)(?:–(\\d+))?`).exec(plan.answer);
      expect(m, phase.label).not.toBeNull();
      const [lo, hi] = [Number(m![1]), Number(m![2] ?? m![1])];
      expect(phase.minutes, phase.label).toBeGreaterThanOrEqual(lo);
      expect(phase.minutes, phase.label).toBeLessThanOrEqual(hi);
    }
  });
});

describe('mock interview scenarios', () => {
  it('has at least 16 scenarios with unique ids, each citing real chapters and a cue for every phase', () => {
    const slugs = new Set(loadChapters({ includeDrafts: true }).map((c) => c.slug));
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(16);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) {
      for (const ch of s.chapters) expect(slugs.has(ch), `${s.id} → ${ch}`).toBe(true);
      for (const step of INTERVIEW_STEPS) expect(s.cues[step.id].length).toBeGreaterThan(20);
      // the estimate phase of the reference outline gives numbers
      expect(s.cues.estimate, s.id).toMatch(/\d/);
    }
  });

  it('gives every scenario a follow-up after the design has started, and links into the course', () => {
    const slugs = new Set(loadChapters({ includeDrafts: true }).map((c) => c.slug));
    const startOfDesign = INTERVIEW_STEPS.slice(0, 2).reduce((n, p) => n + p.minutes, 0);
    for (const s of SCENARIOS) {
      expect(s.followUp.atMin, s.id).toBeGreaterThan(startOfDesign);
      expect(s.followUp.atMin).toBeLessThan(INTERVIEW_MINUTES);
      expect(s.followUp.text.length).toBeGreaterThan(20);
      expect(s.followUp.strongAnswer.length).toBeGreaterThan(40);
      expect(s.links.length).toBeGreaterThan(0);
      for (const l of s.links) {
        const m = /^\/(learn|playground)\/([a-z0-9-]+)$/.exec(l.href);
        expect(m, l.href).not.toBeNull();
        if (m![1] === 'learn') expect(slugs.has(m![2]!), l.href).toBe(true);
      }
    }
  });

  it('includes Crumb & Co on Black Friday, drawn on the whole-system whiteboard', () => {
    const s = SCENARIOS.find((x) => x.title === 'Crumb & Co on Black Friday: the whole system');
    expect(s?.whiteboard?.href).toBe('/playground/system');
    expect(s?.chapters).toHaveLength(5);
  });

  it('picks a different scenario than the current one', () => {
    for (const r of [0, 0.5, 0.999]) expect(pickScenario(() => r, SCENARIOS[0]!.id).id).not.toBe(SCENARIOS[0]!.id);
  });

  it('totals the rubric over its criteria', () => {
    const all4 = Object.fromEntries(RUBRIC.map((c) => [c.id, 4]));
    expect(rubricTotal(all4)).toEqual({ total: RUBRIC.length * 4, max: RUBRIC.length * 4 });
    expect(rubricTotal({}).total).toBe(0);
    for (const c of RUBRIC) expect(c.levels).toHaveLength(4);
  });
});

describe('rubric trends over attempts', () => {
  it('compares the latest attempts with the first ones, per criterion', () => {
    const h: { scores: Record<string, number> }[] = [{ scores: { depth: 1, design: 2 } }, { scores: { depth: 2 } }, { scores: { depth: 3, design: 2 } }, { scores: { depth: 4, design: 3 } }];
    const t = Object.fromEntries(criterionTrends(h).map((x) => [x.id, x]));
    expect(t.depth!.scores).toEqual([1, 2, 3, 4]);
    expect(t.depth!.change).toBe(2); // (3+4)/2 − (1+2)/2
    expect(t.design!.scores).toEqual([2, null, 2, 3]);
    expect(t.design!.change).toBe(1); // 3 − 2: one from each end
    expect(t.communication!.change).toBeNull();
    expect(criterionTrends([{ scores: { depth: 3 } }]).find((x) => x.id === 'depth')!.change).toBeNull();
  });
});

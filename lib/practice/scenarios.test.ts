import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/lib/content/chapters';
import { INTERVIEW_STEPS, pickScenario, RUBRIC, rubricTotal, SCENARIOS } from './scenarios';

describe('mock interview scenarios', () => {
  it('has about ten scenarios with unique ids, each citing real chapters and a cue for every step', () => {
    const slugs = new Set(loadChapters({ includeDrafts: true }).map((c) => c.slug));
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) {
      for (const ch of s.chapters) expect(slugs.has(ch), `${s.id} → ${ch}`).toBe(true);
      for (const step of INTERVIEW_STEPS) expect(s.cues[step.id].length).toBeGreaterThan(20);
    }
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

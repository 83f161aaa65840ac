import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProblem } from '../problems/load';
import { answerProbe, DESIGN_PHASE, finishDesign, FOLLOW_UP_PHASE, followUpsDueByTime, nextProbe, recordProbeEvidence, startDesignDraft, startFollowUpsByTime } from './design-mock';
import { goToPhase } from './mock-clock';
import { INTERVIEW_MINUTES } from './scenario-kit';

const p = readProblem(path.join(process.cwd(), 'content/problems/url-shortener.mdx')).problem!;
const start = new Date('2026-01-01T10:00:00Z');
const later = (min: number) => new Date(start.getTime() + min * 60_000);

describe('a mock on a design problem', () => {
  it('budgets 45 minutes, as chapter 5 teaches', () => {
    expect(INTERVIEW_MINUTES).toBe(45);
  });

  it('starts the follow-ups when the design is declared done, in the deep dive, at the first probe', () => {
    let d = startDesignDraft(p.id, p.designs['start.json']!, start);
    expect(d.problem).toMatchObject({ probe: -1, followUps: null });
    d = goToPhase(d, DESIGN_PHASE, later(8));
    d = finishDesign(d);
    expect(d.phase).toBe(FOLLOW_UP_PHASE);
    expect(d.problem).toMatchObject({ probe: 0, followUps: 'design-done' });
    expect(followUpsDueByTime(d, p.frontmatter.followUpAtMin, later(40))).toBe(false);
  });

  it('starts them at the problem’s minute when the candidate is still drawing, whichever comes first', () => {
    const d = goToPhase(startDesignDraft(p.id, p.designs['start.json']!, start), DESIGN_PHASE, later(5));
    expect(followUpsDueByTime(d, 25, later(24))).toBe(false);
    expect(followUpsDueByTime(d, 25, later(25))).toBe(true);
    const started = startFollowUpsByTime(d);
    expect(started.problem).toMatchObject({ probe: 0, followUps: 'time' });
    expect(started.phase).toBe(DESIGN_PHASE);
  });

  it('walks the chain, keeping answers and the engine’s evidence per probe, and stops after the last', () => {
    let d = finishDesign(startDesignDraft(p.id, p.designs['start.json']!, start));
    d = answerProbe(d, 'ten-x', 'the app tier breaks first');
    d = recordProbeEvidence(nextProbe(d, 4), 'primary-dies', ['0 confirmed writes lost']);
    for (let i = 0; i < 6; i++) d = nextProbe(d, 4);
    expect(d.problem).toMatchObject({ probe: 4, answers: { 'ten-x': 'the app tier breaks first' }, evidence: { 'primary-dies': ['0 confirmed writes lost'] } });
  });
});

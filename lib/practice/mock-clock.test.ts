import { describe, expect, it } from 'vitest';
import { currentPhase, followUpDue, fold, goToPhase, pause, phaseElapsedMs, resume, resumeAfterAbsence, startDraft, totalElapsedMs } from './mock-clock';

const t0 = new Date('2026-03-01T10:00:00.000Z');
const at = (sec: number) => new Date(t0.getTime() + sec * 1_000);

describe('mock interview clock', () => {
  it('keeps time per phase across phase changes', () => {
    let d = startDraft('s', t0);
    expect(currentPhase(d).id).toBe('clarify');
    d = goToPhase(d, 1, at(300));
    expect(currentPhase(d).id).toBe('estimate');
    expect(phaseElapsedMs(d, 'clarify', at(400))).toBe(300_000);
    expect(phaseElapsedMs(d, 'estimate', at(400))).toBe(100_000);
    expect(totalElapsedMs(d, at(400))).toBe(400_000);
    // going back charges the time to the phase left
    d = goToPhase(d, 0, at(420));
    expect(phaseElapsedMs(d, 'estimate', at(500))).toBe(120_000);
    expect(phaseElapsedMs(d, 'clarify', at(500))).toBe(380_000);
    expect(goToPhase(d, 99, at(500)).phase).toBe(4);
  });

  it('stops while paused', () => {
    let d = pause(startDraft('s', t0), at(60));
    expect(totalElapsedMs(d, at(600))).toBe(60_000);
    d = resume(d, at(600));
    expect(totalElapsedMs(d, at(630))).toBe(90_000);
    expect(resume(d, at(700))).toBe(d);
  });

  it('after a reload counts the time up to the last save, not the time away', () => {
    const saved = fold(startDraft('s', t0), at(120)); // saved at 2:00
    const back = resumeAfterAbsence(saved, at(3_600)); // reopened an hour later
    expect(totalElapsedMs(back, at(3_600))).toBe(120_000);
    expect(totalElapsedMs(back, at(3_630))).toBe(150_000);
    const paused = pause(saved, at(120));
    expect(resumeAfterAbsence(paused, at(3_600))).toBe(paused);
  });

  it('makes the follow-up due at its minute, once', () => {
    const s = { followUp: { atMin: 18, text: '', strongAnswer: '' } };
    const d = startDraft('s', t0);
    expect(followUpDue(d, s, at(18 * 60 - 1))).toBe(false);
    expect(followUpDue(d, s, at(18 * 60))).toBe(true);
    expect(followUpDue({ ...d, followUpShown: true }, s, at(30 * 60))).toBe(false);
  });
});

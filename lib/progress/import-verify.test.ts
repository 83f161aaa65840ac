import { describe, expect, it } from 'vitest';
import { CHALLENGE_OUTLINE, CHALLENGES, getChallenge } from '@/lib/practice/challenges';
import type { ControlValues } from '@/lib/practice/challenge-kit';
import { PAGE_BUDGET } from '@/lib/sim/work';
import { checkImport } from './import-check';
import { buildImportRules } from './import-rules';
import { emptyProgress } from './schema';
import { verifyChallengeBests, type Rerun } from './import-verify';

const T = '2026-02-20T10:00:00.000Z';
/** The page's re-run, without a worker: the same check against the same budget. */
const rerun: Rerun = async (id, values, onProgress) => {
  const steps = getChallenge(id)!.check(values, PAGE_BUDGET);
  let r = steps.next();
  while (!r.done) {
    onProgress(r.value);
    r = steps.next();
  }
  return r.value;
};

describe('verifyChallengeBests', () => {
  it('keeps a best whose settings pass on every seed; drops one whose settings are possible and priced right but fail', async () => {
    // both cost what their settings cost and claim the stars that cost earns (import-rules accepts both)
    const real = { stars: 3 as const, cost: 800, values: { servers: 8, serverSpeeds: 1 } as ControlValues, at: T };
    const forged = { stars: 3 as const, cost: 700, values: { servers: 7, serverSpeeds: 1 } as ControlValues, at: T };
    const imported = { ...emptyProgress(), challenges: { 'survive-a-failure': real, 'holiday-peak-bill': forged } };
    // the file checks alone cannot tell them apart
    expect(checkImport(imported, buildImportRules({ chapters: [], challenges: CHALLENGE_OUTLINE }, CHALLENGES), new Date('2026-03-01T00:00:00Z')).skipped).toEqual([]);
    const seen: number[] = [];
    const { data, skipped } = await verifyChallengeBests(imported, rerun, (f) => seen.push(f));
    expect(data.challenges).toEqual({ 'survive-a-failure': real });
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(/^challenge "holiday-peak-bill": its settings do not pass when re-run \(p99 response time: [\d,.]+ ms on the worst seed, goal ≤ \d+ ms\)$/);
    // progress covers both re-runs, in order, inside 0–1
    expect(seen[0]).toBe(0);
    expect(seen.some((f) => f > 0.5)).toBe(true);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
  });

  it('a cancelled re-run imports nothing (the rejection reaches the caller)', async () => {
    const best = { stars: 3 as const, cost: 800, values: { servers: 8, serverSpeeds: 1 }, at: T };
    await expect(verifyChallengeBests({ ...emptyProgress(), challenges: { 'survive-a-failure': best } }, () => Promise.reject(new Error('cancelled')))).rejects.toThrow('cancelled');
  });

  it('a refused re-run (over the budget) is left out with the notice', async () => {
    const best = { stars: 3 as const, cost: 800, values: { servers: 8, serverSpeeds: 1 }, at: T };
    const refuse: Rerun = async () => ({ ok: false, errors: ['This check (3 seeds) would simulate ~30 k events; the page allows 1 k.'], overBudget: true });
    const { data, skipped } = await verifyChallengeBests({ ...emptyProgress(), challenges: { 'survive-a-failure': best } }, refuse);
    expect(data.challenges).toEqual({});
    expect(skipped).toEqual(['challenge "survive-a-failure": its settings could not be re-run (This check (3 seeds) would simulate ~30 k events; the page allows 1 k.)']);
  });
});

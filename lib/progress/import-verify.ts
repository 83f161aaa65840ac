import type { ChallengeOutcome, ControlValues } from '@/lib/practice/challenge-kit';
import type { ProgressData } from './schema';

/**
 * Runs a challenge's check on stored settings (on a page: the shared worker, against the page's
 * work budget); `onProgress` gets the fraction of that check done. Rejects to cancel.
 */
export type Rerun = (challengeId: string, values: ControlValues, onProgress: (fraction: number) => void) => Promise<ChallengeOutcome>;

/** A number for a message: at most three significant digits ("412", "0.73"). */
const short = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(3)).toLocaleString('en-US') : String(v));

/** Why a re-run does not confirm a best, or null when it does. */
export function rerunVerdict(best: ProgressData['challenges'][string], outcome: ChallengeOutcome): string | null {
  if (!outcome.ok) return `its settings could not be re-run (${outcome.errors[0] ?? 'no reason given'})`;
  const e = outcome.evaluation;
  if (!e.passed) {
    const miss = e.objectives.find((o) => !o.holds)!;
    const unit = miss.unit === '%' ? ' %' : miss.unit ? ` ${miss.unit}` : '';
    return `its settings do not pass when re-run (${miss.label}: ${short(miss.value)}${unit} on the worst seed, goal ${miss.target})`;
  }
  return e.stars === best.stars ? null : `its settings re-run earn ${e.stars} stars, not ${best.stars}`;
}

/**
 * Re-runs every imported challenge best (stored settings, every seed, one after the other) and
 * keeps only those that really pass with the stars they claim: a file cannot bring in a result its
 * own settings do not earn. `onProgress` gets the fraction of all re-runs done. A rejected re-run
 * (Cancel) rejects the whole verification: the caller then imports nothing.
 *
 * @example
 * const { data: verified, skipped } = await verifyChallengeBests(data, (id, v, p) => runChallengeAsync(id, v, { onProgress: p }));
 */
export async function verifyChallengeBests(data: ProgressData, rerun: Rerun, onProgress?: (fraction: number) => void): Promise<{ data: ProgressData; skipped: string[] }> {
  const entries = Object.entries(data.challenges);
  const kept: ProgressData['challenges'] = {};
  const skipped: string[] = [];
  for (const [i, [id, best]] of entries.entries()) {
    onProgress?.(i / entries.length);
    const outcome = await rerun(id, best.values, (f) => onProgress?.((i + Math.min(1, Math.max(0, f))) / entries.length));
    const why = rerunVerdict(best, outcome);
    if (why) skipped.push(`challenge "${id}": ${why}`);
    else kept[id] = best;
  }
  return { data: { ...data, challenges: kept }, skipped };
}

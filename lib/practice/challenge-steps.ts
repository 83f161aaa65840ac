import { models, type ModelName } from '@/lib/sim/models';
import { parseParamsOrThrow } from '@/lib/sim/params';
import { checkEstimate, estimateWork, sumWork, type BudgetProblem, type WorkBudget } from '@/lib/sim/work';
import type { ChallengeControl } from './challenge-kit';

/** Slices of simulated time per seed: progress moves in 1 % steps of each seed's run. */
const SLICES_PER_SEED = 100;

/**
 * Where a check over several seeds is: which seed is running (1-based) and the whole check's
 * percentage. `fraction` is the whole check's (seed i of n contributes [i/n, (i+1)/n)).
 *
 * @example
 * seedProgress(0.48, 3); // { seed: 2, of: 3, percent: 48 }
 */
export function seedProgress(fraction: number, seeds: number): { seed: number; of: number; percent: number } {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const of = Math.max(1, seeds);
  return { seed: Math.min(of, Math.floor(f * of) + 1), of, percent: Math.floor(f * 100) };
}

/** "Seed 2 of 3 · 48 %" (or "48 %" for a single run). */
export function progressText(fraction: number, seeds: number): string {
  const p = seedProgress(fraction, seeds);
  return p.of > 1 ? `Seed ${p.seed} of ${p.of} · ${p.percent} %` : `${p.percent} %`;
}

/**
 * Whether running `model` once per input fits `budget`: each seed as a run (`maxWork`, setup,
 * memory) and all of them together as a sweep (`maxSweepWork`: the check runs them one after the
 * other in the worker). The notice names the challenge's own controls that drive the work; when
 * none does (the fixed load is too big), it says so. Null when it fits.
 *
 * @example
 * checkSeedsWork('queue', inputs, controls, PAGE_BUDGET); // null or { message, lower }
 */
export function checkSeedsWork(model: ModelName, inputs: Record<string, unknown>[], controls: readonly ChallengeControl[], budget: WorkBudget): BudgetProblem | null {
  const parts = inputs.map((i) => estimateWork(model, parseParamsOrThrow(model, i)));
  if (parts.some((p) => !p)) return null;
  const estimates = parts as NonNullable<(typeof parts)[number]>[];
  const worst = estimates.reduce((a, b) => (b.work > a.work ? b : a));
  const total = sumWork(estimates);
  const perRun = checkEstimate(model, worst, budget, 'run');
  const problem = perRun ?? (total && checkEstimate(model, total, budget, 'sweep'));
  if (!problem) return null;
  const labels = new Map(controls.map((c) => [c.key, c.label]));
  const mine = problem.lower.filter((k) => labels.has(k));
  const subject = inputs.length === 1 ? 'This check' : perRun ? `Each of this check’s ${inputs.length} runs (one per seed)` : `This check (${inputs.length} seeds)`;
  const head = problem.message.replace(/^This (run|sweep)/, subject).replace(/ Lower .*$/, '');
  const names = mine.map((k) => labels.get(k) ?? k);
  const lever = names.length <= 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  return { message: lever ? `${head} Lower ${lever}.` : `${head} No setting of this challenge lowers it: its fixed load is too large.`, lower: mine };
}

/**
 * Runs `model` to the end once per input, one after the other, in slices of simulated time;
 * yields the fraction of the whole check done after each slice and returns the results, in
 * input order. The results equal `runModel` on each input (the engine steps and runs to the end
 * alike); stop iterating to cancel.
 *
 * @example
 * const steps = runSteps('queue', [{ seed: 1 }, { seed: 2 }]);
 * let r = steps.next(); while (!r.done) r = steps.next(); // r.value: two QueueResults
 */
export function* runSteps(model: ModelName, inputs: Record<string, unknown>[]): Generator<number, unknown[], void> {
  const results: unknown[] = [];
  const entry = models[model] as { kind: string; run(p: unknown): unknown; create?: (p: unknown) => { now: number; done: boolean; advanceTo(t: number): void; result(): unknown } };
  for (const [i, input] of inputs.entries()) {
    const params = parseParamsOrThrow(model, input);
    if (!entry.create) {
      results.push(entry.run(params));
      yield (i + 1) / inputs.length;
      continue;
    }
    const spanMs = estimateWork(model, params)?.simMs ?? 0;
    const sim = entry.create(params);
    // Slices up to the estimated end, then the (short) rest in one go: a model whose estimate is
    // off still finishes, and a clock never pushed past its last event keeps results identical.
    const slice = spanMs / SLICES_PER_SEED;
    if (slice > 0 && Number.isFinite(slice)) {
      for (let k = 1; k < SLICES_PER_SEED && !sim.done; k++) {
        sim.advanceTo(k * slice);
        yield Math.min(0.999, (i + k / SLICES_PER_SEED) / inputs.length);
      }
    }
    sim.advanceTo(Infinity);
    results.push(sim.result());
    yield Math.min(0.999, (i + 1) / inputs.length);
  }
  return results;
}

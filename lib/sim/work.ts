import type { WorkEstimate } from './models/estimates';
import { isModelName, models } from './models';
import { describeParams } from './params';

export type { WorkEstimate } from './models/estimates';

/**
 * How much one run may cost. `work` and `setup` are in event-equivalents (one engine event is
 * 0.1–0.5 µs on a laptop, a few times that on a phone).
 */
export interface WorkBudget {
  /** Events (+ other per-request work) of the run. */
  maxWork: number;
  /** Work building the model before time 0 (on a page this happens on the main thread). */
  maxSetup: number;
  maxBytes: number;
  /** A sweep (many runs, in the worker with progress and Cancel), setup included. */
  maxSweepWork: number;
}

/**
 * What a page allows: a run to the end in the worker takes a second or two on a phone, building a
 * model stays well under a frame budget on a laptop, and memory stays far below a phone tab's limit.
 */
export const PAGE_BUDGET: WorkBudget = { maxWork: 5e6, maxSetup: 5e5, maxBytes: 256e6, maxSweepWork: 20e6 };

/** The CLI's default (raise it with `--max-events`, drop it with `--no-budget`). */
export const CLI_BUDGET: WorkBudget = { maxWork: 200e6, maxSetup: 50e6, maxBytes: 4e9, maxSweepWork: 200e6 };

/**
 * Cost of one run of `model` with parsed `params`, from the model's own estimate (or a generic
 * two-events-per-request estimate for a model that has none). Pure and fast (no run).
 *
 * @example
 * estimateWork('queue', parseParamsOrThrow('queue', { requests: 1e6 })).events; // ≈ 2,002,000
 */
export function estimateWork(model: string, params: Record<string, unknown>): WorkEstimate | null {
  if (!isModelName(model)) return null;
  const entry = models[model] as { kind: string; estimateWork?: (p: never) => WorkEstimate };
  if (entry.kind !== 'event') return null;
  if (entry.estimateWork) return entry.estimateWork(params as never);
  const n = Number(params.requests ?? 0) + Number(params.warmupRequests ?? 0);
  const rate = Number(params.arrivalRate ?? 1000);
  return { events: 2 * n, work: 2 * n, setup: 0, bytes: 2e6 + n * 16, simMs: (n / rate) * 1000, lowerWork: ['requests', 'warmupRequests'], lowerBytes: ['requests'] };
}

/**
 * Adds up estimates (a sweep runs every point to the end, one after the other).
 *
 * @example
 * sumWork([a, b]).work; // a.work + b.work
 */
export function sumWork(parts: WorkEstimate[]): WorkEstimate | null {
  if (parts.length === 0) return null;
  const first = parts[0] as WorkEstimate;
  const sum = (k: 'events' | 'work' | 'setup' | 'simMs') => parts.reduce((a, p) => a + p[k], 0);
  // points run one after the other: memory is the largest point's, not the sum
  return { events: sum('events'), work: sum('work'), setup: sum('setup'), simMs: sum('simMs'), bytes: Math.max(...parts.map((p) => p.bytes)), lowerWork: first.lowerWork, lowerBytes: first.lowerBytes };
}

/** `~40 M`, `~1.1 GB` — rounded for a notice. */
function approx(x: number, unit: 'events' | 'bytes'): string {
  const steps = unit === 'bytes' ? ([[1e9, ' GB'], [1e6, ' MB'], [1e3, ' kB']] as const) : ([[1e9, ' billion'], [1e6, ' M'], [1e3, ' k']] as const);
  for (const [size, suffix] of steps) if (x >= size) return `${Number((x / size).toPrecision(x / size >= 10 ? 3 : 2)).toLocaleString('en-US')}${suffix}`;
  return String(Math.round(x));
}

/** "Requests or Warm-up" from parameter keys, in the model's labels. */
function levers(model: string, keys: string[]): string {
  const labels = isModelName(model) ? new Map(describeParams(models[model].schema).map((i) => [i.key, i.label])) : new Map<string, string>();
  const names = keys.map((k) => labels.get(k) ?? k);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** Why a run was refused: the notice text and the parameter keys to lower. */
export interface BudgetProblem {
  message: string;
  lower: string[];
}

/**
 * Null if the estimate fits the budget, else a notice saying what to lower, e.g.
 * `This run would simulate ~40 M events; the page allows 5 M. Lower Requests or Warm-up.`
 *
 * @example
 * checkEstimate('sharding', estimateWork('sharding', params)!, PAGE_BUDGET, 'run'); // null or { message, lower }
 */
export function checkEstimate(model: string, w: WorkEstimate, budget: WorkBudget, what: 'run' | 'sweep' = 'run', where = 'the page'): BudgetProblem | null {
  const subject = what === 'sweep' ? 'This sweep' : 'This run';
  if (w.bytes > budget.maxBytes)
    return {
      message: `${subject} would need ~${approx(w.bytes, 'bytes')} of memory; ${where} allows ${approx(budget.maxBytes, 'bytes')}. Lower ${levers(model, w.lowerBytes)}.`,
      lower: w.lowerBytes,
    };
  if (w.setup > budget.maxSetup)
    return {
      message: `Building this model would take ~${approx(w.setup, 'events')} steps before it starts; ${where} allows ${approx(budget.maxSetup, 'events')}. Lower ${levers(model, w.lowerWork)}.`,
      lower: w.lowerWork,
    };
  const maxWork = what === 'sweep' ? budget.maxSweepWork : budget.maxWork;
  if (w.work > maxWork)
    return {
      message: `${subject} would simulate ~${approx(w.work, 'events')} events; ${where} allows ${approx(maxWork, 'events')}. Lower ${levers(model, w.lowerWork)}.`,
      lower: w.lowerWork,
    };
  return null;
}

/**
 * {@link estimateWork} + {@link checkEstimate} for one run (null when it fits, or for a model
 * without an event loop).
 *
 * @example
 * checkBudget('queue', parseParamsOrThrow('queue', { requests: 10_000_000 }), PAGE_BUDGET)?.message;
 * // "This run would simulate ~20 M events; the page allows 5 M. Lower Requests or Warm-up."
 */
export function checkBudget(model: string, params: Record<string, unknown>, budget: WorkBudget, where?: string): BudgetProblem | null {
  const w = estimateWork(model, params);
  return w ? checkEstimate(model, w, budget, 'run', where) : null;
}

import { checkEstimate, type BudgetProblem, type WorkBudget } from '../work';
import { estimateDesignWork } from './estimate';
import type { Design } from './parts';

/** The words a notice uses for each lever of a design's cost. */
const LEVER_WORDS: Record<string, string> = {
  peakRps: 'the peak traffic',
  dayMs: 'the length of the day',
  growth: 'the growth',
  spike: 'the spike',
  count: 'the classes’ keys',
  users: 'the users',
  'database replicas': 'the database replicas',
  queueLimit: 'the waiting rooms',
};

/**
 * Null if a run of the design fits the budget, else a notice in words naming what to lower
 * ("This run would simulate ~40 M events; the page allows 5 M. Lower the peak traffic, the length
 * of the day, the growth or the spike.") and the JSON paths of those levers.
 *
 * @example
 * designBudgetProblem(design, PAGE_BUDGET)?.message;
 */
export function designBudgetProblem(design: Design, budget: WorkBudget, where = 'the page'): BudgetProblem | null {
  const w = estimateDesignWork(design);
  const problem = checkEstimate('design', w, budget, 'run', where);
  if (!problem) return null;
  const words = problem.lower.map((path) => LEVER_WORDS[path.replace(/.*\./, '').replace(/\[\]$/, '')] ?? path);
  const list = words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
  return { message: problem.message.replace(/Lower .*$/, `Lower ${list}.`), lower: problem.lower };
}

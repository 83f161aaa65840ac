/**
 * The learner's progress, kept in the browser (zustand + persist in localStorage, versioned zod
 * schema with migrations). Client code only: nothing here runs on the server.
 *
 * @example
 * import { markSimExplored } from '@/lib/progress';
 * markSimExplored('LoadBalancerSim'); // e.g. when the learner first runs or changes a simulation
 */
export { getProgressStore, markSimExplored, type ProgressActions, type ProgressState } from './store';
export { PROGRESS_VERSION, type ProgressData } from './schema';
export { saveStatus, type SaveOutcome } from './status';

import { INTERVIEW_PHASES, type Scenario } from './scenario-kit';
import { FOCUSED_SCENARIOS } from './scenarios-a';
import { DESIGN_SCENARIOS } from './scenarios-b';

export { criterionTrends, INTERVIEW_MINUTES, INTERVIEW_PHASES, RUBRIC, rubricTotal, type CriterionTrend, type InterviewPhaseId, type RubricCriterionId, type Scenario, type ScenarioLink } from './scenario-kit';

/** The interview phases (older name, kept for callers that say "steps"). */
export const INTERVIEW_STEPS = INTERVIEW_PHASES;

/** The mock-interview scenarios: focused ones first, then end-to-end design problems (add to either list to extend). */
export const SCENARIOS: readonly Scenario[] = [...FOCUSED_SCENARIOS, ...DESIGN_SCENARIOS];

/** A scenario by id. */
export function getScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

/** A random scenario other than `exceptId` (random source passed in so tests can fix it). */
export function pickScenario(random: () => number, exceptId?: string, from: readonly Scenario[] = SCENARIOS): Scenario {
  const pool = from.filter((s) => s.id !== exceptId);
  return pool[Math.floor(random() * pool.length) % pool.length] ?? SCENARIOS[0]!;
}

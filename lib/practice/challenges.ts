import type { Challenge } from './challenge-kit';
import { COURSE_CHALLENGES } from './challenges-course';
import { SYSTEM_CHALLENGES } from './system-challenges';

export type { Challenge, ChallengeControl, ControlValue, ControlValues, Evaluation, ObjectiveResult } from './challenge-kit';
export { MACHINE_PRICE_PER_MONTH } from './challenges-course';

/**
 * Every scored challenge, in course order. To add challenges, write them in their own file
 * (`defineChallenge({ …, seeds: [1, 2, 3] })`, at least three seeds) and spread that list here.
 */
export const CHALLENGES: readonly Challenge[] = [...COURSE_CHALLENGES, ...SYSTEM_CHALLENGES];

/** A challenge by id. */
export function getChallenge(id: string): Challenge | undefined {
  return CHALLENGES.find((c) => c.id === id);
}

/** id and chapter of every challenge (for summaries and the course map). */
export const CHALLENGE_OUTLINE = CHALLENGES.map((c) => ({ id: c.id, chapter: c.chapter }));

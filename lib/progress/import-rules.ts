import { checkValues, starsFor, type Challenge } from '@/lib/practice/challenge-kit';
import { DRILL_TEMPLATES, fmt, gradeGuess, makeDrill, MAX_SEED } from '@/lib/practice/drills';
import { INTERVIEW_STEPS, RUBRIC, SCENARIOS } from '@/lib/practice/scenarios';
import type { ImportRules } from './import-check';
import type { CourseOutline } from './summary';

/** How a challenge's cost reads in a message: "$500" or "6". */
function costText(challenge: Pick<Challenge, 'costUnit'>, cost: number): string {
  return challenge.costUnit === '$' ? `$${cost.toLocaleString('en-US')}` : `${cost}${challenge.costUnit ? ` ${challenge.costUnit}` : ''}`;
}

/**
 * The rules an imported file is checked against (lib/progress/import-check.ts), from the course
 * outline and the challenge definitions. A best attempt must be a setting the challenge allows,
 * cost what that setting costs and have the stars that cost earns. These checks are instant; a
 * real but failing setting passes them, so the page then re-runs every kept best on its stored
 * settings in the worker (lib/progress/import-verify.ts) and drops those that do not pass. A drill
 * answer is graded again: the template and seed give the drill, and the guess must earn the verdict.
 * `otherCardIds`: review cards that are not chapter questions (e.g. simulation cards), kept too.
 */
export function buildImportRules(course: CourseOutline, challenges: readonly Challenge[], otherCardIds: readonly string[] = []): ImportRules {
  const published = new Set(course.challenges.map((c) => c.id));
  return {
    chapterSlugs: course.chapters.map((c) => c.slug),
    // Review cards are keyed by question id, or by the id of any other kind of card (`otherCardIds`).
    questionIds: [...course.chapters.flatMap((c) => c.questionIds), ...otherCardIds],
    // a mock on a design problem is kept under the problem's id
    scenarioIds: [...SCENARIOS.map((s) => s.id), ...(course.problems ?? []).map((p) => p.id)],
    stepIds: INTERVIEW_STEPS.map((s) => s.id),
    rubricIds: RUBRIC.map((r) => r.id),
    drills: new Map(
      DRILL_TEMPLATES.map((t) => [
        t.id,
        (attempt) => {
          if (attempt.seed > MAX_SEED) return `seed ${attempt.seed} is out of range`;
          const drill = makeDrill(t, attempt.seed);
          const correct = gradeGuess(drill, attempt.guess).correct;
          if (correct === attempt.correct) return null;
          return `marked ${attempt.correct ? 'right' : 'wrong'}, but ${fmt(attempt.guess)} ${drill.unit} is ${correct ? 'within' : 'outside'} the tolerance (answer ${fmt(drill.answer)})`;
        },
      ]),
    ),
    problems: new Map((course.problems ?? []).map((p) => [p.id, p])),
    challenges: new Map(
      challenges
        .filter((c) => published.has(c.id))
        .map((c) => [
          c.id,
          (best) => {
            const errors = checkValues(c.controls, best.values);
            if (errors.length) return `its settings are not possible (${errors[0]})`;
            const cost = c.costOf(best.values);
            if (cost !== best.cost) return `${best.stars} stars at ${costText(c, best.cost)}, but its settings cost ${costText(c, cost)}`;
            const stars = starsFor(cost, c.stars);
            return stars === best.stars ? null : `${best.stars} stars, but ${costText(c, cost)} earns ${stars}`;
          },
        ]),
    ),
  };
}

import { checkProblemImport, type ProblemRules } from './import-problems';
import type { ProgressData } from './schema';

/** What an imported file is checked against: the ids this course has, and how challenges score. */
export interface ImportRules {
  chapterSlugs: readonly string[];
  questionIds: readonly string[];
  scenarioIds: readonly string[];
  stepIds: readonly string[];
  rubricIds: readonly string[];
  /** Per challenge id: why a best attempt cannot be real (settings out of range, cost or stars not matching), or null. */
  challenges: ReadonlyMap<string, (attempt: ProgressData['challenges'][string]) => string | null>;
  /** Per drill template id: why an answer cannot be real (a seed out of range, a verdict its guess does not earn), or null. */
  drills: ReadonlyMap<string, (attempt: ProgressData['drillAttempts'][number]) => string | null>;
  /** Design problems by id (lib/progress/import-problems.ts); omitted = problem entries are not checked. */
  problems?: ProblemRules;
}

/** Longest mock interview accepted (the timer runs 45 minutes; a forgotten tab may run on). */
export const MAX_MOCK_SECONDS = 24 * 3600;
/** FSRS never schedules further out than this (its default maximum interval). */
export const MAX_INTERVAL_DAYS = 36_500;
/** Clock difference between two devices tolerated for "not in the future" dates. */
const CLOCK_SKEW_MS = 24 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** The data with every entry that cannot come from this course or from a real session removed, and a line per removal. */
export interface CheckedImport {
  data: ProgressData;
  skipped: string[];
}

/**
 * Checks imported progress against the course and the clock: ids must exist in this course (chapters,
 * cards and their reviews, drills, scenarios, challenges), values must be possible (card schedules,
 * a challenge's stars and cost against its own scoring, a drill's verdict against its guess), and
 * no date may lie in the future. Entries that fail are dropped and listed; everything else is kept.
 *
 * @example
 * checkImport(data, rules, new Date()).skipped // ['card for unknown question "no-such-question"']
 */
export function checkImport(data: ProgressData, rules: ImportRules, now: Date): CheckedImport {
  const skipped: string[] = [];
  const latest = now.getTime() + CLOCK_SKEW_MS;
  const past = (iso: string | undefined) => iso === undefined || Date.parse(iso) <= latest;
  const when = (iso: string) => iso.slice(0, 10);
  const keep = <T>(record: Record<string, T>, why: (key: string, value: T) => string | null): Record<string, T> =>
    Object.fromEntries(
      Object.entries(record).filter(([key, value]) => {
        const reason = why(key, value);
        if (reason) skipped.push(reason);
        return !reason;
      }),
    );

  const chapters = new Set(rules.chapterSlugs);
  const questions = new Set(rules.questionIds);
  const scenarios = new Set(rules.scenarioIds);
  const steps = new Set(rules.stepIds);
  const rubric = new Set(rules.rubricIds);

  const chaptersRead = keep(data.chaptersRead, (slug, at) =>
    !chapters.has(slug) ? `chapter read: no chapter "${slug}" in this course` : !past(at) ? `chapter "${slug}" read on ${when(at)}, in the future` : null,
  );
  const simsExplored = keep(data.simsExplored, (id, at) => (!past(at) ? `simulation "${id}" explored on ${when(at)}, in the future` : null));
  const predictions = keep(data.predictions, (key, p) => (!past(p.at) ? `prediction "${key}" made on ${when(p.at)}, in the future` : null));
  const cards = keep(data.cards, (id, card) => {
    if (!questions.has(id)) return `card for unknown question "${id}"`;
    if (!past(card.last_review)) return `card "${id}": last reviewed on ${when(card.last_review!)}, in the future`;
    const from = card.last_review ? Date.parse(card.last_review) : now.getTime();
    if (Date.parse(card.due) - from > MAX_INTERVAL_DAYS * DAY_MS) return `card "${id}": due ${when(card.due)}, further out than any schedule (${MAX_INTERVAL_DAYS} days)`;
    if (card.difficulty < 1 || card.difficulty > 10) return `card "${id}": difficulty ${card.difficulty} is outside 1–10`;
    if (card.stability > MAX_INTERVAL_DAYS) return `card "${id}": stability ${card.stability} days is more than ${MAX_INTERVAL_DAYS}`;
    if (card.lapses > card.reps) return `card "${id}": ${card.lapses} lapses in ${card.reps} reviews`;
    return null;
  });
  const challenges = keep(data.challenges, (id, best) => {
    const rule = rules.challenges.get(id);
    if (!rule) return `challenge result for unknown challenge "${id}"`;
    if (!past(best.at)) return `challenge "${id}": dated ${when(best.at)}, in the future`;
    const why = rule(best);
    return why ? `challenge "${id}": ${why}` : null;
  });
  const drillAttempts = data.drillAttempts.filter((a) => {
    const rule = rules.drills.get(a.templateId);
    const why = !rule ? `drill answer for unknown drill "${a.templateId}"` : !past(a.at) ? `drill answer of ${when(a.at)}: dated in the future` : rule(a);
    if (why) skipped.push(why.startsWith('drill') ? why : `drill "${a.templateId}" of ${when(a.at)}: ${why}`);
    return !why;
  });
  const reviewLog = data.reviewLog.filter((r) => {
    const why = !questions.has(r.questionId) ? `review of unknown card "${r.questionId}"` : !past(r.at) ? `review of "${r.questionId}" on ${when(r.at)}, in the future` : null;
    if (why) skipped.push(why);
    return !why;
  });
  const readingMs = data.readingMs ? keep(data.readingMs, (slug) => (chapters.has(slug) ? null : `reading time: no chapter "${slug}" in this course`)) : undefined;
  const draft = data.mockDraft;
  const draftWhy = !draft
    ? null
    : !scenarios.has(draft.scenarioId)
      ? `interview in progress: no scenario "${draft.scenarioId}"`
      : !past(draft.startedAt) || !past(draft.runningSince ?? undefined)
        ? `interview in progress started ${when(draft.startedAt)}, in the future`
        : null;
  if (draftWhy) skipped.push(draftWhy);
  const mockHistory = data.mockHistory.filter((m) => {
    const label = `mock interview of ${when(m.at)}`;
    const reason = !scenarios.has(m.scenarioId)
      ? `${label}: no scenario "${m.scenarioId}"`
      : !past(m.at)
        ? `${label}: dated in the future`
        : m.elapsedSec > MAX_MOCK_SECONDS
          ? `${label}: lasted ${Math.round(m.elapsedSec / 60).toLocaleString('en-US')} minutes (at most ${MAX_MOCK_SECONDS / 3600} hours)`
          : m.stepsDone.find((s) => !steps.has(s))
            ? `${label}: unknown step "${m.stepsDone.find((s) => !steps.has(s))}"`
            : Object.keys(m.scores).find((k) => !rubric.has(k))
              ? `${label}: unknown rubric criterion "${Object.keys(m.scores).find((k) => !rubric.has(k))}"`
              : null;
    if (reason) skipped.push(reason);
    return !reason;
  });
  const checked = { ...data, chaptersRead, simsExplored, predictions, cards, challenges, mockHistory, drillAttempts, reviewLog, mockDraft: draftWhy ? null : draft, ...(readingMs ? { readingMs } : {}) };
  if (!rules.problems) return { data: checked, skipped };
  const p = checkProblemImport(checked, rules.problems);
  return { data: p.data, skipped: [...skipped, ...p.skipped] };
}

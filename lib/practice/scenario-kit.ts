/** The five phases of a system-design interview, each with its own time budget: 45 minutes, as chapter 5 teaches. */
export const INTERVIEW_PHASES = [
  { id: 'clarify', label: 'Clarify', minutes: 5, what: 'Ask about users, traffic, read/write mix, data size and what must never break. State your assumptions.' },
  { id: 'estimate', label: 'Estimate', minutes: 5, what: 'Turn the assumptions into numbers: peak requests per second, data per year, memory for the hot set, machines needed.' },
  { id: 'high-level', label: 'High-level design', minutes: 10, what: 'Draw the boxes: clients, load balancer, app servers, data stores, caches, queues. Walk one request through them.' },
  { id: 'deep-dive', label: 'Deep dive', minutes: 15, what: 'Pick the part that breaks first under load and go deep: capacity numbers, failure modes, how you would measure it.' },
  { id: 'trade-offs', label: 'Trade-offs', minutes: 10, what: 'Name what you gave up (consistency, cost, complexity), the alternatives you rejected and when you would revisit them.' },
] as const;
export type InterviewPhaseId = (typeof INTERVIEW_PHASES)[number]['id'];

/** The whole interview's budget, in minutes. */
export const INTERVIEW_MINUTES = INTERVIEW_PHASES.reduce((n, p) => n + p.minutes, 0);

/** A link from the reference outline to a lesson or a figure. */
export interface ScenarioLink {
  href: string;
  label: string;
}

/** An open-ended interview prompt built from the course. */
export interface Scenario {
  id: string;
  title: string;
  /** What the interviewer says. */
  prompt: string;
  /** Chapter slugs it draws on. */
  chapters: string[];
  /** The reference outline: what a strong answer covers at each phase, with numbers. */
  cues: Record<InterviewPhaseId, string>;
  /** At `atMin` minutes into the interview the interviewer changes the problem. */
  followUp: { atMin: number; text: string; strongAnswer: string };
  /** Lessons and figures the outline draws on. */
  links: ScenarioLink[];
  /** A whiteboard (playground) to sketch the design on, where one exists. */
  whiteboard?: ScenarioLink;
}

/** The self-scoring rubric: 1 (missing) to 4 (strong) per criterion. */
export const RUBRIC = [
  { id: 'requirements', label: 'Requirements and numbers', levels: ['Jumped straight to a design', 'Asked a question or two', 'Clarified scope and rough numbers', 'Quantified load and stated assumptions that drove the design'] },
  { id: 'design', label: 'High-level design', levels: ['No clear structure', 'Boxes without a request path', 'A sound design with a walked-through request', 'A sound design that fits the numbers, explained simply'] },
  { id: 'depth', label: 'Depth on the bottleneck', levels: ['Stayed on the surface', 'Named the bottleneck', 'Explained how it fails and how to fix it', 'Sized it, covered failure modes and how to measure'] },
  { id: 'follow-up', label: 'Handling the follow-up', levels: ['Ignored it or started over', 'Acknowledged it without changing the design', 'Adapted the design to it', 'Re-did the numbers and adapted the design, naming what changed'] },
  { id: 'trade-offs', label: 'Trade-offs', levels: ['None mentioned', 'Named one in passing', 'Compared alternatives with pros and cons', 'Chose deliberately and said when to revisit'] },
  { id: 'communication', label: 'Communication', levels: ['Hard to follow', 'Followed with effort', 'Clear, checked in with the interviewer', 'Clear, structured, managed the time well'] },
] as const;
export type RubricCriterionId = (typeof RUBRIC)[number]['id'];

/** Sum of the scores over the rubric's criteria, and the maximum. */
export function rubricTotal(scores: Readonly<Record<string, number>>): { total: number; max: number } {
  return { total: RUBRIC.reduce((n, c) => n + (scores[c.id] ?? 0), 0), max: RUBRIC.length * 4 };
}

/** Shorthands for outline links. */
export const lesson = (slug: string, label: string): ScenarioLink => ({ href: `/learn/${slug}`, label });
export const figure = (slug: string, label: string): ScenarioLink => ({ href: `/playground/${slug}`, label });

/** One rubric criterion's scores over the attempts (oldest first; null where an attempt did not score it) and its change. */
export interface CriterionTrend {
  id: string;
  label: string;
  scores: (number | null)[];
  /** Mean of the last (up to) three scored attempts minus the mean of the first three; null with fewer than two. */
  change: number | null;
}

/** Each criterion's trend over past mock interviews. */
export function criterionTrends(history: readonly { scores: Readonly<Record<string, number>> }[]): CriterionTrend[] {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return RUBRIC.map((c) => {
    const scores = history.map((h) => h.scores[c.id] ?? null);
    const scored = scores.filter((x): x is number => x !== null);
    const n = Math.min(3, Math.floor(scored.length / 2));
    const change = n >= 1 ? mean(scored.slice(-n)) - mean(scored.slice(0, n)) : null;
    return { id: c.id, label: c.label, scores, change };
  });
}

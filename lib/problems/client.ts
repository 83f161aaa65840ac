import type { Design } from '../sim/design/schema';
import type { ProblemSource } from './load';
import { gradingSpec, type GradingSpec } from './prepare';
import type { ProblemFrontmatter } from './schema';

/** A problem in the practice list. */
export interface ProblemSummary {
  id: string;
  title: string;
  summary: string;
  difficulty: ProblemFrontmatter['difficulty'];
  topics: string[];
  goals: number;
  /** Older mock-interview scenarios this problem takes over. */
  replaces: string[];
}

/** Everything the problem page and the mock interview need on the client (serialisable; no write-up). */
export interface ClientProblem extends ProblemSummary {
  prompt: string;
  clarify: ProblemFrontmatter['clarify'];
  facts: ProblemFrontmatter['requirements']['facts'];
  estimates: ProblemFrontmatter['estimates'];
  spec: GradingSpec;
  start: Design;
  references: { label: string; note: string; design: Design }[];
  wrong: { label: string; reason: string; fails: string }[];
  probes: ProblemFrontmatter['probes'];
  rubric: ProblemFrontmatter['rubric'];
  followUpAtMin: number;
}

export function toProblemSummary(p: ProblemSource): ProblemSummary {
  const f = p.frontmatter;
  return { id: p.id, title: f.title, summary: f.summary, difficulty: f.difficulty, topics: f.topics, goals: f.goals.length, replaces: f.replaces };
}

export function toClientProblem(p: ProblemSource): ClientProblem {
  const f = p.frontmatter;
  return {
    ...toProblemSummary(p),
    prompt: f.prompt,
    clarify: f.clarify,
    facts: f.requirements.facts,
    estimates: f.estimates,
    spec: gradingSpec(p.id, f),
    start: p.designs[f.start]!,
    references: f.references.map((r) => ({ label: r.label, note: r.note, design: p.designs[r.design]! })),
    wrong: f.wrong.map((w) => ({ label: w.label, reason: w.reason, fails: w.fails })),
    probes: f.probes,
    rubric: f.rubric,
    followUpAtMin: f.followUpAtMin,
  };
}

/** Topic ids in words for the list ("id-generation" → "ID generation"). */
export function topicLabel(topic: string): string {
  const words: Record<string, string> = { id: 'ID', cdn: 'CDN', ids: 'IDs', raft: 'Raft', slos: 'SLOs', top: 'top', k: 'K' };
  const text = topic
    .split('-')
    .map((w) => words[w] ?? w)
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

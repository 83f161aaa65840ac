import { z } from 'zod';

/** What a question asks for: a concept to explain, or an open design problem worked end to end. */
export const questionKinds = ['concept', 'design'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** One structured interview question, carried in a chapter's frontmatter and collected into the practice bank. */
export const questionSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case (a-z, 0-9 and dashes)'),
  question: z.string().trim().min(10, 'question must be at least 10 characters'),
  answer: z.string().trim().min(40, 'answer (the model answer) must be at least 40 characters'),
  listenFor: z.array(z.string().trim().min(3)).min(1, 'listenFor needs at least one point').max(8),
  wrongAnswer: z.string().trim().min(10, 'wrongAnswer must be at least 10 characters'),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'tags are lower-case kebab-case')).default([]),
  /** Optional; omitted means 'concept'. Read it through `questionKind(q)`. */
  kind: z.enum(questionKinds).optional(),
});

/** Chapter frontmatter: the one schema behind the loader, the content check and the TypeScript types. */
export const frontmatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(120),
  summary: z.string().trim().min(10).max(240),
  order: z.number().int().min(0).max(999),
  objectives: z.array(z.string().trim().min(3)).min(1, 'objectives needs at least one item'),
  minutes: z.number().int().min(1).max(240).optional(),
  draft: z.boolean().default(false),
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'tags are lower-case kebab-case')).default([]),
  questions: z.array(questionSchema).default([]),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type Question = z.infer<typeof questionSchema>;

/** A question's kind with the default applied: 'concept' unless the frontmatter says 'design'. */
export function questionKind(q: Pick<Question, 'kind'>): QuestionKind {
  return q.kind ?? 'concept';
}

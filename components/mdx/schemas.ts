import { z } from 'zod';

/**
 * Props of every component lessons may use, one zod schema each. This file has no React in it so
 * that the content check (Node) and the registry (React) share it. Sim props come from the engine's
 * model schemas (see components/sims/props.ts).
 */
export const calloutProps = z.strictObject({
  type: z.enum(['note', 'tip', 'warning', 'interview']).default('note'),
  title: z.string().min(1).optional(),
});

export const figureProps = z.strictObject({
  caption: z.string().min(3),
  alt: z.string().min(10, 'alt must describe the figure (at least 10 characters)'),
  src: z.string().regex(/^\/[^\s]*$/, 'src must be a path under public/, starting with /').optional(),
  width: z.number().int().min(16).max(2000).optional(),
  height: z.number().int().min(16).max(2000).optional(),
});

export const keyNumbersProps = z.strictObject({
  title: z.string().min(1).default('Numbers to remember'),
  items: z
    .array(z.strictObject({ label: z.string().min(1), value: z.string().min(1), source: z.string().min(1).optional() }))
    .min(1),
});

export const recapProps = z.strictObject({ title: z.string().min(1).default('Recap') });

export const objectivesProps = z.strictObject({});

export const termProps = z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/, 'id is a glossary id (kebab-case)') });

export const predictProps = z
  .strictObject({
    question: z.string().min(5),
    choices: z.array(z.string().min(1)).min(2).max(6).optional(),
    answer: z.number(),
    unit: z.string().min(1).optional(),
    tolerance: z.number().gt(0).max(1).default(0.25),
    explanation: z.string().min(5),
  })
  .superRefine((p, ctx) => {
    if (p.choices && (!Number.isInteger(p.answer) || p.answer < 0 || p.answer >= p.choices.length)) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `must be the index of the right choice, between 0 and ${p.choices.length - 1}, got ${p.answer}`,
      });
    }
  });

export const proseComponentProps = {
  Callout: calloutProps,
  Figure: figureProps,
  KeyNumbers: keyNumbersProps,
  Recap: recapProps,
  Objectives: objectivesProps,
  Term: termProps,
  Predict: predictProps,
} as const;

export type CalloutProps = z.input<typeof calloutProps>;
export type FigureProps = z.input<typeof figureProps>;
export type KeyNumbersProps = z.input<typeof keyNumbersProps>;
export type RecapProps = z.input<typeof recapProps>;
export type TermProps = z.input<typeof termProps>;
export type PredictProps = z.input<typeof predictProps>;

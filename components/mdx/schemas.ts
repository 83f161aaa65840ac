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
    metric: z.string().min(1).optional().meta({ description: 'Metric key of the simulation right after it to check a numeric guess against ("You said 45 %; measured 44.7 %")' }),
    checkAtMs: z.number().min(0).optional().meta({ description: 'Sim time (ms) at which the figure compares; default: the end of the run' }),
  })
  .superRefine((p, ctx) => {
    if (p.choices && (!Number.isInteger(p.answer) || p.answer < 0 || p.answer >= p.choices.length)) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `must be the index of the right choice, between 0 and ${p.choices.length - 1}, got ${p.answer}`,
      });
    }
    if (p.choices && p.metric) ctx.addIssue({ code: 'custom', path: ['metric'], message: 'only a numeric prediction (no choices) can be checked against a metric' });
  });

/** Literal settings of a `<Try>`: setting name → value (checked against the figure by the content check). */
const tryValue = z.union([z.number(), z.string(), z.boolean(), z.array(z.number())]);

export const tryProps = z
  .strictObject({
    figure: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'figure is the id of a simulation in this lesson, e.g. "ttl"')
      .meta({ description: 'The `id` of a simulation in this lesson' }),
    set: z.record(z.string(), tryValue).optional().meta({ description: 'Settings to apply, e.g. {{ ttlMs: 200 }}: each must be one of the figure’s controls and reachable on its slider' }),
    act: z.string().min(3).optional().meta({ description: 'Actions: "kill 2", "revive 2", "add server", "add shard"; on a system figure also "restart the cache", "fail the primary"; optionally "at 5s" (sim time); comma-separated' }),
  })
  .refine((p) => (p.set && Object.keys(p.set).length > 0) || p.act, { message: 'a <Try> needs set={{…}}, act="…" or both' });

export const proseComponentProps = {
  Callout: calloutProps,
  Figure: figureProps,
  KeyNumbers: keyNumbersProps,
  Recap: recapProps,
  Objectives: objectivesProps,
  Term: termProps,
  Predict: predictProps,
  Try: tryProps,
} as const;

export type CalloutProps = z.input<typeof calloutProps>;
export type FigureProps = z.input<typeof figureProps>;
export type KeyNumbersProps = z.input<typeof keyNumbersProps>;
export type RecapProps = z.input<typeof recapProps>;
export type TermProps = z.input<typeof termProps>;
export type PredictProps = z.input<typeof predictProps>;
export type TryProps = z.input<typeof tryProps>;

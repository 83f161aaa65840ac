import type { MDXComponents } from 'mdx/types';
import type { ComponentType, ReactNode } from 'react';
import type { z } from 'zod';
import { simComponents } from '@/components/sims/registry';
import { Callout } from './Callout';
import { CodeBlock } from './CodeBlock';
import { Figure } from './Figure';
import { KeyNumbers } from './KeyNumbers';
import { Objectives } from './Objectives';
import { Predict } from './Predict';
import { Recap } from './Recap';
import type { proseComponentProps } from './schemas';
import { Term } from './Term';
import { Try } from './Try';

type ProseProps = { [K in keyof typeof proseComponentProps]: z.input<(typeof proseComponentProps)[K]> & { children?: ReactNode } };

/** Lessons may use exactly these components; the type keeps implementations in step with the schemas. */
export type ProseComponentMap = { [K in keyof ProseProps]: ComponentType<ProseProps[K]> };

export interface LessonContext {
  objectives: string[];
}

/** The components map handed to a compiled lesson: the registry plus HTML overrides (code blocks). */
export function createMdxComponents(lesson: LessonContext): MDXComponents {
  const prose: ProseComponentMap = {
    Callout,
    Figure,
    KeyNumbers,
    Recap,
    Term,
    Predict,
    Try,
    Objectives: () => <Objectives items={lesson.objectives} />,
  };
  return { ...prose, ...simComponents, pre: CodeBlock } as MDXComponents;
}

/** Names of the registry components that have a React implementation (tests compare with the schemas). */
export function implementedComponentNames(): string[] {
  return Object.keys(createMdxComponents({ objectives: [] }))
    .filter((k) => /^[A-Z]/.test(k))
    .sort();
}

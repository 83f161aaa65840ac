import { simPropSchemas } from '@/components/sims/props';
import { proseComponentProps } from './schemas';

/**
 * The one list of what lessons may use, with each component's prop schema. The content check
 * validates lessons against it; `components/mdx/index.tsx` maps the same names to React components
 * (a unit test keeps the two in step).
 */
export const componentPropSchemas = { ...proseComponentProps, ...simPropSchemas };

export const registryNames = (): string[] => Object.keys(componentPropSchemas).sort();

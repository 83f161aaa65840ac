import '../../zod-csp';
import type { z } from 'zod';
import type { DesignComponent } from './components';
import { checkDesign } from './checks';
import { designObject, type Design } from './parts';

export * from './components';
export * from './parts';

/**
 * An architecture as data: the one format the studio saves, share links carry, the CLI reads,
 * problems and lessons embed. Unknown keys are errors; cross-references (paths, arrows, faults)
 * are checked with messages that name the class and the step (checks.ts).
 *
 * @example
 * const d = designSchema.parse(JSON.parse(readFileSync('examples/designs/url-shortener.json', 'utf8')));
 */
export const designSchema = designObject.superRefine((d, ctx) => checkDesign(d, ctx));
/** A design as written in a file, before defaults are filled in. */
export type DesignInput = z.input<typeof designSchema>;

/** The component with this id (undefined if none). */
export function componentById(d: Pick<Design, 'components'>, id: string): DesignComponent | undefined {
  return d.components.find((c) => c.id === id);
}

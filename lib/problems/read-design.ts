import { formatPath } from '../content/zod-format';
import { designSchema, type Design } from '../sim/design/schema';
import { designMismatch, workMismatch, type GradingSpec } from './prepare';

/** A design read from text or saved data: the design, or what is wrong with it in words (each naming its JSON path). */
export type DesignRead = { ok: true; design: Design } | { ok: false; errors: string[] };

/**
 * Reads a design for a problem: valid JSON, the design schema (paths and steps checked), and the
 * problem's request classes. Every error names where it is.
 *
 * @example
 * readDesign('{"version":1,…}', spec); // { ok: false, errors: ["classes[1].path[2].node: Writes must go to the primary: 'create a link' step 3 writes to a replica"] }
 */
export function readDesign(input: unknown, spec: Pick<GradingSpec, 'requirements' | 'given'>): DesignRead {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [`not JSON: ${(e as Error).message}`] };
    }
  }
  const parsed = designSchema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.slice(0, 8).map((i) => `${formatPath(i.path) || 'design'}: ${i.message}`) };
  const mismatch = [...designMismatch(parsed.data, spec), ...workMismatch(parsed.data, spec)];
  return mismatch.length ? { ok: false, errors: mismatch } : { ok: true, design: parsed.data };
}

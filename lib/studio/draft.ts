import '@/lib/zod-csp';
import { z } from 'zod';
import { formatZodIssue } from '@/lib/content/zod-format';
import { classSchema, componentSchema, designObject, stepSchema, type Design } from '@/lib/sim/design/schema';

/**
 * A drawing in progress: the design format with its lists allowed to be short (the clients alone, a
 * class with no steps yet), because the studio saves, exports and shares unfinished work too. Every
 * field, kind and unknown key is still checked as the format checks it; what an unfinished design
 * lacks is the validation's to say (issues.ts), and it never reaches the engine.
 */
export const draftSchema = designObject.extend({
  components: z.array(componentSchema).max(24),
  classes: z.array(classSchema.extend({ path: z.array(stepSchema).max(16) })).max(8),
});

/** Reading a design from a file, a link or storage: the design, or why not (each problem naming its place). */
export type DraftRead = { ok: true; design: Design } | { ok: false; problems: string[] };

/**
 * Reads a design (finished or not) from parsed JSON. Problems name the JSON path and what is
 * allowed, as the CLI's do; at most `max` are listed.
 *
 * @example
 * readDraft({ version: 2 }).problems[0]; // 'version must be 1 (the only design format version)'
 */
export function readDraft(value: unknown, max = 5): DraftRead {
  const r = draftSchema.safeParse(value);
  if (r.success) return { ok: true, design: r.data as Design };
  const problems = r.error.issues.map((i) => {
    if (i.code === 'custom' || (i.path[0] === 'version' && i.code === 'invalid_value')) return `${i.path.join('.') || 'design'} ${i.message}`;
    if (i.code === 'unrecognized_keys' && i.path.length === 0) return `the design has unknown key(s) ${i.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    return formatZodIssue(i, value, designObject);
  });
  return { ok: false, problems: problems.length > max ? [...problems.slice(0, max), `and ${problems.length - max} more`] : problems };
}

/**
 * Reads a design from JSON text (an imported file).
 *
 * @example
 * readDraftText('{'); // { ok: false, problems: ['the file is not JSON: …'] }
 */
export function readDraftText(text: string): DraftRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [`the file is not JSON: ${err instanceof Error ? err.message : String(err)}`] };
  }
  return readDraft(value);
}

/** The design as a file: pretty JSON in the format's key order, defaults included. */
export function designJson(d: Design): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}

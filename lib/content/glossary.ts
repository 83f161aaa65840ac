import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { contentDir, displayPath } from './paths';
import { ContentError, type ContentProblem } from './problem';
import { formatZodIssue } from './zod-format';

export const glossaryEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case'),
  term: z.string().min(1),
  definition: z.string().min(10),
  chapter: z.string().regex(/^[a-z0-9-]+$/).optional(),
  see: z.array(z.string()).default([]),
});
export const glossarySchema = z.array(glossaryEntrySchema);
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const latencyNumberSchema = z.strictObject({
  operation: z.string().min(1),
  ns: z.number().positive(),
  category: z.enum(['cpu', 'memory', 'network', 'disk', 'web']),
  note: z.string().optional(),
});
export const latencyFileSchema = z.strictObject({
  source: z.string().min(1),
  sourceUrl: z.url(),
  year: z.number().int(),
  numbers: z.array(latencyNumberSchema).min(1),
});
export type LatencyNumber = z.infer<typeof latencyNumberSchema>;
export type LatencyFile = z.infer<typeof latencyFileSchema>;

/** Reads and validates a YAML data file under content/, reporting problems at their lines. */
export function readYamlData<T>(name: string, schema: z.ZodType<T>, root = contentDir()): { data: T | null; problems: ContentProblem[] } {
  const abs = path.join(root, name);
  const file = displayPath(abs);
  if (!fs.existsSync(abs)) return { data: null, problems: [{ file, line: 1, column: 1, message: `${name} is missing` }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(fs.readFileSync(abs, 'utf8'), { lineCounter });
  if (doc.errors.length > 0) {
    return {
      data: null,
      problems: doc.errors.map((e) => {
        const p = lineCounter.linePos(e.pos[0]);
        return { file, line: p.line, column: p.col, message: `YAML: ${e.message.split('\n')[0]}` };
      }),
    };
  }
  const raw: unknown = doc.toJS();
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data, problems: [] };
  return {
    data: null,
    problems: parsed.error.issues.map((issue) => {
      const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      const p = lineCounter.linePos(node?.range?.[0] ?? 0);
      return { file, line: p.line, column: p.col, message: formatZodIssue(issue, raw) };
    }),
  };
}

/** The glossary, sorted by term. Throws ContentError when the file is invalid. */
export function loadGlossary(root?: string): GlossaryEntry[] {
  const { data, problems } = readYamlData('glossary.yaml', glossarySchema, root);
  if (!data) throw new ContentError(problems);
  return [...data].sort((a, b) => a.term.localeCompare(b.term));
}

/** The latency reference numbers. Throws ContentError when the file is invalid. */
export function loadLatencyNumbers(root?: string): LatencyFile {
  const { data, problems } = readYamlData('latency-numbers.yaml', latencyFileSchema, root);
  if (!data) throw new ContentError(problems);
  return data;
}

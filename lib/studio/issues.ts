import '@/lib/zod-csp';
import type { z } from 'zod';
import { formatZodIssue } from '@/lib/content/zod-format';
import { checkDesign } from '@/lib/sim/design/checks';
import { designSchema, type Design } from '@/lib/sim/design/schema';

/** What an issue is about, so the studio shows it on that box, arrow, class or step. */
export type IssueTarget =
  | { type: 'component'; id: string }
  | { type: 'arrow'; from: string; to: string }
  | { type: 'class'; id: string; step?: number }
  | { type: 'classes' }
  | { type: 'design' };

/** One problem of a design in words, with what it is about. */
export interface StudioIssue {
  target: IssueTarget;
  message: string;
}

/** A design checked the way the CLI checks it: the parsed design when valid, else its issues. */
export type Checked = { ok: true; design: Design; issues: [] } | { ok: false; design: null; issues: StudioIssue[] };

/** Where a zod issue's path points, in the studio's terms. */
function targetOf(path: readonly PropertyKey[], d: Design): IssueTarget {
  const [top, i, sub, si] = path;
  if (top === 'components' && typeof i === 'number' && d.components[i]) return { type: 'component', id: d.components[i].id };
  if (top === 'connections' && typeof i === 'number' && d.connections[i]) return { type: 'arrow', from: d.connections[i].from, to: d.connections[i].to };
  if (top === 'classes' && typeof i === 'number' && d.classes[i]) {
    const id = d.classes[i].id;
    return sub === 'path' && typeof si === 'number' ? { type: 'class', id, step: si } : { type: 'class', id };
  }
  if (top === 'classes') return { type: 'classes' };
  if (top === 'layout' && typeof i === 'string') return { type: 'component', id: i };
  return { type: 'design' };
}

/** The words for the shape problems an unfinished drawing has (the rest are the schema's own). */
function wordsFor(issue: z.core.$ZodIssue, d: Design): string {
  const [top, i, sub] = issue.path;
  if (issue.code === 'too_small' && issue.origin === 'array') {
    if (top === 'components') return 'A design needs the clients and at least one component they send requests to: add one from the palette';
    if (top === 'classes' && i === undefined) return 'A design needs at least one request class: add one';
    if (top === 'classes' && sub === 'path' && typeof i === 'number') return `'${d.classes[i]?.label ?? 'this class'}' has no steps yet: add the first component its requests visit`;
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    if (top === 'components') return `A design holds at most ${String(issue.maximum)} components`;
    if (top === 'classes' && sub === 'path') return `A path has at most ${String(issue.maximum)} steps`;
  }
  if (issue.code === 'custom') return issue.message;
  return formatZodIssue(issue, d, designSchema);
}

/**
 * Checks a design with the CLI's validation (`designSchema.safeParse`) and says where each problem
 * is. Only a design that passes may reach the engine.
 *
 * @example
 * checkDesign({ ...d, components: [clients] }).issues[0];
 * // { target: { type: 'design' }, message: 'A design needs the clients and at least one component …' }
 */
export function checkStudioDesign(d: Design): Checked {
  const r = designSchema.safeParse(d);
  if (r.success) return { ok: true, design: r.data, issues: [] };
  // zod skips the cross-reference checks while a shape check fails (an empty path, say); a drawing
  // in progress should still see them all at once, so they run here too (the draft's shape is sound).
  const all: z.core.$ZodIssue[] = [...r.error.issues];
  checkDesign(d, { addIssue: (i) => all.push({ ...i, input: undefined } as z.core.$ZodIssue) });
  const seen = new Set<string>();
  const issues: StudioIssue[] = [];
  for (const issue of all) {
    const message = wordsFor(issue, d);
    const target = targetOf(issue.path, d);
    const key = `${JSON.stringify(target)}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ target, message });
  }
  return { ok: false, design: null, issues };
}

/** The issues about one component, one class (optionally one step), or one arrow. */
export function issuesFor(issues: readonly StudioIssue[], t: IssueTarget): StudioIssue[] {
  return issues.filter((x) => {
    const a = x.target;
    if (a.type !== t.type) return false;
    if (a.type === 'component' && t.type === 'component') return a.id === t.id;
    if (a.type === 'arrow' && t.type === 'arrow') return a.from === t.from && a.to === t.to;
    if (a.type === 'class' && t.type === 'class') return a.id === t.id && (t.step === undefined ? a.step === undefined : a.step === t.step);
    return true;
  });
}

/**
 * Everything wrong at one box: its own problems and those of the path steps that visit it (a step's
 * problem is shown on its step and on the box it goes to).
 *
 * @example
 * issuesAtComponent(issues, design, 'app').map((i) => i.message);
 */
export function issuesAtComponent(issues: readonly StudioIssue[], d: Design, id: string): StudioIssue[] {
  return issues.filter((x) => {
    const t = x.target;
    if (t.type === 'component') return t.id === id;
    if (t.type === 'class' && t.step !== undefined) return d.classes.find((k) => k.id === t.id)?.path[t.step]?.to === id;
    return false;
  });
}

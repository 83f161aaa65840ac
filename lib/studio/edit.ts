import type { ComponentKind, Design, DesignComponent, PathStep, RequestClass } from '@/lib/sim/design/schema';
import { defaultStep, newClass, newComponent } from './blank';

/**
 * The studio's edits of a design, each a pure function from a design to the next one (the undo
 * stack keeps the designs themselves). They keep the cross-references tidy that an edit would
 * otherwise leave dangling (arrows, path steps, faults and positions of a removed component), and
 * leave everything else for the validation to report in words.
 */

/** Where a component added from the palette goes: alone, after a selected one, or into an arrow. */
export type AddPlace = { after: string } | { between: { from: string; to: string } } | null;

/** An edit's result: the new design and a sentence for the learner (announced politely). */
export interface Edited {
  design: Design;
  note: string;
  /** The component or class the edit created, to select it. */
  created?: string;
}

const labelOf = (d: Design, id: string) => d.components.find((c) => c.id === id)?.label ?? id;
const has = (d: Design, from: string, to: string) => d.connections.some((a) => a.from === from && a.to === to);

/**
 * Adds a component of `kind` from the palette. After a selected component: an arrow from it, and
 * every class whose path ends there goes on to the new one. Into an arrow: the arrow is split in two
 * and every path that took it visits the new component in between (reads stay reads, writes to a
 * cache invalidate).
 *
 * @example
 * addComponent(d, 'database', { after: 'app' }).note; // "Added Database after App servers; 'request' now goes on to it (step 3)"
 */
export function addComponent(d: Design, kind: ComponentKind, place: AddPlace = null): Edited {
  const c = newComponent(d, kind);
  let next: Design = { ...d, components: [...d.components, c] };
  if (place && 'after' in place && d.components.some((x) => x.id === place.after)) {
    const from = place.after;
    next = { ...next, connections: [...next.connections, { from, to: c.id }] };
    const fromClient = d.components.find((x) => x.id === from)?.kind === 'client';
    const extended: string[] = [];
    next = {
      ...next,
      classes: next.classes.map((k) => {
        const last = k.path[k.path.length - 1]?.to;
        if (!(last === from || (fromClient && k.path.length === 0))) return k;
        extended.push(`'${k.label}' now goes on to it (step ${k.path.length + 1})`);
        return { ...k, path: [...k.path, defaultStep(c)] };
      }),
    };
    return { design: next, created: c.id, note: `Added ${c.label} after ${labelOf(d, from)}${extended.length ? `; ${extended.join(', ')}` : ''}` };
  }
  if (place && 'between' in place && has(d, place.between.from, place.between.to)) {
    const { from, to } = place.between;
    const connections = next.connections.flatMap((a) => (a.from === from && a.to === to ? [{ from, to: c.id }, { from: c.id, to }] : [a]));
    const through: string[] = [];
    const classes = next.classes.map((k) => {
      const path = insertBetween(k, from, to, c, d);
      if (path !== k.path) through.push(`'${k.label}'`);
      return path === k.path ? k : { ...k, path };
    });
    next = { ...next, connections, classes };
    const paths = through.length ? `; ${through.join(', ')} ${through.length === 1 ? 'visits' : 'visit'} it on the way` : '';
    return { design: next, created: c.id, note: `Added ${c.label} between ${labelOf(d, from)} and ${labelOf(d, to)}${paths}` };
  }
  return { design: next, created: c.id, note: `Added ${c.label}` };
}

/** The class's path with a visit to `c` wherever it went straight from `from` to `to` (the same array when it never did). */
function insertBetween(k: RequestClass, from: string, to: string, c: DesignComponent, d: Design): PathStep[] {
  const client = d.components.find((x) => x.kind === 'client')?.id;
  const out: PathStep[] = [];
  let changed = false;
  k.path.forEach((s, i) => {
    const prev = i === 0 ? client : k.path[i - 1]?.to;
    if (prev === from && s.to === to) {
      out.push(defaultStep(c, s.op === 'write' ? 'write' : 'read'));
      changed = true;
    }
    out.push(s);
  });
  return changed ? out : k.path;
}

/**
 * Removes a component with its arrows, the path steps that visit it, the faults aimed at it and
 * its hand-moved position.
 *
 * @example
 * removeComponent(d, 'cache').note; // "Removed Link cache (2 arrows, 1 path step)"
 */
export function removeComponent(d: Design, id: string): Edited {
  const c = d.components.find((x) => x.id === id);
  if (!c) return { design: d, note: '' };
  const arrows = d.connections.filter((a) => a.from === id || a.to === id).length;
  let steps = 0;
  const classes = d.classes.map((k) => {
    const path = k.path.filter((s) => s.to !== id);
    steps += k.path.length - path.length;
    return path.length === k.path.length ? k : { ...k, path };
  });
  const layout = d.layout ? Object.fromEntries(Object.entries(d.layout).filter(([k]) => k !== id)) : undefined;
  const design: Design = {
    ...d,
    components: d.components.filter((x) => x.id !== id),
    connections: d.connections.filter((a) => a.from !== id && a.to !== id),
    classes,
    faults: d.faults.filter((f) => !('target' in f) || f.target !== id),
    ...(layout ? { layout } : {}),
  };
  if (layout && Object.keys(layout).length === 0) delete design.layout;
  const parts = [arrows ? `${arrows} arrow${arrows === 1 ? '' : 's'}` : '', steps ? `${steps} path step${steps === 1 ? '' : 's'}` : ''].filter(Boolean);
  return { design, note: `Removed ${c.label}${parts.length ? ` (${parts.join(', ')})` : ''}` };
}

/** Changes fields of one component (never its id or kind). */
export function updateComponent(d: Design, id: string, patch: Record<string, unknown>): Design {
  const { id: _id, kind: _kind, ...rest } = patch;
  void _id;
  void _kind;
  return {
    ...d,
    components: d.components.map((c) => {
      if (c.id !== id) return c;
      const next: Record<string, unknown> = { ...c, ...rest };
      // an optional setting switched off is left out, as in a file
      for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
      return next as DesignComponent;
    }),
  };
}

/** Draws an arrow (nothing changes when it exists, or would point at itself). */
export function connect(d: Design, from: string, to: string): Edited {
  if (from === to || has(d, from, to)) return { design: d, note: '' };
  return { design: { ...d, connections: [...d.connections, { from, to }] }, note: `Arrow from ${labelOf(d, from)} to ${labelOf(d, to)}` };
}

/** Removes an arrow (paths that used it are left for the validation to point out). */
export function disconnect(d: Design, from: string, to: string): Edited {
  if (!has(d, from, to)) return { design: d, note: '' };
  return { design: { ...d, connections: d.connections.filter((a) => !(a.from === from && a.to === to)) }, note: `Removed the arrow from ${labelOf(d, from)} to ${labelOf(d, to)}` };
}

/** Keeps a hand-moved position (the layout's override), rounded to whole pixels. */
export function moveComponent(d: Design, id: string, at: { x: number; y: number }): Design {
  return { ...d, layout: { ...d.layout, [id]: { x: Math.round(at.x), y: Math.round(at.y) } } };
}

/** Forgets every hand-moved position: the automatic layout places everything again. */
export function tidyLayout(d: Design): Design {
  const { layout: _layout, ...rest } = d;
  void _layout;
  return rest;
}

const mapClass = (d: Design, id: string, f: (k: RequestClass) => RequestClass): Design => ({ ...d, classes: d.classes.map((k) => (k.id === id ? f(k) : k)) });

/** A new request class that starts on the first class's path, with no share of the traffic yet. */
export function addClass(d: Design): Edited {
  const k = newClass(d, (d.classes[0]?.path ?? []).map((s) => ({ ...s })), d.classes.length ? 0 : 1);
  return { design: { ...d, classes: [...d.classes, k] }, created: k.id, note: `Added the request class '${k.label}' (same path as '${d.classes[0]?.label ?? k.label}', share 0 %)` };
}

export function removeClass(d: Design, id: string): Edited {
  const k = d.classes.find((x) => x.id === id);
  if (!k) return { design: d, note: '' };
  return { design: { ...d, classes: d.classes.filter((x) => x.id !== id) }, note: `Removed the request class '${k.label}'` };
}

export function updateClass(d: Design, id: string, patch: Partial<Omit<RequestClass, 'id' | 'path'>>): Design {
  return mapClass(d, id, (k) => ({ ...k, ...patch }));
}

/** Scales every share so they add up to 1 (all equal when they add up to 0). */
export function normalizeShares(d: Design): Design {
  const total = d.classes.reduce((a, k) => a + k.share, 0);
  return { ...d, classes: d.classes.map((k) => ({ ...k, share: total > 0 ? Math.round((k.share / total) * 1e4) / 1e4 : Math.round(1e4 / d.classes.length) / 1e4 })) };
}

/** Appends a visit to `to` with its kind's usual step. */
export function addStep(d: Design, classId: string, to: string): Design {
  const c = d.components.find((x) => x.id === to);
  if (!c) return d;
  return mapClass(d, classId, (k) => ({ ...k, path: [...k.path, defaultStep(c)] }));
}

/** Replaces a step's fields; a new target gets its kind's usual step first. */
export function updateStep(d: Design, classId: string, index: number, patch: Partial<PathStep>): Design {
  return mapClass(d, classId, (k) => ({
    ...k,
    path: k.path.map((s, i) => {
      if (i !== index) return s;
      if (patch.to !== undefined && patch.to !== s.to) {
        const c = d.components.find((x) => x.id === patch.to);
        return c ? defaultStep(c, s.op === 'write' ? 'write' : 'read') : s;
      }
      const next = { ...s, ...patch };
      for (const key of Object.keys(next) as (keyof PathStep)[]) if (next[key] === undefined) delete next[key];
      return next;
    }),
  }));
}

/** Moves a step one place earlier (-1) or later (+1). */
export function moveStep(d: Design, classId: string, index: number, by: -1 | 1): Design {
  return mapClass(d, classId, (k) => {
    const j = index + by;
    if (j < 0 || j >= k.path.length) return k;
    const path = [...k.path];
    [path[index], path[j]] = [path[j] as PathStep, path[index] as PathStep];
    return { ...k, path };
  });
}

export function removeStep(d: Design, classId: string, index: number): Design {
  return mapClass(d, classId, (k) => ({ ...k, path: k.path.filter((_, i) => i !== index) }));
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ComponentKind, Design } from '@/lib/sim/design/schema';
import { addComponent, removeComponent, disconnect, type AddPlace, type Edited } from '@/lib/studio/edit';
import { checkStudioDesign, type Checked } from '@/lib/studio/issues';
import type { BoxRunState } from './ComponentNode';

/** What the learner has selected on the canvas (or in the outline). */
export type Selection = { type: 'component'; id: string } | { type: 'arrow'; from: string; to: string } | null;

/** Most designs the undo stack keeps. */
const UNDO_DEPTH = 100;

/**
 * The studio's state: the design (the one source of truth: the canvas, the outline, the JSON, the
 * share link and the engine all read it), the undo and redo stacks of whole designs, the selection,
 * the class whose route is drawn, and the validation of the current design.
 */
export interface StudioState {
  design: Design;
  /** Earlier designs, most recent last. */
  past: Design[];
  /** Designs undone, most recent last. */
  future: Design[];
  /** The current design checked as the CLI checks it (recomputed on every change). */
  checked: Checked;
  selection: Selection;
  /** The request class whose route the canvas draws in colour (null: none). */
  routeClass: string | null;
  /** The latest edit in words, for the polite live region. */
  announcement: string;
  /** Bumped by every change of the design (autosave and the run watch it). */
  revision: number;
  /** How the run paints each box (null: no run to show). Set by the run panel, read by the canvas and the outline. */
  runBoxes: Record<string, BoxRunState> | null;

  /**
   * Replaces the design, keeping the old one for undo. Edits with the same `coalesce` key in a row
   * (one slider drag, one box dragged) are one step of undo.
   */
  apply: (next: Design, opts?: { note?: string; coalesce?: string; select?: Selection }) => void;
  /** Applies an edit's result (its note is announced, what it created is selected). */
  applyEdit: (e: Edited) => void;
  undo: () => void;
  redo: () => void;
  select: (s: Selection) => void;
  showRoute: (classId: string | null) => void;
  /** Adds a component from the palette where the selection says (after a box, into an arrow). */
  addFromPalette: (kind: ComponentKind) => void;
  /** Removes the selected component or arrow. */
  removeSelected: () => void;
  /** Starts again from another design (an import, a saved design, a link); undo goes back. */
  replace: (d: Design, note: string) => void;
  /** The design the page opened on (the learner's autosave, a link): no undo step before it. */
  load: (d: Design) => void;
  announce: (text: string) => void;
  setRunBoxes: (boxes: Record<string, BoxRunState> | null) => void;
}

export type StudioStore = StoreApi<StudioState>;

/** Where the palette puts a new component, given the selection. */
export function placeFor(s: Selection, d: Design): AddPlace {
  if (s?.type === 'component') return { after: s.id };
  if (s?.type === 'arrow') return { between: { from: s.from, to: s.to } };
  // a new drawing has only the clients: the first box goes after them
  const only = d.components.length === 1 ? d.components[0] : undefined;
  return only?.kind === 'client' ? { after: only.id } : null;
}

/**
 * One studio instance's store (vanilla zustand: testable in Node).
 *
 * @example
 * const store = createStudioStore(starterDesign());
 * store.getState().addFromPalette('lb');
 */
export function createStudioStore(initial: Design): StudioStore {
  let lastCoalesce: string | null = null;
  return createStore<StudioState>()((set, get) => {
    const commit = (next: Design, patch: Partial<StudioState>, coalesce?: string) => {
      const s = get();
      const same = coalesce !== undefined && coalesce === lastCoalesce;
      lastCoalesce = coalesce ?? null;
      const past = same ? s.past : [...s.past, s.design].slice(-UNDO_DEPTH);
      set({ ...patch, design: next, past, future: [], checked: checkStudioDesign(next), revision: s.revision + 1 });
    };
    /** A selection still pointing at something in the design, else nothing. */
    const valid = (d: Design, sel: Selection): Selection => {
      if (sel?.type === 'component') return d.components.some((c) => c.id === sel.id) ? sel : null;
      if (sel?.type === 'arrow') return d.connections.some((a) => a.from === sel.from && a.to === sel.to) ? sel : null;
      return null;
    };
    const step = (from: 'past' | 'future') => {
      const s = get();
      const stack = s[from];
      const d = stack[stack.length - 1];
      if (!d) return;
      lastCoalesce = null;
      const rest = stack.slice(0, -1);
      const other = from === 'past' ? { past: rest, future: [...s.future, s.design] } : { future: rest, past: [...s.past, s.design] };
      const routeClass = d.classes.some((k) => k.id === s.routeClass) ? s.routeClass : null;
      set({ ...other, design: d, checked: checkStudioDesign(d), selection: valid(d, s.selection), routeClass, revision: s.revision + 1, announcement: from === 'past' ? 'Undone' : 'Redone' });
    };
    return {
      design: initial,
      past: [],
      future: [],
      checked: checkStudioDesign(initial),
      selection: null,
      routeClass: initial.classes[0]?.id ?? null,
      announcement: '',
      revision: 0,
      runBoxes: null,

      apply: (next, opts = {}) => {
        if (next === get().design) return;
        const selection = opts.select !== undefined ? opts.select : valid(next, get().selection);
        commit(next, { selection, ...(opts.note ? { announcement: opts.note } : {}) }, opts.coalesce);
      },
      applyEdit: (e) => {
        if (e.design === get().design) return;
        const selection: Selection = e.created && e.design.components.some((c) => c.id === e.created) ? { type: 'component', id: e.created } : valid(e.design, get().selection);
        commit(e.design, { selection, announcement: e.note });
      },
      undo: () => step('past'),
      redo: () => step('future'),
      select: (selection) => {
        lastCoalesce = null;
        set({ selection });
      },
      showRoute: (routeClass) => set({ routeClass }),
      addFromPalette: (kind) => {
        const s = get();
        get().applyEdit(addComponent(s.design, kind, placeFor(s.selection, s.design)));
      },
      removeSelected: () => {
        const s = get();
        const sel = s.selection;
        if (sel?.type === 'component') {
          const c = s.design.components.find((x) => x.id === sel.id);
          if (c?.kind === 'client') return set({ announcement: 'The clients stay: every design has exactly one traffic source' });
          get().applyEdit(removeComponent(s.design, sel.id));
        } else if (sel?.type === 'arrow') get().applyEdit(disconnect(s.design, sel.from, sel.to));
      },
      replace: (d, note) => {
        commit(d, { selection: null, routeClass: d.classes[0]?.id ?? null, announcement: note });
      },
      load: (d) => {
        lastCoalesce = null;
        set({ design: d, past: [], future: [], checked: checkStudioDesign(d), selection: null, routeClass: d.classes[0]?.id ?? null, revision: get().revision + 1 });
      },
      announce: (announcement) => set({ announcement }),
      setRunBoxes: (runBoxes) => set({ runBoxes }),
    };
  });
}

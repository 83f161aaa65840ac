import { describe, expect, it } from 'vitest';
import { starterDesign } from '@/lib/studio/blank';
import { updateComponent } from '@/lib/studio/edit';
import { createStudioStore } from './store';

describe('studio store', () => {
  it('taps on the palette build a runnable three-tier design, each tap selecting what it added', () => {
    const s = createStudioStore(starterDesign());
    for (const kind of ['lb', 'service', 'database'] as const) s.getState().addFromPalette(kind);
    const st = s.getState();
    expect(st.design.components.map((c) => c.id)).toEqual(['users', 'lb', 'app', 'db']);
    expect(st.selection).toEqual({ type: 'component', id: 'db' });
    expect(st.checked.ok).toBe(true);
    expect(st.announcement).toBe("Added Database after App servers; 'request' now goes on to it (step 3)");
  });

  it('undo brings a deleted box back with its arrows and steps; redo deletes it again', () => {
    const s = createStudioStore(starterDesign());
    for (const kind of ['lb', 'service', 'database'] as const) s.getState().addFromPalette(kind);
    const before = s.getState().design;
    s.getState().select({ type: 'component', id: 'app' });
    s.getState().removeSelected();
    expect(s.getState().design.components.some((c) => c.id === 'app')).toBe(false);
    expect(s.getState().selection).toBeNull();
    s.getState().undo();
    expect(s.getState().design).toEqual(before);
    s.getState().redo();
    expect(s.getState().design.components.map((c) => c.id)).toEqual(['users', 'lb', 'db']);
  });

  it('one slider drag is one step of undo; the clients cannot be removed', () => {
    const s = createStudioStore(starterDesign());
    s.getState().addFromPalette('service');
    const start = s.getState().design;
    for (const machines of [2, 3, 4, 5]) s.getState().apply(updateComponent(s.getState().design, 'app', { machines }), { coalesce: 'app.machines' });
    expect(s.getState().past).toHaveLength(2);
    s.getState().undo();
    expect(s.getState().design).toEqual(start);
    s.getState().select({ type: 'component', id: 'users' });
    s.getState().removeSelected();
    expect(s.getState().design.components).toHaveLength(2);
    expect(s.getState().announcement).toMatch(/clients stay/);
  });

  it('opening another design can be undone; the design the page opened on cannot', () => {
    const s = createStudioStore(starterDesign());
    s.getState().addFromPalette('service');
    const mine = s.getState().design;
    s.getState().load({ ...starterDesign(), name: 'autosaved' });
    expect(s.getState().past).toEqual([]);
    s.getState().replace(mine, 'Opened');
    s.getState().undo();
    expect(s.getState().design.name).toBe('autosaved');
  });
});

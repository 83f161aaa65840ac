'use client';

import '@xyflow/react/dist/style.css';
import './canvas.css';
import { Controls, MarkerType, ReactFlow, ReactFlowProvider, useReactFlow, type Connection as FlowConnection, type Edge, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { Design } from '@/lib/sim/design/schema';
import { componentPhrase } from '@/lib/studio/describe';
import { connect, moveComponent } from '@/lib/studio/edit';
import { issuesAtComponent, issuesFor } from '@/lib/studio/issues';
import { layoutDesign, NODE_HEIGHT, NODE_WIDTH, type LayoutDirection } from '@/lib/studio/layout';
import { NODE_TYPES, type BoxRunState, type ComponentFlowNode } from './ComponentNode';
import { useStudio, useStudioApi } from './context';
import { useMedia } from './useMedia';

const ARIA = {
  'node.a11yDescription.default': 'Press Enter or Space to select this box and edit it beside the canvas. Press Delete to remove it.',
  'node.a11yDescription.keyboardDisabled': 'Press Enter or Space to select this box and edit it beside the canvas. Then use the arrow keys to move it. Press Delete to remove it and Escape to cancel.',
  'node.a11yDescription.ariaLiveMessage': ({ direction }: { direction: string; x: number; y: number }) => `Moved the selected box ${direction}`,
  'edge.a11yDescription.default': 'Press Enter or Space to select this arrow. Press Delete to remove it.',
  'controls.ariaLabel': 'Canvas zoom',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit the drawing in view',
  'controls.interactive.ariaLabel': 'Lock or unlock the drawing',
  'handle.ariaLabel': 'Drag to draw an arrow',
};

/** For each component, the step numbers of a class's route there ("1", "2, 4"). */
function routeSteps(d: Design, classId: string | null): Map<string, string> {
  const out = new Map<string, string>();
  const k = d.classes.find((x) => x.id === classId);
  k?.path.forEach((s, i) => out.set(s.to, out.has(s.to) ? `${out.get(s.to)}, ${i + 1}` : String(i + 1)));
  return out;
}

/** Arrows a class's route takes, as `from→to` keys (from the clients to its first step, then step to step). */
function routeArrows(d: Design, classId: string | null): Set<string> {
  const k = d.classes.find((x) => x.id === classId);
  const client = d.components.find((c) => c.kind === 'client')?.id;
  const out = new Set<string>();
  k?.path.forEach((s, i) => out.add(`${i === 0 ? client : k.path[i - 1]?.to}→${s.to}`));
  return out;
}

/** Fits the drawing in view when components come or go (not when one is only moved). */
function FitOnChange({ count, dir }: { count: number; dir: LayoutDirection }) {
  const flow = useReactFlow();
  const reduce = useMedia('(prefers-reduced-motion: reduce)');
  useEffect(() => {
    const id = requestAnimationFrame(() => void flow.fitView({ padding: 0.15, maxZoom: 1.1, duration: reduce ? 0 : 200 }));
    return () => cancelAnimationFrame(id);
  }, [count, dir, flow, reduce]);
  return null;
}

/**
 * The drawing: React Flow as a controlled view of the design. Nodes and edges are derived from the
 * design on every render (positions from the layout, then the learner's hand-moved ones); what the
 * learner does (select, move, connect, delete) comes back as design edits through the store.
 */
function CanvasInner({ runBoxes, label }: { runBoxes: Record<string, BoxRunState> | null; label: string }) {
  const api = useStudioApi();
  const design = useStudio((s) => s.design);
  const selection = useStudio((s) => s.selection);
  const routeClass = useStudio((s) => s.routeClass);
  const issues = useStudio((s) => s.checked.issues);
  const phone = useMedia('(max-width: 639px)');
  const coarse = useMedia('(pointer: coarse)');
  const dir: LayoutDirection = phone ? 'TB' : 'LR';
  const dragSeq = useRef(0);
  const frame = useRef<HTMLDivElement>(null);
  /** After a box or arrow is deleted with the keyboard, focus stays in the canvas (so Ctrl+Z still reaches the studio). */
  const keepFocus = () => requestAnimationFrame(() => frame.current?.contains(document.activeElement) || frame.current?.focus());
  const positions = useMemo(() => layoutDesign(design, dir), [design, dir]);

  const nodes = useMemo<ComponentFlowNode[]>(() => {
    const steps = routeSteps(design, routeClass);
    return design.components.map((c) => {
      const problems = issuesAtComponent(issues, design, c.id).map((i) => i.message);
      const run = runBoxes?.[c.id] ?? null;
      return {
        id: c.id,
        type: 'component',
        position: positions[c.id] ?? { x: 0, y: 0 },
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        selected: selection?.type === 'component' && selection.id === c.id,
        ariaLabel: [componentPhrase(c), run?.text, run?.bottleneck === 'first' ? 'the bottleneck' : null, ...problems].filter(Boolean).join('. '),
        data: { component: c, problems, routeSteps: steps.get(c.id) ?? null, run, vertical: dir === 'TB' },
      };
    });
  }, [design, positions, selection, routeClass, issues, runBoxes, dir]);

  const edges = useMemo<Edge[]>(() => {
    const onRoute = routeArrows(design, routeClass);
    const name = (id: string) => design.components.find((c) => c.id === id)?.label ?? id;
    return design.connections.map((a) => {
      const key = `${a.from}→${a.to}`;
      const bad = issuesFor(issues, { type: 'arrow', from: a.from, to: a.to }).length > 0;
      const route = onRoute.has(key);
      const color = bad ? '#be123c' : route ? '#6d28d9' : '#475569';
      return {
        id: key,
        source: a.from,
        target: a.to,
        selected: selection?.type === 'arrow' && selection.from === a.from && selection.to === a.to,
        ariaLabel: `Arrow from ${name(a.from)} to ${name(a.to)}${route ? ', on the shown route' : ''}`,
        markerEnd: { type: MarkerType.ArrowClosed, color, width: 18, height: 18 },
        style: { stroke: color, strokeWidth: route ? 3 : 1.75, ...(bad ? { strokeDasharray: '6 4' } : {}) },
        interactionWidth: 24,
      };
    });
  }, [design, routeClass, issues, selection]);

  const onNodesChange = (changes: NodeChange<ComponentFlowNode>[]) => {
    const s = api.getState();
    let d = s.design;
    for (const ch of changes) {
      if (ch.type === 'position' && ch.position) d = moveComponent(d, ch.id, ch.position);
      // a key press moves without `dragging`: consecutive nudges of one box are one undo step
      if (ch.type === 'position' && ch.position) s.apply(d, { coalesce: ch.dragging === undefined ? `nudge:${ch.id}` : `drag:${ch.id}:${dragSeq.current}` });
    }
    const picked = changes.find((ch) => ch.type === 'select' && ch.selected);
    if (picked && picked.type === 'select') s.select({ type: 'component', id: picked.id });
    if (changes.some((ch) => ch.type === 'remove')) {
      s.removeSelected();
      keepFocus();
    }
  };
  const onEdgesChange = (changes: EdgeChange[]) => {
    const s = api.getState();
    const picked = changes.find((ch) => ch.type === 'select' && ch.selected);
    if (picked && picked.type === 'select') {
      const [from, to] = picked.id.split('→') as [string, string];
      s.select({ type: 'arrow', from, to });
    }
    if (changes.some((ch) => ch.type === 'remove')) {
      s.removeSelected();
      keepFocus();
    }
  };
  const onConnect = (c: FlowConnection) => api.getState().applyEdit(connect(api.getState().design, c.source, c.target));

  return (
    <div ref={frame} tabIndex={-1} className="h-full w-full outline-none">
      <ReactFlow<ComponentFlowNode, Edge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeDragStart={() => void dragSeq.current++}
        onPaneClick={() => api.getState().select(null)}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1.1 }}
        minZoom={0.2}
        maxZoom={2}
        // the page scrolls under a wheel or a finger; zoom with the buttons, a pinch or Ctrl + wheel
        zoomOnScroll={false}
        panOnScroll={false}
        preventScrolling={false}
        panOnDrag={!coarse}
        nodesDraggable={!coarse}
        nodesConnectable={!coarse}
        deleteKeyCode={['Delete', 'Backspace']}
        multiSelectionKeyCode={null}
        selectionKeyCode={null}
        ariaLabelConfig={ARIA}
        aria-label={label}
        className="studio-canvas"
      >
        <Controls showInteractive={false} position="top-right" />
        <FitOnChange count={design.components.length} dir={dir} />
      </ReactFlow>
    </div>
  );
}

/** The canvas with its own React Flow provider (one per studio). */
export function Canvas({ runBoxes = null, label }: { runBoxes?: Record<string, BoxRunState> | null; label: string }) {
  return (
    <ReactFlowProvider>
      <CanvasInner runBoxes={runBoxes} label={label} />
    </ReactFlowProvider>
  );
}

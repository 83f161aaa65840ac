'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Params, SimDefinition } from '@/lib/sim-ui/definition';
import { ACTION_SCOPES } from '../action-scope';
import { SIM_ACTIONS } from '../figure-defaults';
import { computeBackend } from './backend';
import { createSimStore, type SimState, type SimStore } from './store';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one context serves stores of every P/S
const SimStoreContext = createContext<SimStore<any, any> | null>(null);

/**
 * Creates one store for this simulation instance (once, on first render) and provides it.
 * Two providers on one page hold two independent stores.
 */
export function SimStoreProvider<P extends Params, S>({
  def,
  props,
  playground = false,
  children,
}: {
  def: SimDefinition<P, S>;
  props: Record<string, unknown>;
  playground?: boolean;
  children: ReactNode;
}) {
  const [store] = useState(() =>
    createSimStore(def, { props, playground, backend: computeBackend(), actionKinds: SIM_ACTIONS[def.id] ?? [], ...(ACTION_SCOPES[def.id] ? { actionScope: ACTION_SCOPES[def.id] } : {}) }),
  );
  return <SimStoreContext.Provider value={store}>{children}</SimStoreContext.Provider>;
}

/** The store of the nearest simulation (for effects and event handlers that read without subscribing). */
export function useSimStoreApi<P extends Params = Params, S = unknown>(): SimStore<P, S> {
  const store = useContext(SimStoreContext);
  if (!store) throw new Error('useSimStore must be used inside <SimStoreProvider>');
  return store as SimStore<P, S>;
}

/**
 * Subscribes to a slice of the nearest simulation's state.
 *
 * @example
 * const playing = useSim((s) => s.playing);
 */
export function useSim<T, P extends Params = Params, S = unknown>(selector: (s: SimState<P, S>) => T): T {
  return useStore(useSimStoreApi<P, S>(), selector);
}

import type { ComponentType } from 'react';

/** Simulation components by MDX name (lazy client components). Filled in as simulations land. */
export const simComponents: Record<string, ComponentType<Record<string, unknown>>> = {};

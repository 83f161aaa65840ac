import type { z } from 'zod';

/**
 * Prop schemas of the simulation components, by MDX name. Filled from the engine's model schemas
 * (lib/sim) by components/sims; empty until the simulations are registered.
 */
export const simPropSchemas: Record<string, z.ZodType> = {};

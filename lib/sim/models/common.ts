import '../../zod-csp';
import { z } from 'zod';

/**
 * Metadata attached to every parameter with zod's `.meta()`.
 *
 * @example
 * const m: ParamMeta = { label: 'Workers', unit: 'workers', description: 'Jobs served in parallel.' };
 */
export type ParamMeta = {
  label: string;
  unit: string;
  description: string;
  step?: number;
};

/**
 * A bounded number parameter with its metadata.
 *
 * @example
 * const rate = num(0.01, 1e6, 80, { label: 'Arrival rate', unit: 'req/s', description: 'Mean arrivals per second.' });
 */
export function num(min: number, max: number, def: number, meta: ParamMeta) {
  return z.number().min(min).max(max).default(def).meta(meta);
}

/**
 * A bounded integer parameter with its metadata.
 *
 * @example
 * const workers = int(1, 1000, 1, { label: 'Workers', unit: '', description: 'Parallel workers.' });
 */
export function int(min: number, max: number, def: number, meta: ParamMeta) {
  return z.number().int().min(min).max(max).default(def).meta(meta);
}

/**
 * An optional bounded integer (omitted = off / unlimited).
 *
 * @example
 * const limit = optInt(0, 1e6, { label: 'Queue limit', unit: 'jobs', description: 'Omit for unlimited.' });
 */
export function optInt(min: number, max: number, meta: ParamMeta) {
  return z.number().int().min(min).max(max).optional().meta(meta);
}

/**
 * An optional bounded number (omitted = off).
 *
 * @example
 * const at = optNum(0, 1e9, { label: 'Add server at', unit: 'ms', description: 'Omit for never.' });
 */
export function optNum(min: number, max: number, meta: ParamMeta) {
  return z.number().min(min).max(max).optional().meta(meta);
}

/**
 * An enum parameter with a default.
 *
 * @example
 * const mode = choice(['sync', 'async'] as const, 'sync', { label: 'Response', unit: '', description: 'When the client gets its answer.' });
 */
export function choice<const T extends readonly [string, ...string[]]>(options: T, def: T[number], meta: ParamMeta) {
  return z.enum(options).default(def).meta(meta);
}

/**
 * Fields shared by every event-driven model.
 *
 * @example
 * const schema = z.strictObject({ ...commonParams, rate: num(0, 10, 1, meta) });
 */
export const commonParams = {
  seed: int(0, 2 ** 31 - 1, 1, { label: 'Seed', unit: '', description: 'Random seed; same seed and parameters give the same run.' }),
  requests: int(1, 10_000_000, 20_000, {
    label: 'Requests',
    unit: 'requests',
    description: 'Requests measured (arrivals simulated after the warm-up).',
  }),
  warmupRequests: int(0, 10_000_000, 1_000, {
    label: 'Warm-up',
    unit: 'requests',
    description: 'Requests simulated first and left out of the statistics.',
  }),
  sampleIntervalMs: num(1, 3_600_000, 500, {
    label: 'Sample interval',
    unit: 'ms',
    description: 'Simulated time between time-series points for charts.',
  }),
};

/**
 * Service-time distribution names.
 *
 * @example
 * DISTS.includes('constant'); // true
 */
export const DISTS = ['exponential', 'constant', 'uniform', 'lognormal'] as const;

/**
 * Service-time fields shared by queueing models.
 *
 * @example
 * const schema = z.strictObject({ ...serviceParams(10) }); // serviceTimeMs defaults to 10
 */
export function serviceParams(defMs: number) {
  return {
    serviceTimeMs: num(0.001, 1_000_000, defMs, { label: 'Service time', unit: 'ms', description: 'Mean time one request needs on a server.' }),
    serviceDist: choice(DISTS, 'exponential', {
      label: 'Service distribution',
      unit: '',
      description: 'Shape of service times: exponential, constant, uniform or lognormal.',
    }),
    serviceCv: num(0, 10, 1, {
      label: 'Service spread',
      unit: 'cv',
      description: 'Coefficient of variation for lognormal and uniform service times.',
      step: 0.1,
    }),
  };
}

/**
 * Burstiness fields for Poisson sources.
 *
 * @example
 * const schema = z.strictObject({ ...burstParams });
 */
export const burstParams = {
  burstiness: num(1, 100, 1, {
    label: 'Burstiness',
    unit: '×',
    description: '1 = plain Poisson; b > 1 = on/off bursts at b× the rate, same mean.',
    step: 0.5,
  }),
  burstCycleMs: num(1, 3_600_000, 1_000, { label: 'Burst cycle', unit: 'ms', description: 'Mean length of one on+off burst cycle.' }),
};

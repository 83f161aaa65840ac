import '../../zod-csp';
import { z } from 'zod';

/** Metadata attached to every parameter with zod's `.meta()`. */
export type ParamMeta = {
  label: string;
  unit: string;
  description: string;
  step?: number;
  /** Words shown for a choice's values in the UI (e.g. `{ s: 'S (1× speed)' }`); the value stays the code name. */
  optionLabels?: Readonly<Record<string, string>>;
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
 * An enum parameter with a default. Every option needs the words the UI shows for it
 * (`optionLabels`): controls, challenges and notices never show a code name such as "round-robin".
 *
 * @example
 * const mode = choice(['sync', 'async'] as const, 'sync', { label: 'Response', unit: '', description: 'When the client gets its answer.', optionLabels: { sync: 'synchronous', async: 'asynchronous' } });
 */
export function choice<const T extends readonly [string, ...string[]]>(options: T, def: T[number], meta: ParamMeta & { optionLabels: Readonly<Record<T[number], string>> }) {
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

/** Service-time distribution names. */
export const DISTS = ['exponential', 'constant', 'uniform', 'lognormal'] as const;
/** How the UI names each place a session can live (the sessions and system models). */
export const SESSION_MODE_LABELS = { local: 'local memory', sticky: 'sticky', shared: 'shared store' } as const;

/** How the UI names each distribution. */
export const DIST_LABELS: Readonly<Record<(typeof DISTS)[number], string>> = { exponential: 'exponential', constant: 'constant', uniform: 'uniform', lognormal: 'log-normal' };

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
      optionLabels: DIST_LABELS,
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

/** Largest coefficient of variation a uniform distribution on [0, 2·mean] can have: 1/√3. */
export const UNIFORM_MAX_CV = 1 / Math.sqrt(3);

/** Refinement context (zod 4's `superRefine` ctx), reduced to what the checks below use. */
type Ctx = { addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void };

/**
 * Cross-field rules shared by the queueing models. Messages follow the per-field ones and name
 * the allowed range (`failServer` → "failServer must be between 0 and 3 (…), got 10" once the
 * parser puts the key in front).
 *
 * @example
 * schema.superRefine((p, ctx) => checkServiceCv(p, ctx));
 */
export function checkServiceCv(p: { serviceDist: string; serviceCv: number }, ctx: Ctx): void {
  if (p.serviceDist === 'uniform' && p.serviceCv > UNIFORM_MAX_CV + 1e-12)
    ctx.addIssue({
      code: 'custom',
      path: ['serviceCv'],
      message: `must be at most ${UNIFORM_MAX_CV.toFixed(3)} for uniform service times (1/√3, the largest cv a uniform distribution can have), got ${p.serviceCv}`,
    });
}

/**
 * An optional server index must name one of `count` servers.
 *
 * @example
 * checkIndex(ctx, 'failServer', p.failServer, p.servers);
 */
export function checkIndex(ctx: Ctx, key: string, index: number | undefined, count: number): void {
  if (index !== undefined && index >= count)
    ctx.addIssue({ code: 'custom', path: [key], message: `must be between 0 and ${count - 1} (one of the ${count} servers, numbered from 0), got ${index}` });
}

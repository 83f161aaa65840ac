import { STAGES, type Stage, type SystemParams } from './system-schema';

/**
 * Tiers of the system, in path order. `app` is the single box in the one-box stage.
 *
 * @example
 * TIERS.indexOf('db'); // 3
 */
export const TIERS = ['app', 'sessions', 'cache', 'db', 'replicas', 'workers'] as const;
/**
 * One of {@link TIERS}.
 *
 * @example
 * const t: TierId = 'cache';
 */
export type TierId = (typeof TIERS)[number];

/**
 * Request classes: three the shoppers send, and the email job a checkout creates.
 *
 * @example
 * CLASSES[2]; // 'checkout'
 */
export const CLASSES = ['browse', 'login', 'checkout', 'email'] as const;
/**
 * One of {@link CLASSES}.
 *
 * @example
 * const c: RequestClass = 'login';
 */
export type RequestClass = (typeof CLASSES)[number];

/** Class indices (hot paths use numbers). */
export const BROWSE = 0;
export const LOGIN = 1;
export const CHECKOUT = 2;
export const EMAIL = 3;

/**
 * True when the architecture has reached `stage`.
 *
 * @example
 * atLeast({ stage: 'cache' }, 'replicas'); // true
 */
export function atLeast(p: Pick<SystemParams, 'stage'>, stage: Stage): boolean {
  return STAGES.indexOf(p.stage) >= STAGES.indexOf(stage);
}

/**
 * Session placement in effect: local before the sessions stage (and always on one box).
 *
 * @example
 * sessionModeOf(systemSchema.parse({ stage: 'clones', sessionMode: 'shared' })); // 'local'
 */
export function sessionModeOf(p: SystemParams): 'local' | 'sticky' | 'shared' {
  return atLeast(p, 'sessions') ? p.sessionMode : 'local';
}

/**
 * Class shares of the arrivals (browse, login, checkout); log-in + checkout above 1 are scaled to 1.
 *
 * @example
 * classShares(systemSchema.parse({ loginShare: 0.1, checkoutShare: 0.05 })); // [0.85, 0.1, 0.05]
 */
export function classShares(p: SystemParams): [number, number, number] {
  const total = p.loginShare + p.checkoutShare;
  const k = total > 1 ? 1 / total : 1;
  const login = p.loginShare * k;
  const checkout = p.checkoutShare * k;
  return [Math.max(0, 1 - login - checkout), login, checkout];
}

import { SIZE_PRICE, SIZE_SPEED, SIZES, STAGES, type Stage, type SystemParams } from './system-schema';

/** Tiers of the system, in path order. `app` is the single box in the one-box stage. */
export const TIERS = ['app', 'sessions', 'cache', 'db', 'replicas', 'workers'] as const;
/** One of {@link TIERS}. */
export type TierId = (typeof TIERS)[number];

/** Request classes: three the shoppers send, and the email job a checkout creates. */
export const CLASSES = ['browse', 'login', 'checkout', 'email'] as const;
/** One of {@link CLASSES}. */
export type RequestClass = (typeof CLASSES)[number];

/** Class indices (hot paths use numbers). */
export const BROWSE = 0;
export const LOGIN = 1;
export const CHECKOUT = 2;
export const EMAIL = 3;

/** One tier as built for a stage. */
export interface TierLayout {
  id: TierId;
  label: string;
  machines: number;
  workersPerMachine: number;
  /** Service-time divisor from the machine size. */
  speed: number;
  /** Monthly price of one machine ($). */
  pricePerMachine: number;
  /** Mean service time at speed 1 (ms) per class, for one visit; 0 = the class does not come here. */
  demandMs: [number, number, number, number];
}

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

const sizeIndex = (s: SystemParams['appSize']) => SIZES.indexOf(s);

/**
 * The tiers present at the params' stage, with machines, speeds, prices and per-class demands.
 * One box runs the app and the database on one machine, so its demands add the database work.
 *
 * @example
 * systemLayout(systemSchema.parse({ stage: 'one-box' })).map((t) => t.id); // ['app']
 */
export function systemLayout(p: SystemParams): TierLayout[] {
  const app = sizeIndex(p.appSize);
  const db = sizeIndex(p.dbSize);
  const queued = atLeast(p, 'queue');
  if (!atLeast(p, 'clones')) {
    return [
      {
        id: 'app',
        label: 'One box (app + database)',
        machines: 1,
        workersPerMachine: p.appWorkers,
        speed: SIZE_SPEED[app] as number,
        pricePerMachine: p.appPrice * (SIZE_PRICE[app] as number),
        demandMs: [p.appBrowseMs + p.dbReadMs, p.appLoginMs, p.appCheckoutMs + p.dbWriteMs + p.emailMs, 0],
      },
    ];
  }
  const tiers: TierLayout[] = [
    {
      id: 'app',
      label: 'App clones',
      machines: p.appMachines,
      workersPerMachine: p.appWorkers,
      speed: SIZE_SPEED[app] as number,
      pricePerMachine: p.appPrice * (SIZE_PRICE[app] as number),
      demandMs: [p.appBrowseMs, p.appLoginMs, p.appCheckoutMs + (queued ? 0 : p.emailMs), 0],
    },
  ];
  if (sessionModeOf(p) === 'shared')
    tiers.push({ id: 'sessions', label: 'Session store', machines: 1, workersPerMachine: p.sessionWorkers, speed: 1, pricePerMachine: p.sessionPrice, demandMs: [0, p.sessionMs, p.sessionMs, 0] });
  if (atLeast(p, 'cache'))
    tiers.push({ id: 'cache', label: 'Cache', machines: 1, workersPerMachine: p.cacheWorkers, speed: 1, pricePerMachine: p.cachePrice, demandMs: [p.cacheMs, 0, 0, 0] });
  const replicas = atLeast(p, 'replicas') ? p.replicas : 0;
  const dbSpeed = SIZE_SPEED[db] as number;
  const dbPrice = p.dbPrice * (SIZE_PRICE[db] as number);
  tiers.push({
    id: 'db',
    label: replicas > 0 ? 'Database primary' : 'Database',
    machines: 1,
    workersPerMachine: p.dbWorkers,
    speed: dbSpeed,
    pricePerMachine: dbPrice,
    demandMs: [replicas > 0 ? 0 : p.dbReadMs, 0, p.dbWriteMs, 0],
  });
  if (replicas > 0)
    tiers.push({ id: 'replicas', label: 'Read replicas', machines: replicas, workersPerMachine: p.dbWorkers, speed: dbSpeed, pricePerMachine: dbPrice, demandMs: [p.dbReadMs, 0, 0, 0] });
  if (queued)
    tiers.push({
      id: 'workers',
      label: 'Email workers',
      machines: 1,
      workersPerMachine: p.autoscale ? Math.max(p.workers, p.maxWorkers) : p.workers,
      speed: 1,
      pricePerMachine: p.workerPrice,
      demandMs: [0, 0, 0, p.emailMs],
    });
  return tiers;
}

/**
 * Monthly bill ($) of the layout: every machine at its price, plus the balancer once there are
 * clones. Autoscaled workers are billed at `meanWorkers` (default: the minimum).
 *
 * @example
 * monthlyCost(systemSchema.parse({ stage: 'one-box' })); // { total: 100, … }
 */
export function monthlyCost(p: SystemParams, meanWorkers = p.workers): { total: number; perTier: Partial<Record<TierId, number>> } {
  const perTier: Partial<Record<TierId, number>> = {};
  let total = atLeast(p, 'clones') ? p.balancerPrice : 0;
  for (const t of systemLayout(p)) {
    const cost = t.id === 'workers' ? meanWorkers * t.pricePerMachine : t.machines * t.pricePerMachine;
    perTier[t.id] = cost;
    total += cost;
  }
  return { total, perTier };
}

import { parseParamsOrThrow } from '@/lib/sim/params';
import { monthlyCost } from '@/lib/sim/models/system-design';
import { defineChallenge, type Challenge, type ChallengeDef, type ControlValues } from './challenge-kit';

/** Every system challenge must pass on each of these seeds (the kit's worst-seed rule): a lucky day does not count. */
export const SYSTEM_CHALLENGE_SEEDS = [1, 2, 3] as const;

/** Chapter 5's slug (content/chapters/05-putting-it-together.mdx). */
export const SYSTEM_CHAPTER = 'putting-it-together';

/** A system challenge on the three seeds. */
const system = (def: ChallengeDef<'system'>): Challenge => defineChallenge({ ...def, seeds: SYSTEM_CHALLENGE_SEEDS });

/** The monthly bill of the fixed settings plus the learner's values. */
const bill = (fixed: Record<string, unknown>) => (v: ControlValues) => monthlyCost(parseParamsOrThrow('system', { ...fixed, ...v })).total;

// Two simulated minutes per day keep a three-seed check near a second in the worker.
const DAY = { dayMs: 120_000, sampleIntervalMs: 4_000 };

const blackFriday = { ...DAY, stage: 'queue', peakRate: 500, saleMultiplier: 4, saleStartHour: 18, saleHours: 3 };
const noonRestart = { ...DAY, stage: 'queue', workers: 16, peakRate: 1_000, peakHour: 12, cacheRestartAtHour: 12, zipf: 0.7, products: 100_000, cacheCapacity: 20_000 };
const deadClone = { ...DAY, peakRate: 600, peakHour: 12, killCloneAtHour: 12, checkoutShare: 0.08 };

const shopperErrors = { id: 'errors', label: 'Failed requests', unit: '%', metric: (r: { errorRate: number }) => 100 * r.errorRate };

/** The scored challenges on the whole-system model (chapter 5). */
export const SYSTEM_CHALLENGES: readonly Challenge[] = [
  system(
    {
      id: 'black-friday-bill',
      chapter: SYSTEM_CHAPTER,
      title: 'Hold Black Friday for the lowest bill',
      brief:
        'Crumb & Co’s evening peaks at 500 req/s, and a 4× flash sale from 18:00 to 21:00 takes it to 2,000 req/s. The whole stack is in place (clones, shared sessions, replicas, cache, email queue). Keep p99 at or under 300 ms, fewer than 0.5 % of requests failing and every confirmation email out within 30 s, for the lowest monthly bill.',
      hint: 'Find the first tier to saturate at 2,000 req/s (theory names it before you run) and grow only that one; then look again — the bottleneck moves.',
      model: 'system',
      fixed: blackFriday,
      controls: [
        { key: 'appMachines', min: 1, max: 24 },
        { key: 'appSize' },
        { key: 'replicas', min: 0, max: 8 },
        { key: 'dbSize' },
        { key: 'workers', min: 1, max: 16 },
      ],
      start: { appMachines: 4, appSize: 's', replicas: 2, dbSize: 'm', workers: 2 },
      objectives: [
        { id: 'p99', label: 'p99 response time', unit: 'ms', metric: (r) => r.p99ResponseMs, max: 300 },
        { ...shopperErrors, max: 0.5 },
        { id: 'email', label: 'Confirmation emails: p99 delay', unit: 's', metric: (r) => (r.perClass[3]?.p99ResponseMs ?? Infinity) / 1000, max: 30 },
      ],
      cost: { label: 'Monthly bill', unit: '$', of: bill(blackFriday) },
      stars: [1_150, 1_400],
    },
  ),
  system(
    {
      id: 'cache-restart-noon',
      chapter: SYSTEM_CHAPTER,
      title: 'Survive a cold cache at the noon peak',
      brief:
        'At 12:00, with 1,000 req/s arriving, the cache (20,000 of the 100,000 products) restarts empty and every product read goes to the database at once. Size the database tier so fewer than 0.5 % of requests fail and p99 stays at or under 250 ms all day, for the lowest bill.',
      hint: 'A warm cache hides the database’s real size. Ask how many reads per second arrive when the hit rate is zero, and who serves them.',
      model: 'system',
      fixed: noonRestart,
      controls: [{ key: 'replicas', min: 0, max: 8 }, { key: 'dbSize' }, { key: 'appMachines', min: 2, max: 12 }],
      start: { replicas: 0, dbSize: 's', appMachines: 4 },
      objectives: [{ id: 'p99', label: 'p99 response time', unit: 'ms', metric: (r) => r.p99ResponseMs, max: 250 }, { ...shopperErrors, max: 0.5 }],
      cost: { label: 'Monthly bill', unit: '$', of: bill(noonRestart) },
      stars: [1_550, 1_900],
    },
  ),
  system(
    {
      id: 'dead-clone-checkouts',
      chapter: SYSTEM_CHAPTER,
      title: 'Lose a clone at noon, not the checkouts',
      brief:
        'At the 600 req/s noon peak one app clone dies; the balancer notices 2 s later. Keep failed checkouts under 1 % and p99 at or under 500 ms, for the lowest bill. Choose where sessions live, how the balancer picks a clone and how many clones run.',
      hint: 'Sessions in a clone’s memory die with it, and a balancer that spreads requests sends users where their session is not. A dead clone answers nothing, so it looks like the least busy one. The survivors must carry the whole peak.',
      model: 'system',
      fixed: deadClone,
      controls: [{ key: 'stage', options: ['clones', 'sessions'] }, { key: 'sessionMode' }, { key: 'algorithm', options: ['round-robin', 'least-connections', 'power-of-two'] }, { key: 'appMachines', min: 2, max: 16 }],
      start: { stage: 'clones', sessionMode: 'sticky', algorithm: 'least-connections', appMachines: 4 },
      objectives: [
        { id: 'checkoutErrors', label: 'Failed checkouts', unit: '%', metric: (r) => (100 * (r.perClass[2]?.errors ?? 0)) / Math.max(1, r.perClass[2]?.requests ?? 0), max: 1 },
        { id: 'p99', label: 'p99 response time', unit: 'ms', metric: (r) => r.p99ResponseMs, max: 500 },
      ],
      cost: { label: 'Monthly bill', unit: '$', of: bill(deadClone) },
      stars: [814, 1_014],
    },
  ),
];

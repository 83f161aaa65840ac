import { fmt, fmtExact, type DrillTemplate } from './kit';

const PEAKS = [2_000, 5_000, 8_000, 12_000, 20_000, 50_000] as const;
const UTILS = [50, 60, 70, 75] as const;

/** Servers, replicas, workers, queues, availability and cost drills. */
export const CAPACITY_DRILLS: readonly DrillTemplate[] = [
  {
    id: 'servers-at-utilisation',
    title: 'Servers at a target utilisation',
    topic: 'capacity',
    chapter: 'clones',
    unit: 'servers',
    tolerance: { kind: 'plusMinus', within: 1 },
    build(p) {
      const rps = p.one(PEAKS);
      const cap = p.one([200, 400, 500, 800, 1_000] as const);
      const util = p.one(UTILS);
      const exact = rps / ((cap * util) / 100);
      return {
        prompt: `Peak traffic is ${fmt(rps)} req/s. One server handles at most ${fmt(cap)} req/s, and you run them at no more than ${util}% utilisation so queues stay short. How many servers?`,
        inputs: { rps, cap, util },
        steps: [
          { text: `Usable per server = ${fmt(cap)} × ${util}%`, value: (cap * util) / 100, unit: 'req/s' },
          { text: `Servers = ${fmt(rps)} ÷ ${fmt((cap * util) / 100)}`, value: exact, unit: 'servers' },
          { text: 'Round up to whole servers', value: Math.ceil(exact), unit: 'servers' },
        ],
        answer: Math.ceil(exact),
        note: 'Near 100% busy, waiting time grows without bound (it scales with 1/(1 − ρ)): the utilisation target is what keeps p99 sane.',
      };
    },
  },
  {
    id: 'server-capacity-from-cpu',
    title: 'One server’s capacity from CPU time',
    topic: 'capacity',
    chapter: 'scaling-up-vs-out',
    unit: 'req/s',
    tolerance: { kind: 'relative', pct: 10 },
    build(p) {
      const cores = p.one([4, 8, 16, 32] as const);
      const ms = p.one([2, 5, 10, 20, 25, 40] as const);
      return {
        prompt: `A request needs ${ms} ms of CPU and nothing else. What is the most one ${cores}-core server can serve, in req/s?`,
        inputs: { cores, ms },
        steps: [
          { text: `Per core = 1,000 ms ÷ ${ms} ms`, value: 1_000 / ms, unit: 'req/s' },
          { text: `× ${cores} cores`, value: (cores * 1_000) / ms, unit: 'req/s' },
        ],
        answer: (cores * 1_000) / ms,
        note: 'That is the 100% ceiling; plan for a fraction of it.',
      };
    },
  },
  {
    id: 'servers-survive-zone',
    title: 'Servers that survive losing a zone',
    topic: 'capacity',
    chapter: 'clones',
    unit: 'servers',
    tolerance: { kind: 'plusMinus', within: 3 },
    build(p) {
      const rps = p.one(PEAKS);
      const cap = p.one([250, 500, 1_000] as const);
      const util = p.one([60, 70, 80] as const);
      const need = rps / ((cap * util) / 100);
      const perZone = Math.ceil(need / 2);
      return {
        prompt: `Peak is ${fmt(rps)} req/s; a server takes ${fmt(cap)} req/s and may run at ${util}%. Servers are spread evenly over 3 availability zones, and the peak must still be served if one zone goes down. How many servers in total?`,
        inputs: { rps, cap, util },
        steps: [
          { text: `Needed at the peak = ${fmt(rps)} ÷ (${fmt(cap)} × ${util}%)`, value: need, unit: 'servers' },
          { text: 'The 2 surviving zones carry it: per zone, round up', value: perZone, unit: 'servers' },
          { text: `× 3 zones`, value: perZone * 3, unit: 'servers' },
        ],
        answer: perZone * 3,
        note: 'Surviving one of three zones costs 50% more servers; one of two would double the fleet.',
      };
    },
  },
  {
    id: 'read-replicas',
    title: 'Read replicas for a read load',
    topic: 'capacity',
    chapter: 'database',
    unit: 'replicas',
    tolerance: { kind: 'plusMinus', within: 1 },
    build(p) {
      const reads = p.one([10_000, 25_000, 40_000, 80_000] as const);
      const cap = p.one([2_000, 5_000, 8_000] as const);
      const util = p.one([60, 70] as const);
      const exact = reads / ((cap * util) / 100);
      return {
        prompt: `The primary takes all writes. ${fmt(reads)} reads/s must go to replicas; one replica serves ${fmt(cap)} queries/s flat out and you keep each under ${util}%. How many replicas?`,
        inputs: { reads, cap, util },
        steps: [
          { text: `Usable per replica = ${fmt(cap)} × ${util}%`, value: (cap * util) / 100, unit: 'queries/s' },
          { text: `Replicas = ${fmt(reads)} ÷ ${fmt((cap * util) / 100)}`, value: exact, unit: 'replicas' },
          { text: 'Round up', value: Math.ceil(exact), unit: 'replicas' },
        ],
        answer: Math.ceil(exact),
        note: 'Replicas scale reads only: every replica still applies every write, so a write-heavy load needs sharding instead.',
      };
    },
  },
  {
    id: 'db-load-after-cache',
    title: 'Database load behind a cache',
    topic: 'capacity',
    chapter: 'cache',
    unit: 'queries/s',
    tolerance: { kind: 'relative', pct: 10 },
    build(p) {
      const reads = p.one([5_000, 10_000, 30_000, 100_000] as const);
      const hit = p.one([80, 90, 95, 98, 99] as const);
      return {
        prompt: `${fmt(reads)} reads/s go through a cache with a ${hit}% hit rate. How many queries per second reach the database?`,
        inputs: { reads, hit },
        steps: [
          { text: `Miss rate = 100% − ${hit}%`, value: 100 - hit, unit: '%' },
          { text: `Database = ${fmt(reads)} × ${100 - hit}%`, value: (reads * (100 - hit)) / 100, unit: 'queries/s' },
        ],
        answer: (reads * (100 - hit)) / 100,
        note: 'Think in misses: 95% → 99% hits is five times less database load.',
      };
    },
  },
  {
    id: 'hit-rate-needed',
    title: 'Hit rate the database needs',
    topic: 'capacity',
    chapter: 'cache',
    unit: '%',
    tolerance: { kind: 'plusMinus', within: 1 },
    build(p) {
      const reads = p.one([10_000, 20_000, 50_000] as const);
      const dbShare = p.one([2, 5, 10, 20, 30] as const);
      const db = (reads * dbShare) / 100;
      return {
        prompt: `${fmt(reads)} reads/s arrive; the database can take ${fmt(db)} queries/s. What cache hit rate, in %, keeps it within that?`,
        inputs: { reads, db },
        steps: [
          { text: `Misses allowed = ${fmt(db)} ÷ ${fmt(reads)}`, value: (100 * db) / reads, unit: '%' },
          { text: `Hit rate = 100% − ${fmt((100 * db) / reads)}%`, value: 100 - (100 * db) / reads, unit: '%' },
        ],
        answer: 100 - (100 * db) / reads,
        note: 'Work in misses: the database sees only the share the cache misses, so the allowed miss rate is the database’s capacity over the reads.',
      };
    },
  },
  {
    id: 'workers-littles-law',
    title: 'Workers for a job rate (Little’s law)',
    topic: 'queues',
    chapter: 'asynchronism',
    unit: 'workers',
    tolerance: { kind: 'plusMinus', within: 1 },
    build(p) {
      const rate = p.one([20, 40, 60, 150, 300] as const);
      const secs = p.one([0.2, 0.4, 0.5, 1, 2] as const);
      const util = p.one([70, 75, 80] as const);
      const busy = rate * secs;
      return {
        prompt: `Jobs arrive at ${rate} per second and each takes ${fmtExact(secs)} s of a worker’s time. How many workers keep them at most ${util}% busy?`,
        inputs: { rate, secs, util },
        steps: [
          { text: `Busy workers on average (Little’s law, L = λ × W) = ${rate}/s × ${fmtExact(secs)} s`, value: busy, unit: 'workers' },
          { text: `At ${util}% = ${fmt(busy)} ÷ ${util / 100}`, value: busy / (util / 100), unit: 'workers' },
          { text: 'Round up', value: Math.ceil(busy / (util / 100) - 1e-9), unit: 'workers' },
        ],
        answer: Math.ceil(busy / (util / 100) - 1e-9),
        note: 'With fewer than λ × W workers the queue grows forever, however long you wait.',
      };
    },
  },
  {
    id: 'connections-in-flight',
    title: 'Requests in flight (connection pool)',
    topic: 'queues',
    chapter: 'database',
    unit: 'connections',
    tolerance: { kind: 'relative', pct: 10 },
    build(p) {
      const rps = p.one([500, 1_000, 3_000, 8_000] as const);
      const ms = p.one([5, 20, 50, 120] as const);
      return {
        prompt: `The app sends ${fmt(rps)} queries/s to the database, each holding a connection for ${ms} ms. How many connections are busy at once on average?`,
        inputs: { rps, ms },
        steps: [{ text: `L = λ × W = ${fmt(rps)}/s × ${ms / 1_000} s`, value: (rps * ms) / 1_000, unit: 'connections' }],
        answer: (rps * ms) / 1_000,
        note: 'Little’s law works for any stable system: pools, queues, open sockets. Size a pool above the average, for bursts.',
      };
    },
  },
  {
    id: 'queue-wait-from-depth',
    title: 'Waiting time from queue depth',
    topic: 'queues',
    chapter: 'asynchronism',
    unit: 's',
    tolerance: { kind: 'relative', pct: 10 },
    build(p) {
      const depth = p.one([1_200, 6_000, 30_000, 90_000] as const);
      const workers = p.one([10, 20, 40] as const);
      const perWorker = p.one([2, 5, 10] as const);
      const drain = workers * perWorker;
      return {
        prompt: `${fmt(depth)} jobs are waiting. ${workers} workers each finish ${perWorker} jobs a second. About how long, in seconds, does a job joining the back of the queue now wait?`,
        inputs: { depth, workers, perWorker },
        steps: [
          { text: `Drain rate = ${workers} × ${perWorker} jobs/s`, value: drain, unit: 'jobs/s' },
          { text: `Wait = ${fmt(depth)} ÷ ${drain}`, value: depth / drain, unit: 's' },
        ],
        answer: depth / drain,
        note: 'Depth ÷ drain rate, not ÷ arrival rate: the jobs ahead are cleared at the speed the workers go.',
      };
    },
  },
  {
    id: 'backlog-drain-time',
    title: 'Time to drain a backlog',
    topic: 'queues',
    chapter: 'asynchronism',
    unit: 'min',
    tolerance: { kind: 'relative', pct: 10 },
    build(p) {
      const backlog = p.one([60_000, 120_000, 600_000, 1_800_000] as const);
      const drain = p.one([500, 1_000, 2_000] as const);
      const arrivalShare = p.one([25, 50, 75] as const);
      const arrival = (drain * arrivalShare) / 100;
      const net = drain - arrival;
      return {
        prompt: `After an outage ${fmt(backlog)} jobs are queued. Workers clear ${fmt(drain)} jobs/s while new jobs keep arriving at ${fmt(arrival)} jobs/s. How many minutes until the queue is empty?`,
        inputs: { backlog, drain, arrival },
        steps: [
          { text: `Net drain = ${fmt(drain)} − ${fmt(arrival)}`, value: net, unit: 'jobs/s' },
          { text: `Seconds = ${fmt(backlog)} ÷ ${fmt(net)}`, value: backlog / net, unit: 's' },
          { text: 'Minutes = ÷ 60', value: backlog / net / 60, unit: 'min' },
        ],
        answer: backlog / net / 60,
        note: 'Only the spare capacity drains a backlog: at 75% load the recovery is four times slower than idle.',
      };
    },
  },
  {
    id: 'writes-at-risk',
    title: 'Writes lost on failover (RPO)',
    topic: 'availability',
    chapter: 'database',
    unit: 'writes',
    tolerance: { kind: 'relative', pct: 10 },
    build(p) {
      const wps = p.one([200, 1_000, 5_000] as const);
      const lagMs = p.one([100, 500, 2_000, 5_000] as const);
      return {
        prompt: `The primary commits ${fmt(wps)} writes/s and replicates asynchronously; the replica runs ${fmt(lagMs)} ms behind. If the primary dies and the replica is promoted, about how many acknowledged writes are lost?`,
        inputs: { wps, lagMs },
        steps: [{ text: `Writes not yet shipped = ${fmt(wps)}/s × ${lagMs / 1_000} s`, value: (wps * lagMs) / 1_000, unit: 'writes' }],
        answer: (wps * lagMs) / 1_000,
        note: 'That window is the recovery point (RPO) of asynchronous replication; semi-synchronous commit trades write latency to shrink it.',
      };
    },
  },
  {
    id: 'downtime-budget',
    title: 'Downtime budget per month',
    topic: 'availability',
    chapter: 'clones',
    unit: 'min',
    tolerance: { kind: 'relative', pct: 10 },
    build(p) {
      const nines = p.one([99, 99.5, 99.9, 99.95, 99.99] as const);
      const minutes = 30 * 24 * 60;
      return {
        prompt: `The service promises ${fmtExact(nines)}% availability. How many minutes of downtime does that allow in a 30-day month?`,
        inputs: { nines },
        steps: [
          { text: 'Minutes in 30 days = 30 × 24 × 60', value: minutes, unit: 'min' },
          { text: `Allowed down = ${fmt(minutes)} × (100% − ${fmtExact(nines)}%)`, value: (minutes * (100 - nines)) / 100, unit: 'min' },
        ],
        answer: (minutes * (100 - nines)) / 100,
        note: 'Each extra nine divides the budget by ten: 99.99% leaves about 4 minutes a month, less than one slow deploy.',
      };
    },
  },
  {
    id: 'serial-availability',
    title: 'Availability of components in series',
    topic: 'availability',
    chapter: 'clones',
    unit: '%',
    tolerance: { kind: 'plusMinus', within: 0.05 },
    build(p) {
      const n = p.one([2, 3, 4, 5] as const);
      const each = p.one([99.9, 99.95, 99.5] as const);
      const overall = 100 * (each / 100) ** n;
      return {
        prompt: `A request passes through ${n} components in a row (balancer, app, database…), each ${fmtExact(each)}% available and failing independently. What is the availability of the whole path, in %?`,
        inputs: { n, each },
        steps: [
          { text: `All must be up: ${fmtExact(each / 100)}^${n}`, value: (each / 100) ** n, unit: '' },
          { text: 'As a percentage', value: overall, unit: '%' },
        ],
        answer: overall,
        note: `A shortcut: the downtimes add, ${n} × ${fmtExact(100 - each)}% = ${fmtExact(n * (100 - each))}% down.`,
      };
    },
  },
  {
    id: 'monthly-fleet-cost',
    title: 'Monthly cost of a fleet',
    topic: 'cost',
    chapter: 'scaling-up-vs-out',
    unit: '$/month',
    tolerance: { kind: 'relative', pct: 10 },
    build(p) {
      const servers = p.one([4, 12, 30, 80] as const);
      const hourly = p.one([0.1, 0.2, 0.4, 0.8, 1.6] as const);
      return {
        prompt: `You run ${servers} servers around the clock at $${fmtExact(hourly)} an hour each. What is the monthly bill, in dollars (a month ≈ 730 hours)?`,
        inputs: { servers, hourly },
        steps: [
          { text: `Per server = $${fmtExact(hourly)} × 730 h`, value: hourly * 730, unit: '$/month' },
          { text: `× ${servers} servers`, value: servers * hourly * 730, unit: '$/month' },
        ],
        answer: servers * hourly * 730,
        note: 'Compare sizes by price per unit of capacity, not per machine. Within one cloud instance family that price is about the same at every size (twice the vCPUs, twice the price); only the very largest or specialised machines carry a premium.',
      };
    },
  },
  {
    id: 'fan-out-deliveries',
    title: 'Notification fan-out rate',
    topic: 'queues',
    chapter: 'asynchronism',
    unit: 'deliveries/s',
    tolerance: { kind: 'relative', pct: 20 },
    build(p) {
      const posts = p.one([100_000, 1_000_000, 5_000_000] as const);
      const followers = p.one([50, 200, 500] as const);
      const peak = p.one([2, 3] as const);
      const avg = (posts * followers) / 86_400;
      return {
        prompt: `Users publish ${fmt(posts)} posts a day; each post notifies ${followers} followers on average, through a queue. At a peak of ${peak}× the average, how many deliveries per second must the workers make?`,
        inputs: { posts, followers, peak },
        steps: [
          { text: `Deliveries a day = ${fmt(posts)} × ${followers}`, value: posts * followers, unit: 'deliveries/day' },
          { text: 'Average per second = ÷ 86,400', value: avg, unit: 'deliveries/s' },
          { text: `Peak = × ${peak}`, value: avg * peak, unit: 'deliveries/s' },
        ],
        answer: avg * peak,
        note: 'Fan-out multiplies the write rate: one post becomes hundreds of queued jobs, which is why it goes through a queue.',
      };
    },
  },
  {
    id: 'shards-for-storage',
    title: 'Shards for a data set',
    topic: 'storage',
    chapter: 'database',
    unit: 'shards',
    tolerance: { kind: 'plusMinus', within: 1 },
    build(p) {
      const tb = p.one([8, 20, 45, 120] as const);
      const perNode = p.one([2, 4, 8] as const);
      const fill = p.one([50, 70] as const);
      const exact = tb / ((perNode * fill) / 100);
      return {
        prompt: `The data set is ${tb} TB and growing. Each database node has ${perNode} TB of disk, and you fill nodes to at most ${fill}% to leave room for growth and rebuilds. How many shards?`,
        inputs: { tb, perNode, fill },
        steps: [
          { text: `Usable per node = ${perNode} TB × ${fill}%`, value: (perNode * fill) / 100, unit: 'TB' },
          { text: `Shards = ${tb} ÷ ${fmt((perNode * fill) / 100)}`, value: exact, unit: 'shards' },
          { text: 'Round up', value: Math.ceil(exact - 1e-9), unit: 'shards' },
        ],
        answer: Math.ceil(exact - 1e-9),
        note: 'Resharding later moves data: with consistent hashing only about 1/N of the keys move per added shard, with modulo nearly all.',
      };
    },
  },
];

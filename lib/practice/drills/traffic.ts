import { fmt, fmtExact, type DrillTemplate } from './kit';

// Decimal units throughout (1 KB = 1,000 bytes, 1 GB = 10⁹ bytes), as back-of-envelope maths uses them.
const DAY_S = 86_400;
const DAUS = [100_000, 200_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000, 50_000_000] as const;
const ACTIONS = [5, 10, 20, 30, 50, 100] as const;
const users = (n: number) => (n >= 1e6 ? `${fmt(n / 1e6)} million` : fmt(n));

/** Requests, storage, memory and bandwidth drills. */
export const TRAFFIC_DRILLS: readonly DrillTemplate[] = [
  {
    id: 'avg-rps',
    title: 'Average requests per second',
    topic: 'traffic',
    chapter: 'scaling-up-vs-out',
    unit: 'req/s',
    tolerance: { kind: 'relative', pct: 20 },
    build(p) {
      const dau = p.one(DAUS);
      const actions = p.one(ACTIONS);
      const perDay = dau * actions;
      return {
        prompt: `An app has ${users(dau)} daily active users, each making ${actions} requests a day. What is the average load in requests per second?`,
        inputs: { dau, actions },
        steps: [
          { text: `Requests a day = ${users(dau)} users × ${actions} requests`, value: perDay, unit: 'req/day' },
          { text: `Per second = ${fmt(perDay)} ÷ 86,400 s in a day`, value: perDay / DAY_S, unit: 'req/s' },
        ],
        answer: perDay / DAY_S,
        note: 'Rounding a day to 100,000 s is fine in an interview: it is 14% off, inside the tolerance.',
      };
    },
  },
  {
    id: 'peak-rps',
    title: 'Peak requests per second',
    topic: 'traffic',
    chapter: 'scaling-up-vs-out',
    unit: 'req/s',
    tolerance: { kind: 'relative', pct: 20 },
    build(p) {
      const dau = p.one(DAUS);
      const actions = p.one(ACTIONS);
      const peak = p.one([2, 3, 4, 5, 10] as const);
      const avg = (dau * actions) / DAY_S;
      return {
        prompt: `${users(dau)} daily users make ${actions} requests each. The busiest minute runs at ${peak}× the daily average. What peak load must the system carry, in requests per second?`,
        inputs: { dau, actions, peak },
        steps: [
          { text: `Average = ${users(dau)} × ${actions} ÷ 86,400 s`, value: avg, unit: 'req/s' },
          { text: `Peak = average × ${peak}`, value: avg * peak, unit: 'req/s' },
        ],
        answer: avg * peak,
        note: 'Size for the peak, not the average: capacity that only covers the average is overloaded every evening.',
      };
    },
  },
  {
    id: 'busy-hour-rps',
    title: 'Load in the busiest hour',
    topic: 'traffic',
    chapter: 'scaling-up-vs-out',
    unit: 'req/s',
    tolerance: { kind: 'relative', pct: 20 },
    build(p) {
      const dau = p.one(DAUS);
      const actions = p.one(ACTIONS);
      const share = p.one([8, 10, 12, 15, 20] as const);
      const perDay = dau * actions;
      const inHour = (perDay * share) / 100;
      return {
        prompt: `${users(dau)} daily users make ${actions} requests each, and ${share}% of the day’s requests arrive in the busiest hour. What is the load in that hour, in requests per second?`,
        inputs: { dau, actions, share },
        steps: [
          { text: `Requests a day = ${users(dau)} × ${actions}`, value: perDay, unit: 'req/day' },
          { text: `In the busiest hour = ${fmt(perDay)} × ${share}%`, value: inHour, unit: 'req' },
          { text: `Per second = ${fmt(inHour)} ÷ 3,600 s`, value: inHour / 3_600, unit: 'req/s' },
        ],
        answer: inHour / 3_600,
        note: `An even spread would put ${fmt(100 / 24)}% of the day in each hour; ${share}% in one hour is a peak of ${fmt((share / 100) * 24)}× the average.`,
      };
    },
  },
  {
    id: 'write-rps-from-ratio',
    title: 'Writes from the read:write ratio',
    topic: 'traffic',
    chapter: 'database',
    unit: 'writes/s',
    tolerance: { kind: 'relative', pct: 10 },
    build(p) {
      const rps = p.one([2_000, 5_000, 12_000, 20_000, 50_000] as const);
      const ratio = p.one([4, 9, 19, 49, 99] as const);
      return {
        prompt: `A service takes ${fmt(rps)} requests per second with ${ratio} reads for every write. How many writes per second reach the primary database?`,
        inputs: { rps, ratio },
        steps: [
          { text: `Out of every ${ratio + 1} requests, 1 is a write`, value: 1 / (ratio + 1), unit: 'of requests' },
          { text: `Writes = ${fmt(rps)} ÷ ${ratio + 1}`, value: rps / (ratio + 1), unit: 'writes/s' },
        ],
        answer: rps / (ratio + 1),
        note: `A ${ratio}:1 ratio means ${ratio + 1} requests per write, not ${ratio}: the usual slip is dividing by the ratio.`,
      };
    },
  },
  {
    id: 'storage-per-year',
    title: 'Storage per year',
    topic: 'storage',
    chapter: 'database',
    unit: 'TB',
    tolerance: { kind: 'relative', pct: 20 },
    build(p) {
      const perDay = p.one([100_000, 500_000, 1_000_000, 5_000_000, 20_000_000, 100_000_000] as const);
      const kb = p.one([0.5, 1, 2, 5, 10] as const);
      const bytesDay = perDay * kb * 1_000;
      return {
        prompt: `Users create ${fmt(perDay)} new records a day, ${fmtExact(kb)} KB each. How much storage do the records need after one year, in TB (1 TB = 10¹² bytes), before replication?`,
        inputs: { perDay, kb },
        steps: [
          { text: `Per day = ${fmt(perDay)} × ${fmtExact(kb)} KB`, value: bytesDay / 1e9, unit: 'GB/day' },
          { text: `Per year = ${fmt(bytesDay / 1e9)} GB × 365`, value: (bytesDay * 365) / 1e9, unit: 'GB' },
          { text: `In TB = ÷ 1,000`, value: (bytesDay * 365) / 1e12, unit: 'TB' },
        ],
        answer: (bytesDay * 365) / 1e12,
        note: 'Keep the units in every line: most slips in storage maths are a lost factor of 1,000.',
      };
    },
  },
  {
    id: 'storage-replicated',
    title: 'Disk for five years, replicated',
    topic: 'storage',
    chapter: 'database',
    unit: 'TB',
    tolerance: { kind: 'factor', factor: 2 },
    build(p) {
      const perDay = p.one([1_000_000, 10_000_000, 50_000_000, 200_000_000] as const);
      const bytes = p.one([200, 500, 1_000, 3_000] as const);
      const years = p.one([3, 5] as const);
      const copies = 3;
      const raw = (perDay * bytes * 365 * years) / 1e12;
      return {
        prompt: `A service stores ${fmt(perDay)} events a day at about ${fmt(bytes)} bytes each, keeps them ${years} years and holds ${copies} copies of everything. Roughly how much disk is that, in TB?`,
        inputs: { perDay, bytes, years, copies },
        steps: [
          { text: `Per year = ${fmt(perDay)} × ${fmt(bytes)} B × 365`, value: (perDay * bytes * 365) / 1e12, unit: 'TB' },
          { text: `Over ${years} years`, value: raw, unit: 'TB' },
          { text: `× ${copies} copies`, value: raw * copies, unit: 'TB' },
        ],
        answer: raw * copies,
        note: 'An order-of-magnitude drill: the point is whether it fits on one machine (tens of TB) or needs sharding.',
      };
    },
  },
  {
    id: 'photo-storage',
    title: 'Photo uploads per year',
    topic: 'storage',
    chapter: 'scaling-up-vs-out',
    unit: 'TB',
    tolerance: { kind: 'factor', factor: 2 },
    build(p) {
      const dau = p.one(DAUS);
      const share = p.one([1, 2, 5, 10] as const);
      const mb = p.one([0.5, 1, 2, 4] as const);
      const perDay = (dau * share) / 100;
      return {
        prompt: `${users(dau)} daily users; ${share}% of them upload one photo a day, ${fmtExact(mb)} MB on average. Roughly how much new photo storage a year, in TB?`,
        inputs: { dau, share, mb },
        steps: [
          { text: `Photos a day = ${users(dau)} × ${share}%`, value: perDay, unit: 'photos/day' },
          { text: `Per day = ${fmt(perDay)} × ${fmtExact(mb)} MB`, value: (perDay * mb) / 1e6, unit: 'TB/day' },
          { text: `Per year = × 365`, value: (perDay * mb * 365) / 1e6, unit: 'TB' },
        ],
        answer: (perDay * mb * 365) / 1e6,
        note: 'Large files belong in object storage behind a CDN, not in the database: the database keeps the metadata.',
      };
    },
  },
  {
    id: 'cache-hot-set',
    title: 'Cache memory for the hot set',
    topic: 'memory',
    chapter: 'cache',
    unit: 'GB',
    tolerance: { kind: 'relative', pct: 20 },
    build(p) {
      const items = p.one([1_000_000, 5_000_000, 20_000_000, 100_000_000, 500_000_000] as const);
      const hot = p.one([1, 5, 10, 20] as const);
      const kb = p.one([0.5, 1, 2, 5] as const);
      const hotItems = (items * hot) / 100;
      return {
        prompt: `A catalogue has ${fmt(items)} items of ${fmtExact(kb)} KB. Traffic is skewed: the hottest ${hot}% of items get most reads. How much cache memory holds that hot set, in GB?`,
        inputs: { items, hot, kb },
        steps: [
          { text: `Hot items = ${fmt(items)} × ${hot}%`, value: hotItems, unit: 'items' },
          { text: `Memory = ${fmt(hotItems)} × ${fmtExact(kb)} KB`, value: (hotItems * kb) / 1e6, unit: 'GB' },
        ],
        answer: (hotItems * kb) / 1e6,
        note: 'Under a skewed (Zipf-like) popularity a cache of a small share of the keys takes most of the reads: size it for the hot set, not the catalogue.',
      };
    },
  },
  {
    id: 'cache-with-overhead',
    title: 'Redis memory with per-key overhead',
    topic: 'memory',
    chapter: 'cache',
    unit: 'GB',
    tolerance: { kind: 'relative', pct: 15 },
    build(p) {
      const keys = p.one([10_000_000, 50_000_000, 100_000_000, 300_000_000] as const);
      const keyBytes = p.one([20, 30, 40] as const);
      const valueBytes = p.one([16, 50, 100, 200] as const);
      const overhead = p.one([50, 64, 80] as const);
      const per = keyBytes + valueBytes + overhead;
      return {
        prompt: `You cache ${fmt(keys)} keys of about ${keyBytes} bytes, each holding a ${valueBytes}-byte value; the store adds about ${overhead} bytes of bookkeeping per key. How much memory, in GB?`,
        inputs: { keys, keyBytes, valueBytes, overhead },
        steps: [
          { text: `Per key = ${keyBytes} + ${valueBytes} + ${overhead} bytes`, value: per, unit: 'bytes' },
          { text: `Total = ${fmt(keys)} × ${per} bytes`, value: (keys * per) / 1e9, unit: 'GB' },
        ],
        answer: (keys * per) / 1e9,
        note: 'For small values the overhead rivals the data: counting only the values underestimates the memory several times over.',
      };
    },
  },
  {
    id: 'session-store-memory',
    title: 'Memory for a shared session store',
    topic: 'memory',
    chapter: 'clones',
    unit: 'GB',
    tolerance: { kind: 'relative', pct: 20 },
    build(p) {
      const sessions = p.one([100_000, 500_000, 2_000_000, 10_000_000] as const);
      const kb = p.one([1, 2, 4, 10] as const);
      const headroom = 2;
      const data = (sessions * kb) / 1e6;
      return {
        prompt: `${fmt(sessions)} sessions are live at the peak, ${kb} KB each. Size the shared session store’s memory in GB with ${headroom}× headroom for growth and fragmentation.`,
        inputs: { sessions, kb, headroom },
        steps: [
          { text: `Session data = ${fmt(sessions)} × ${kb} KB`, value: data, unit: 'GB' },
          { text: `With ${headroom}× headroom`, value: data * headroom, unit: 'GB' },
        ],
        answer: data * headroom,
        note: 'Sessions are small: even millions fit in one Redis node’s memory. The hard part is availability, not size.',
      };
    },
  },
  {
    id: 'egress-bandwidth',
    title: 'Outgoing bandwidth at the peak',
    topic: 'bandwidth',
    chapter: 'scaling-up-vs-out',
    unit: 'Gbit/s',
    tolerance: { kind: 'relative', pct: 20 },
    build(p) {
      const rps = p.one([1_000, 5_000, 10_000, 40_000, 100_000] as const);
      const kb = p.one([2, 10, 50, 200] as const);
      const bytesS = rps * kb * 1_000;
      return {
        prompt: `At the peak the servers answer ${fmt(rps)} requests per second with ${kb} KB responses. What outgoing bandwidth is that, in Gbit/s?`,
        inputs: { rps, kb },
        steps: [
          { text: `Bytes per second = ${fmt(rps)} × ${kb} KB`, value: bytesS / 1e6, unit: 'MB/s' },
          { text: `Bits = × 8`, value: (bytesS * 8) / 1e6, unit: 'Mbit/s' },
          { text: `In Gbit/s = ÷ 1,000`, value: (bytesS * 8) / 1e9, unit: 'Gbit/s' },
        ],
        answer: (bytesS * 8) / 1e9,
        note: 'Network links are sold in bits, storage in bytes: the factor 8 is the usual slip.',
      };
    },
  },
  {
    id: 'origin-transfer',
    title: 'Origin traffic behind a CDN',
    topic: 'bandwidth',
    chapter: 'cache',
    unit: 'TB/day',
    tolerance: { kind: 'relative', pct: 20 },
    build(p) {
      const views = p.one([1_000_000, 10_000_000, 50_000_000, 200_000_000] as const);
      const mb = p.one([0.5, 1, 2, 3] as const);
      const offload = p.one([80, 90, 95, 99] as const);
      const total = (views * mb) / 1e6;
      return {
        prompt: `${fmt(views)} page views a day, ${fmtExact(mb)} MB each. The CDN serves ${offload}% of the bytes from its edge caches. How much does the origin still send a day, in TB?`,
        inputs: { views, mb, offload },
        steps: [
          { text: `All bytes = ${fmt(views)} × ${fmtExact(mb)} MB`, value: total, unit: 'TB/day' },
          { text: `Origin share = 100% − ${offload}%`, value: 100 - offload, unit: '%' },
          { text: `Origin = ${fmt(total)} TB × ${100 - offload}%`, value: (total * (100 - offload)) / 100, unit: 'TB/day' },
        ],
        answer: (total * (100 - offload)) / 100,
        note: 'Going from 90% to 99% offload cuts the origin’s traffic tenfold: the miss rate is what the origin feels.',
      };
    },
  },
  {
    id: 'log-volume',
    title: 'Log volume per day',
    topic: 'storage',
    chapter: 'clones',
    unit: 'GB/day',
    tolerance: { kind: 'relative', pct: 20 },
    build(p) {
      const rps = p.one([500, 2_000, 10_000, 50_000] as const);
      const lines = p.one([2, 5, 10] as const);
      const bytes = p.one([200, 500, 1_000] as const);
      const perS = rps * lines * bytes;
      return {
        prompt: `The fleet serves ${fmt(rps)} req/s on average; each request writes ${lines} log lines of about ${fmt(bytes)} bytes. How many GB of logs a day?`,
        inputs: { rps, lines, bytes },
        steps: [
          { text: `Bytes per second = ${fmt(rps)} × ${lines} × ${fmt(bytes)} B`, value: perS / 1e6, unit: 'MB/s' },
          { text: `Per day = × 86,400 s`, value: (perS * DAY_S) / 1e9, unit: 'GB/day' },
        ],
        answer: (perS * DAY_S) / 1e9,
        note: 'Logs leave the servers (stateless clones): ship them to a central store, sized like this.',
      };
    },
  },
];

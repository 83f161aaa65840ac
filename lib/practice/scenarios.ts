/** The four steps of a system-design answer, in order. */
export const INTERVIEW_STEPS = [
  { id: 'clarify', label: 'Clarify', what: 'Ask about users, traffic, read/write mix, data size and what must never break. State your assumptions with numbers.' },
  { id: 'high-level', label: 'High-level design', what: 'Draw the boxes: clients, load balancer, app servers, data stores, caches, queues. Walk one request through them.' },
  { id: 'deep-dive', label: 'Deep dive', what: 'Pick the part that breaks first under load and go deep: capacity numbers, failure modes, how you would measure it.' },
  { id: 'trade-offs', label: 'Trade-offs', what: 'Name what you gave up (consistency, cost, complexity), the alternatives you rejected and when you would revisit them.' },
] as const;
export type InterviewStepId = (typeof INTERVIEW_STEPS)[number]['id'];

/** An open-ended interview prompt built from the course. */
export interface Scenario {
  id: string;
  title: string;
  /** What the interviewer says. */
  prompt: string;
  /** Chapter slugs it draws on. */
  chapters: string[];
  /** What a strong answer covers at each step. */
  cues: Record<InterviewStepId, string>;
}

/** The mock-interview scenarios. */
export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'second-server-sessions',
    title: 'Sessions break on the second server',
    prompt: 'Your app’s users get logged out at random since you added a second server behind the load balancer. Walk me through what is happening and how you would fix it.',
    chapters: ['clones'],
    cues: {
      clarify: 'Where do sessions live today? How many users, how long are sessions, what happens if one is lost (cart, login)?',
      'high-level': 'Balancer → stateless app servers → shared session store (Redis) or signed cookies.',
      'deep-dive': 'Sticky sessions as a stopgap and why they fail on a crash or deploy; session store sizing, TTLs, store failover.',
      'trade-offs': 'One extra network hop per request vs. freedom to add, kill and deploy servers; cookie size and revocation limits.',
    },
  },
  {
    id: 'black-friday-10x',
    title: 'Ten times the traffic on Black Friday',
    prompt: 'Marketing expects 10× normal traffic for six hours on Black Friday. You have one big database server and four app servers. What do you do in the next month?',
    chapters: ['scaling-up-vs-out', 'clones', 'cache'],
    cues: {
      clarify: 'Today’s peak req/s, read/write mix, which pages are hot, what degrades gracefully, the budget.',
      'high-level': 'More app clones behind the balancer, a cache in front of the database, a CDN for static pages, a queue for non-urgent work.',
      'deep-dive': 'Capacity maths: per-server throughput × target utilisation; database read load after the cache hit rate; a load test plan.',
      'trade-offs': 'Pre-provisioning cost vs. risk, stale cached prices, which features to switch off under load.',
    },
  },
  {
    id: 'scale-up-or-out',
    title: 'Bigger box or more boxes?',
    prompt: 'Our only server runs at 85% CPU at peak and traffic grows 15% a month. A colleague wants to buy the biggest machine the cloud offers. What do you advise?',
    chapters: ['scaling-up-vs-out'],
    cues: {
      clarify: 'Is CPU really the bottleneck? Growth horizon, downtime tolerance, budget, state held on the box.',
      'high-level': 'Scale up one step now; prepare to scale out: statelessness, a balancer, a second box for availability.',
      'deep-dive': 'When compound growth hits the largest machine; price per unit of capacity by size; failure domain of one box.',
      'trade-offs': 'Simplicity now vs. a ceiling and a single point of failure; engineering cost of going stateless.',
    },
  },
  {
    id: 'slow-dashboard',
    title: 'The dashboard query takes 4 seconds',
    prompt: 'The home dashboard runs a heavy aggregate query and now takes 4 seconds at peak. The database CPU is at 90%. How do you make it fast?',
    chapters: ['database', 'cache'],
    cues: {
      clarify: 'How fresh must the numbers be? How many users see the same dashboard? Read/write ratio?',
      'high-level': 'Cache the query result or the objects; precompute (materialised view / denormalised table) updated by a job.',
      'deep-dive': 'Query vs. object caching and invalidation; read replicas for the remaining reads and their lag.',
      'trade-offs': 'Staleness vs. load; storage and write cost of denormalisation; cache stampede on expiry.',
    },
  },
  {
    id: 'stale-profile',
    title: 'Users don’t see their own edits',
    prompt: 'After we added read replicas, users complain that their profile changes “don’t save” — they reload and see the old value. Explain and fix it.',
    chapters: ['database'],
    cues: {
      clarify: 'Replication mode and typical lag; which reads need fresh data; how often users write.',
      'high-level': 'Writes to the primary, reads to replicas, with read-your-writes routing for the writer.',
      'deep-dive': 'Window after a write (or version/LSN tokens) sending the user’s reads to the primary; sizing it against lag percentiles.',
      'trade-offs': 'Extra primary load vs. consistency; monotonic reads; when to accept eventual consistency.',
    },
  },
  {
    id: 'shard-users',
    title: 'The users table no longer fits',
    prompt: 'The users table has grown past what one database can hold and write. How would you split it across machines?',
    chapters: ['database'],
    cues: {
      clarify: 'Data size and growth, write rate, access patterns (by user id? by email? cross-user queries?).',
      'high-level': 'Shard by user id with a partitioning function; a routing layer; lookups by other keys via an index table.',
      'deep-dive': 'Modulo vs. consistent hashing vs. ranges: keys moved when adding a shard; hot keys and hot shards.',
      'trade-offs': 'Lost joins and transactions across shards; resharding cost; operational complexity vs. vertical limits.',
    },
  },
  {
    id: 'cache-stampede',
    title: 'The cache expired and the site fell over',
    prompt: 'Every hour at :00 the database spikes and the site slows to a crawl for a minute. You cache the product catalogue with a one-hour TTL. What is happening?',
    chapters: ['cache'],
    cues: {
      clarify: 'How many keys expire together, hit rate, how expensive a miss is, how stale data may be.',
      'high-level': 'Cache-aside with jittered TTLs, request coalescing (one fill per key), background refresh.',
      'deep-dive': 'Thundering herd maths: concurrent misses × query cost; locks or single-flight; serving stale while refreshing.',
      'trade-offs': 'Staleness vs. load spikes; complexity of locks; warm-up after a cache restart.',
    },
  },
  {
    id: 'slow-checkout-email',
    title: 'Checkout waits for the email',
    prompt: 'Checkout takes 3 seconds because it generates a PDF invoice and sends an email before responding. Redesign it.',
    chapters: ['asynchronism'],
    cues: {
      clarify: 'Which steps must finish before the customer sees “order placed”? Volume, peak rate, what happens when email is down.',
      'high-level': 'Respond after the order is committed; enqueue invoice and email jobs; workers consume the queue.',
      'deep-dive': 'Worker count from arrival rate × job time; retries, idempotency, dead-letter queue; monitoring queue age.',
      'trade-offs': 'Eventual completion vs. instant; duplicate emails on retry; the queue as a new component to run.',
    },
  },
  {
    id: 'zero-downtime-deploy',
    title: 'Deploys cause errors',
    prompt: 'Every deploy produces a burst of 502 errors for about 30 seconds. We deploy ten times a day. What would you change?',
    chapters: ['clones'],
    cues: {
      clarify: 'Current strategy, fleet size, boot time, health checks, long-lived connections, schema changes.',
      'high-level': 'Rolling or blue/green deploys behind the balancer with readiness checks and connection draining.',
      'deep-dive': 'Capacity during a rolling batch; draining in-flight requests; backward-compatible database migrations.',
      'trade-offs': 'Blue/green doubles servers briefly; rolling mixes versions; deploy speed vs. safety; rollback plan.',
    },
  },
  {
    id: 'url-shortener-reads',
    title: 'A read-heavy link shortener',
    prompt: 'Design the backend of a link shortener that serves 20,000 redirects per second and 200 new links per second.',
    chapters: ['clones', 'database', 'cache'],
    cues: {
      clarify: 'Read/write ratio (100:1), link lifetime, analytics needs, latency target, popularity skew.',
      'high-level': 'Stateless app clones, a key-value store for links, a cache for hot links, async click counting.',
      'deep-dive': 'Cache hit rate under Zipf popularity; id generation without collisions; sharding the store by key.',
      'trade-offs': 'Counting clicks exactly vs. in batches; cache memory vs. database load; custom aliases.',
    },
  },
];

/** The self-scoring rubric: 1 (missing) to 4 (strong) per criterion. */
export const RUBRIC = [
  { id: 'requirements', label: 'Requirements and numbers', levels: ['Jumped straight to a design', 'Asked a question or two', 'Clarified scope and rough numbers', 'Quantified load and stated assumptions that drove the design'] },
  { id: 'design', label: 'High-level design', levels: ['No clear structure', 'Boxes without a request path', 'A sound design with a walked-through request', 'A sound design that fits the numbers, explained simply'] },
  { id: 'depth', label: 'Depth on the bottleneck', levels: ['Stayed on the surface', 'Named the bottleneck', 'Explained how it fails and how to fix it', 'Sized it, covered failure modes and how to measure'] },
  { id: 'trade-offs', label: 'Trade-offs', levels: ['None mentioned', 'Named one in passing', 'Compared alternatives with pros and cons', 'Chose deliberately and said when to revisit'] },
  { id: 'communication', label: 'Communication', levels: ['Hard to follow', 'Followed with effort', 'Clear, checked in with the interviewer', 'Clear, structured, managed the time well'] },
] as const;
export type RubricCriterionId = (typeof RUBRIC)[number]['id'];

/** Sum of the scores and the maximum. */
export function rubricTotal(scores: Readonly<Record<string, number>>): { total: number; max: number } {
  return { total: RUBRIC.reduce((n, c) => n + (scores[c.id] ?? 0), 0), max: RUBRIC.length * 4 };
}

/** A scenario by id. */
export function getScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

/** A random scenario other than `exceptId` (random source passed in so tests can fix it). */
export function pickScenario(random: () => number, exceptId?: string): Scenario {
  const pool = SCENARIOS.filter((s) => s.id !== exceptId);
  return pool[Math.floor(random() * pool.length) % pool.length] ?? SCENARIOS[0]!;
}

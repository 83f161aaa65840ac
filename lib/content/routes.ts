/** Slugs of the simulation playgrounds, one page each under /playground. */
export const PLAYGROUND_SLUGS = ['scaling', 'load-balancer', 'sessions', 'deploy', 'replication', 'sharding', 'cache', 'queue', 'system'] as const;
export type PlaygroundSlug = (typeof PLAYGROUND_SLUGS)[number];

/** Pages that exist whatever the content; lesson links to anything else under / are reported. */
export const STATIC_ROUTES: readonly string[] = [
  '/',
  '/learn',
  '/glossary',
  '/reference/latency',
  '/playground',
  ...PLAYGROUND_SLUGS.map((s) => `/playground/${s}`),
  '/practice',
  '/practice/review',
  '/practice/mock',
  '/practice/challenges',
  '/progress',
  '/authoring',
];

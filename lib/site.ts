/** Site-wide facts used in metadata, the sitemap and the header. */
export const site = {
  name: 'Prepup',
  tagline: 'Learn web scalability by running it',
  description:
    'An interactive course for system-design interviews: scale a web shop from one server to clones, replicas, caches and queues, with live simulations you can break.',
  /** Absolute origin for canonical URLs and the sitemap; set PREPUP_SITE_URL when deploying. */
  url: (process.env.PREPUP_SITE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
} as const;

/** localStorage key of the colour theme ('light' | 'dark'; absent = follow the system). */
export const THEME_STORAGE_KEY = 'prepup-theme';

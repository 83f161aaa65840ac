/** Top-level sections of the site, in header order. */
export const MAIN_NAV = [
  { href: '/learn', label: 'Course' },
  { href: '/playground', label: 'Playground' },
  { href: '/practice', label: 'Practice' },
  { href: '/progress', label: 'Progress' },
  { href: '/glossary', label: 'Glossary' },
  { href: '/reference/latency', label: 'Latency numbers' },
] as const;

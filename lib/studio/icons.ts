import type { ComponentKind } from '@/lib/sim/design/schema';

/**
 * One line-drawing icon per component kind, as SVG path data on a 24 × 24 grid, stroked (no fill):
 * drawn by the canvas, the palette and the SVG/PNG export alike.
 */
export const KIND_ICONS: Record<ComponentKind, string> = {
  // two people
  client: 'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Z M2.5 20c.6-3.6 3.2-5.5 6.5-5.5s5.9 1.9 6.5 5.5 M16 4.3a3.5 3.5 0 0 1 0 6.4 M18 14.8c2 .8 3.2 2.5 3.5 5.2',
  // a globe
  cdn: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z M3 12h18 M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3Z',
  // a lightning bolt
  cache: 'M13 2 4 14h7l-1 8 9-12h-7l1-8Z',
  // one line splitting into three
  lb: 'M3 12h6 M9 12l5-6h7 M9 12h12 M9 12l5 6h7 M18 3l3 3-3 3 M18 9l3 3-3 3 M18 15l3 3-3 3',
  // a rack of two servers
  service: 'M4 4h16v6H4z M4 14h16v6H4z M7.5 7h.01 M7.5 17h.01 M11 7h6 M11 17h6',
  // a cylinder
  database: 'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3Z M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6 M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  // jobs waiting in line, then a worker
  queue: 'M2 8h4v8H2z M8 8h4v8H8z M14 8h4v8h-4z M20 6v12',
  // a bucket
  'object-store': 'M3 6c0-1.4 4-2.5 9-2.5s9 1.1 9 2.5-4 2.5-9 2.5S3 7.4 3 6Z M3 6l2 13c.2 1.2 3.2 2 7 2s6.8-.8 7-2l2-13',
  // a cloud with an arrow out
  external: 'M7 18h10a4 4 0 0 0 .6-8A6 6 0 0 0 6 9.5 4.3 4.3 0 0 0 7 18Z M12 10v6 M9.5 12.5 12 10l2.5 2.5',
};

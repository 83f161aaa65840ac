/**
 * The security headers of every Prepup response: one list, used by next.config.mjs (server mode),
 * checked against deploy/nginx.conf (static export) by a unit test, and asserted by
 * e2e/headers.spec.ts. Plain ESM so next.config.mjs can import it without a build step.
 *
 * script-src has no 'unsafe-inline': every page is statically generated, so its inline <script>s
 * (Next's RSC payload `self.__next_f.push(...)`, our theme script) are known after the build, and
 * deploy/csp-hashes.mjs puts their SHA-256 hashes into each page's policy (`scriptHashes` below).
 * No 'unsafe-eval': nothing of ours or Next's needs eval in production. See docs/DEPLOY.md.
 */

/** CSP directives, in the order they are sent. */
export const cspDirectives = {
  'default-src': ["'self'"],
  // Plus the page's inline-script hashes (production) or 'unsafe-inline' 'unsafe-eval' (next dev).
  'script-src': ["'self'"],
  // React `style={...}` attributes (the simulations' positions and colours) need inline styles.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // The simulations run in Web Workers (bundled files, or blob: URLs).
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The Content-Security-Policy header value.
 * @param {{ dev?: boolean, scriptHashes?: readonly string[] }} [options]
 *   scriptHashes: the `'sha256-…'` sources of the page's inline scripts (deploy/csp-hashes.mjs).
 *   dev: `next dev` renders on request, so there is nothing to hash: script-src gets 'unsafe-inline',
 *   and 'unsafe-eval' for React's development call stacks. Never in production.
 * @returns {string}
 * @example contentSecurityPolicy({ scriptHashes: ["'sha256-abc='"] }) // "default-src 'self'; script-src 'self' 'sha256-abc='; …"
 */
export function contentSecurityPolicy({ dev = false, scriptHashes = [] } = {}) {
  const extra = { 'script-src': dev ? ["'unsafe-inline'", "'unsafe-eval'"] : scriptHashes };
  return Object.entries(cspDirectives)
    .map(([name, values]) => [name, ...values, ...(extra[name] ?? [])].join(' '))
    .join('; ');
}

/**
 * Every security header, as `{ key, value }` pairs (the shape Next's `headers()` wants).
 * @param {{ dev?: boolean, scriptHashes?: readonly string[] }} [options]
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(options = {}) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), magnetometer=(), gyroscope=(), accelerometer=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

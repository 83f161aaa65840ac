/**
 * The security headers of every Prepup response: one list, used by next.config.mjs (server mode),
 * checked against deploy/nginx.conf (static export) by a unit test, and asserted by
 * e2e/headers.spec.ts. Plain ESM so next.config.mjs can import it without a build step.
 *
 * Why script-src keeps 'unsafe-inline': every page is statically generated, and Next inlines the
 * React Server Component payload (`self.__next_f.push(...)`) plus our theme script as inline
 * <script>s. Nonces would need a per-request render (no static pages, no static export); hashes
 * would change with every page's payload. No 'unsafe-eval': nothing of ours or Next's needs eval in
 * production. See docs/DEPLOY.md.
 */

/** CSP directives, in the order they are sent. */
export const cspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  // React `style={...}` attributes and Next's injected <style> need inline styles.
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
 * @param {{ dev?: boolean }} [options] dev adds 'unsafe-eval' to script-src: React's development
 *   build uses eval for its debugging call stacks (never in production).
 * @returns {string}
 */
export function contentSecurityPolicy({ dev = false } = {}) {
  return Object.entries(cspDirectives)
    .map(([name, values]) => [name, ...(dev && name === 'script-src' ? [...values, "'unsafe-eval'"] : values)].join(' '))
    .join('; ');
}

/**
 * Every security header, as `{ key, value }` pairs (the shape Next's `headers()` wants).
 * @param {{ dev?: boolean }} [options]
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

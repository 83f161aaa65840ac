import { z } from 'zod';

/**
 * Zod 4 compiles object parsers with `new Function` when it can, and probes for it first. Under the
 * site's Content-Security-Policy (no 'unsafe-eval') that probe is blocked and reported as a
 * violation in every browser console. Our schemas are small, so parse without the JIT everywhere.
 * Imported for its side effect by every module that defines schemas used in the browser.
 */
z.config({ jitless: true });

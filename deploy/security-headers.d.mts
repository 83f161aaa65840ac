/** Types of deploy/security-headers.mjs (plain ESM so next.config.mjs can import it). */
export declare const cspDirectives: Readonly<Record<string, readonly string[]>>;
export declare function contentSecurityPolicy(options?: { dev?: boolean }): string;
export declare function securityHeaders(options?: { dev?: boolean }): { key: string; value: string }[];

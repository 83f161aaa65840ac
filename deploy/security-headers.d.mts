/** Types of deploy/security-headers.mjs (plain ESM so next.config.mjs can import it). */
/** `scriptHashes`: the page's inline-script hashes (`'sha256-…'`); `dev`: next dev's looser script-src. */
export interface CspOptions {
  dev?: boolean;
  scriptHashes?: readonly string[];
}
export declare const cspDirectives: Readonly<Record<string, readonly string[]>>;
export declare function contentSecurityPolicy(options?: CspOptions): string;
export declare function securityHeaders(options?: CspOptions): { key: string; value: string }[];

/** Types of deploy/csp-hashes.mjs. */
export declare const NGINX_MAP_FILE: string;
export declare function inlineScriptHashes(html: string): string[];
export declare function serverBuildHashes(distDir: string): { pages: Map<string, string[]>; fallback: string[] };
export declare function patchRoutesManifest(distDir: string): { pages: number; hashes: number };
export declare function exportHashes(outDir: string): { files: Map<string, string[]>; fallback: string[] };
export declare function nginxMapBody(outDir: string): string;
export declare function writeNginxMap(outDir: string): string;

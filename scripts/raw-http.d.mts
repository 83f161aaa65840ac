/** Types of scripts/raw-http.mjs. */
export interface RawAnswer {
  status: number;
  statusLine: string;
  /** Header names lower-cased, in order, duplicates kept. */
  headers: [string, string][];
  body: string;
}
export declare function rawRequest(port: number, request: string, options?: { host?: string; timeoutMs?: number }): Promise<RawAnswer>;
export declare function closingRequest(method: string, target: string, extraHeaders?: string): string;

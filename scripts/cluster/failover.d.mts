/** Types of scripts/cluster/failover.mjs (for its unit test). */
export declare const LOG_FORMAT: string;
export declare const REQUEST_TIMEOUT_S: number;
export declare const STOP_AT: number;
export declare function logOffset(file: string): number;
export declare function cutResponses(errorLog: string, offset: number, victimAddr: string): number;
export declare function readPhaseLog(file: string, offset: number, victimAddr: string): { total: number; perClone: Map<string, number>; retried: number; unfinished: number };

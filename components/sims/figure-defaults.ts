import type { ActionKind } from '@/lib/sim-ui/action-log';

/**
 * What a lesson figure shows when its tag does not say: at most three controls, the two or three
 * metrics that carry the idea, and the charts (often none: the picture is the figure). The
 * playground shows everything. No React: the content check reads this too.
 */
export interface FigureDefaults {
  controls: string[];
  metrics: string[];
  charts: string[];
}

export const FIGURE_DEFAULTS: Record<string, FigureDefaults> = {
  scaling: { controls: ['growthPerMonth', 'priceExponent', 'demand'], metrics: ['verticalCost', 'horizontalCost', 'verticalServed', 'horizontalServed'], charts: ['cost'] },
  lb: { controls: ['algorithm', 'servers', 'arrivalRate'], metrics: ['p99', 'imbalance', 'dropsDead'], charts: [] },
  sessions: { controls: ['sessionMode', 'storeLatencyMs', 'servers'], metrics: ['lostSessions', 'noSession', 'storeExtraMs'], charts: [] },
  deploy: { controls: ['strategy', 'batchSize', 'arrivalRate'], metrics: ['oldServed', 'minServers', 'p99ResponseMs'], charts: [] },
  replication: { controls: ['replicas', 'lagMeanMs', 'writeRatio'], metrics: ['primaryLoad', 'replicaLoad', 'staleShare'], charts: [] },
  sharding: { controls: ['partitioning', 'shards', 'zipf'], metrics: ['keysMoved', 'hottestToMean', 'p99ResponseMs'], charts: [] },
  cache: { controls: ['capacity', 'zipf', 'policy'], metrics: ['hitRate', 'predicted', 'dbLoad'], charts: ['hit'] },
  queue: { controls: ['arrivalRate', 'workers', 'responseMode'], metrics: ['p99ResponseMs', 'meanJobTimeMs', 'utilization'], charts: [] },
  system: { controls: ['stage', 'peakRate', 'appMachines'], metrics: ['p99', 'errors', 'cost'], charts: ['traffic'] },
};

/** The figure defaults of a simulation (empty lists for an unknown id). */
export function figureDefaults(simId: string): FigureDefaults {
  return FIGURE_DEFAULTS[simId] ?? { controls: [], metrics: [], charts: [] };
}

/**
 * What one lesson figure shows: its props if given, else the model's defaults.
 *
 * @example
 * figureShows('cache', { controls: ['ttlMs'] }).controls; // ['ttlMs']
 */
export function figureShows(simId: string, props: Record<string, unknown>): FigureDefaults {
  const d = figureDefaults(simId);
  const list = (v: unknown, fallback: string[]) => (Array.isArray(v) ? (v as string[]) : fallback);
  return { controls: list(props.controls, d.controls), metrics: list(props.metrics, d.metrics), charts: list(props.charts, d.charts) };
}

/** Actions each model accepts (buttons in its picture, `<Try act>` in lessons, `act=` in links). */
export const SIM_ACTIONS: Record<string, ActionKind[]> = {
  lb: ['kill', 'revive'],
  sessions: ['kill', 'revive', 'add-server'],
  sharding: ['add-server'],
  scaling: ['kill', 'revive'],
  system: ['kill', 'fault'],
};

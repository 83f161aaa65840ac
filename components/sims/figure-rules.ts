import type { z } from 'zod';
import { describeParams, type ParamInfo } from '@/lib/sim/params';
import { formatZodIssue } from '@/lib/content/zod-format';
import type { SimAction } from '@/lib/sim/core/engine';
import { parseTryActs } from '@/lib/sim-ui/action-log';
import type { AnySimDefinition } from '@/lib/sim-ui/compute';
import { formatValue } from '@/lib/sim-ui/format';
import { initialParams } from '@/lib/sim-ui/params';
import { onSlider, sliderRange } from '@/lib/sim-ui/slider';
import { IMPLEMENTED_SIMS } from '@/lib/content/sim-catalog';
import { simDefinitions } from './definitions';
import { figureShows, SIM_ACTIONS } from './figure-defaults';

/** A simulation tag found in a lesson, with its literal props. */
export interface FigureTag {
  name: string;
  props: Record<string, unknown>;
}

function definitionOf(name: string): AnySimDefinition | undefined {
  const entry = IMPLEMENTED_SIMS.find((s) => s.mdxName === name);
  return entry ? simDefinitions[entry.id] : undefined;
}

const show = (f: ParamInfo) => `“${f.label}” (${f.key})`;

function sliderProblem(def: AnySimDefinition, field: ParamInfo, value: number, start: unknown): string | null {
  const range = (def.ui as Record<string, { min?: number; max?: number; step?: number }> | undefined)?.[field.key];
  const r = sliderRange(field, range, typeof start === 'number' ? start : undefined);
  if (onSlider(r, value)) return null;
  const unit = field.unit === 'fraction' ? '' : field.unit;
  const fmt = (v: number) => formatValue(v, unit === 'index' ? '' : unit);
  if (value < r.min || value > r.max) return `${field.key}=${value}: the ${show(field)} slider goes from ${fmt(r.min)} to ${fmt(r.max)}; widen ui.${field.key} in the simulation's definition or pick a value in range`;
  const below = r.min + Math.floor((value - r.min) / r.step) * r.step;
  return `${field.key}=${value}: the ${show(field)} slider moves in steps of ${fmt(r.step)} from ${fmt(r.min)}, so ${fmt(value)} cannot be reached (nearest: ${fmt(below)} or ${fmt(below + r.step)}); change ui.${field.key}.step or the value`;
}

/** Would the figure's model, built from its props, take this fault (a cache to restart, a primary to fail)? */
function faultApplies(def: AnySimDefinition, props: Record<string, unknown>, action: SimAction): boolean {
  return def.create(initialParams(def, props).params).act(action);
}

/**
 * Why a `<Try>` cannot do what it says to the figure it names (empty when it can): unknown or
 * hidden settings, values outside the schema or off the UI slider's range and step, and actions
 * the model does not have. Used by the content check.
 *
 * @example
 * checkTry({ name: 'CacheSim', props: { id: 'ttl' } }, { figure: 'ttl', set: { ttlMs: 200 } });
 * // ['ttlMs: figure "ttl" does not show “TTL” (ttlMs); it shows “Cache size” (capacity), … — add it to its controls']
 */
export function checkTry(fig: FigureTag, tryProps: { figure: string; set?: Record<string, unknown>; act?: string }): string[] {
  const def = definitionOf(fig.name);
  if (!def) return [`figure "${tryProps.figure}" is a <${fig.name}>, not a simulation`];
  const problems: string[] = [];
  const fields = describeParams(def.schema);
  const shown = figureShows(def.id, fig.props).controls;
  const shownText = shown.map((k) => fields.find((f) => f.key === k)).filter((f) => f !== undefined).map(show).join(', ') || 'no controls';
  for (const [key, value] of Object.entries(tryProps.set ?? {})) {
    const field = fields.find((f) => f.key === key);
    if (!field) {
      problems.push(`${key}: <${fig.name}> has no such setting; settings: ${fields.map((f) => f.key).join(', ')}`);
      continue;
    }
    if (!shown.includes(key)) problems.push(`${key}: figure "${tryProps.figure}" does not show ${show(field)}; it shows ${shownText}; add "${key}" to its controls`);
    const r = (def.schema.shape[key] as z.ZodType).safeParse(value);
    if (!r.success) {
      const issue = r.error.issues[0] as z.core.$ZodIssue;
      problems.push(formatZodIssue({ ...issue, path: [key, ...issue.path] }, { [key]: value }, def.schema));
      continue;
    }
    if ((field.kind === 'number' || field.kind === 'integer') && typeof value === 'number') {
      const why = sliderProblem(def, field, value, fig.props[key]);
      if (why) problems.push(why);
    }
  }
  if (tryProps.act !== undefined) {
    const { acts, problems: bad } = parseTryActs(tryProps.act);
    problems.push(...bad.map((b) => `act: ${b}`));
    const allowed = SIM_ACTIONS[def.id] ?? [];
    const servers = typeof fig.props.servers === 'number' ? fig.props.servers : (def.schema.shape.servers ? (def.schema.parse({}) as { servers?: number }).servers : undefined);
    for (const a of acts) {
      if (!allowed.includes(a.action.type)) problems.push(`act: <${fig.name}> has no "${a.action.type}" action (it has: ${allowed.join(', ') || 'none'})`);
      else if ((a.action.type === 'kill' || a.action.type === 'revive') && servers !== undefined && a.action.server >= servers)
        problems.push(`act: server ${a.action.server + 1} does not exist: figure "${tryProps.figure}" has ${servers} servers (1–${servers})`);
      else if (a.action.type === 'fault' && !faultApplies(def, { ...fig.props, ...(tryProps.set ?? {}) }, a.action))
        problems.push(`act: figure "${tryProps.figure}" cannot ${a.action.fault === 'cache-restart' ? 'restart its cache: its architecture has none' : 'fail its primary: its architecture has no separate database'}`);
    }
  }
  return problems;
}

/** Why a `<Predict metric>` cannot be checked by the figure after it (null when it can). */
export function checkPredictMetric(fig: FigureTag | undefined, metric: string): string | null {
  if (!fig) return `metric="${metric}": a <Predict> with a metric must be followed directly by a simulation`;
  const def = definitionOf(fig.name);
  if (!def) return `metric="${metric}": <${fig.name}> is not a simulation`;
  const keys = def.metrics.map((m) => m.key);
  if (!keys.includes(metric)) return `metric="${metric}": <${fig.name}> has no such metric; metrics: ${keys.join(', ')}`;
  const shown = figureShows(def.id, fig.props).metrics;
  if (!shown.includes(metric)) return `metric="${metric}": the figure does not show it; add it to its metrics (shows: ${shown.join(', ')})`;
  return null;
}

/**
 * Setting names written in code style (camelCase: ttlMs, writeRatio, cacheMode…) of every
 * simulation, mapped to their UI label. The content check warns when prose uses one: lessons
 * name settings the way the slider does.
 */
export const CODE_SETTING_NAMES: ReadonlyMap<string, string> = new Map(
  Object.values(simDefinitions).flatMap((def) =>
    describeParams(def.schema)
      .filter((f) => /[a-z][A-Z]/.test(f.key))
      .map((f) => [f.key, f.label] as const),
  ),
);

/** Is `name` a simulation tag? */
export const isFigureName = (name: string): boolean => definitionOf(name) !== undefined;

/** Everything the content check needs to hold prose, figures and the UI to each other. */
export const figureRules = { isFigureName, checkTry, checkPredictMetric, codeSettingNames: CODE_SETTING_NAMES };
export type FigureRules = typeof figureRules;

import { models, type ModelName, type ResultOf } from '@/lib/sim/models';
import { optionLabel } from '@/lib/sim/option-label';
import { describeParams, parseParams, type ParamInfo } from '@/lib/sim/params';
import type { WorkBudget } from '@/lib/sim/work';
import { checkSeedsWork, runSteps } from './challenge-steps';

/** A value a challenge control can hold. */
export type ControlValue = number | string | boolean;
/** Control values by parameter key. */
export type ControlValues = Record<string, ControlValue>;

/** Which model parameter the learner may change, and within which (narrower) range or options. */
export interface ControlSpec {
  key: string;
  /** Overrides the schema label and description where the challenge uses the parameter in a narrower sense. */
  label?: string;
  description?: string;
  min?: number;
  max?: number;
  step?: number;
  /** Allowed values: a subset of an enum's options, or the numbers a select offers. */
  options?: readonly (string | number)[];
  /** For a number-list parameter: one value for every entry, as many entries as this control's value. */
  repeatFor?: string;
}

/** A control as the page renders it: schema metadata narrowed by the challenge. */
export interface ChallengeControl {
  key: string;
  label: string;
  unit: string;
  description: string;
  kind: 'range' | 'select';
  min: number;
  max: number;
  step: number;
  options: { value: ControlValue; label: string }[];
}

/** A numeric goal on one result metric: holds when the value is ≤ `max` / ≥ `min`. */
export interface Objective<R> {
  id: string;
  label: string;
  unit: string;
  metric: (r: R) => number;
  max?: number;
  min?: number;
}

/** A scored challenge, written against one model's typed result. */
export interface ChallengeDef<M extends ModelName> {
  id: string;
  /** Chapter slug. */
  chapter: string;
  title: string;
  brief: string;
  model: M;
  /** Parameters the learner cannot change (load, sizes…; not the seed). */
  fixed: Record<string, unknown>;
  /**
   * The seeds a setting must pass on, every one of them (at least 3): no passing by a lucky run.
   * Without it the challenge runs once, on `fixed.seed` (for wrappers that combine single-seed runs).
   */
  seeds?: readonly number[];
  controls: ControlSpec[];
  /** Where the controls start: a setting that does not pass. */
  start: ControlValues;
  objectives: Objective<ResultOf<M>>[];
  cost: { label: string; unit: string; of: (v: ControlValues) => number };
  /** Highest cost that still earns 3 and 2 stars; any passing setting earns 1. */
  stars: readonly [three: number, two: number];
  hint: string;
}

/** One objective's outcome over the challenge's seeds (plain data: crosses the worker boundary). */
export interface ObjectiveResult {
  id: string;
  label: string;
  /** The worst value over the seeds (highest for a ≤ goal, lowest for a ≥ goal). */
  value: number;
  /** The value on each seed, in the challenge's seed order. */
  perSeed: number[];
  unit: string;
  target: string;
  /** True only if the goal holds on every seed. */
  holds: boolean;
}

/** The outcome of one run of a challenge at some control values. */
export interface Evaluation {
  challengeId: string;
  values: ControlValues;
  objectives: ObjectiveResult[];
  passed: boolean;
  cost: number;
  /** 0 when not passed. */
  stars: 0 | 1 | 2 | 3;
}

/** A challenge with its model erased: what pages, workers and tests use. */
export interface Challenge {
  id: string;
  chapter: string;
  title: string;
  brief: string;
  hint: string;
  model: ModelName;
  controls: ChallengeControl[];
  start: ControlValues;
  /** Every goal must hold on each of these seeds. */
  seeds: readonly number[];
  /** The goals, for display before the first run finishes. */
  goals: Omit<ObjectiveResult, 'value' | 'perSeed' | 'holds'>[];
  costLabel: string;
  costUnit: string;
  stars: readonly [number, number];
  /** The cost of a setting (no run): what an imported best attempt is checked against. */
  costOf(values: ControlValues): number;
  /** Runs the engine to the end on every seed at these values (validated) and checks every objective on each. */
  evaluate(values: ControlValues): ChallengeOutcome;
  /**
   * {@link Challenge.evaluate} in steps: yields the fraction of the whole check done (over all
   * seeds, see `seedProgress`) and returns the same outcome. With a `budget`, a setting whose
   * runs would exceed it is refused before any run, with a notice naming what to lower.
   */
  check(values: ControlValues, budget?: WorkBudget): Generator<number, ChallengeOutcome, void>;
}

/** An evaluation, or why the values were refused (out of range, over the work budget). */
export type ChallengeOutcome = { ok: true; evaluation: Evaluation } | { ok: false; errors: string[]; overBudget?: boolean };

/** Stars for a passing setting of this cost. */
export function starsFor(cost: number, [three, two]: readonly [number, number]): 1 | 2 | 3 {
  return cost <= three ? 3 : cost <= two ? 2 : 1;
}

/** Whether the value meets the objective's bounds. */
export function objectiveHolds(o: { max?: number; min?: number }, value: number): boolean {
  return Number.isFinite(value) && (o.max === undefined || value <= o.max) && (o.min === undefined || value >= o.min);
}

function targetText(o: { max?: number; min?: number; unit: string }): string {
  const u = o.unit === '%' ? '%' : o.unit ? ` ${o.unit}` : '';
  if (o.max !== undefined && o.min !== undefined) return `${o.min}–${o.max}${u}`;
  return o.max !== undefined ? `≤ ${o.max}${u}` : `≥ ${o.min ?? 0}${u}`;
}

const pretty = (v: string | number, info: ParamInfo) => (typeof v === 'string' ? optionLabel(info, v) : info.unit === '×' ? `${v}×` : String(v));

function toControl(spec: ControlSpec, info: ParamInfo | undefined, challengeId: string): ChallengeControl {
  if (!info) throw new Error(`challenge ${challengeId}: the model has no parameter "${spec.key}"`);
  const base = { key: spec.key, label: spec.label ?? info.label, unit: info.unit, description: spec.description ?? info.description };
  const allowed = spec.options ?? (info.kind === 'enum' ? info.options : info.kind === 'boolean' ? [] : undefined);
  if (info.kind === 'boolean') return { ...base, kind: 'select', min: 0, max: 1, step: 1, options: [true, false].map((b) => ({ value: b, label: b ? 'yes' : 'no' })) };
  if (allowed) {
    for (const o of allowed) if (info.kind === 'enum' && !info.options?.includes(String(o))) throw new Error(`challenge ${challengeId}: "${o}" is not an option of ${spec.key}`);
    return { ...base, kind: 'select', min: 0, max: allowed.length - 1, step: 1, options: allowed.map((o) => ({ value: o, label: pretty(o, info) })) };
  }
  const min = Math.max(spec.min ?? -Infinity, info.min ?? -Infinity);
  const max = Math.min(spec.max ?? Infinity, info.max ?? Infinity);
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) throw new Error(`challenge ${challengeId}: ${spec.key} needs a finite range inside the schema's`);
  return { ...base, kind: 'range', min, max, step: spec.step ?? info.step ?? (info.kind === 'integer' ? 1 : (max - min) / 100), options: [] };
}

/** Whether `v` lies on the control's step grid (min, min + step, …), allowing for binary rounding. */
export function onStep(c: Pick<ChallengeControl, 'min' | 'step'>, v: number): boolean {
  if (!(c.step > 0)) return true;
  const k = (v - c.min) / c.step;
  return Math.abs(k - Math.round(k)) < 1e-9 * Math.max(1, Math.abs(k));
}

/** Problems with `values` against the challenge's controls ("servers must be between 1 and 12, got 40"). */
export function checkValues(controls: readonly ChallengeControl[], values: ControlValues): string[] {
  const errors: string[] = [];
  for (const c of controls) {
    const v = values[c.key];
    if (v === undefined) errors.push(`${c.key} is missing`);
    else if (c.kind === 'select' && !c.options.some((o) => o.value === v)) errors.push(`${c.key} must be one of ${c.options.map((o) => String(o.value)).join(', ')}, got ${String(v)}`);
    else if (c.kind === 'range' && (typeof v !== 'number' || !(v >= c.min && v <= c.max))) errors.push(`${c.key} must be between ${c.min} and ${c.max}, got ${String(v)}`);
    else if (c.kind === 'range' && !onStep(c, v as number)) errors.push(`${c.key} must be a multiple of ${c.step}${c.min ? ` from ${c.min}` : ''}, got ${String(v)}`);
  }
  const known = new Set(controls.map((c) => c.key));
  for (const k of Object.keys(values)) if (!known.has(k)) errors.push(`${k} is not a control of this challenge`);
  return errors;
}

/**
 * Turns a typed challenge definition into a {@link Challenge}: controls generated from the
 * model's schema (`describeParams`), objectives checked against a run to the end.
 */
export function defineChallenge<M extends ModelName>(def: ChallengeDef<M>): Challenge {
  const infos = new Map(describeParams(models[def.model].schema).map((i) => [i.key, i]));
  const controls = def.controls.map((s) => toControl(s, infos.get(s.key), def.id));
  if (def.seeds && (def.seeds.length < 3 || new Set(def.seeds).size !== def.seeds.length)) throw new Error(`challenge ${def.id}: needs at least 3 distinct seeds`);
  if (def.seeds && 'seed' in def.fixed) throw new Error(`challenge ${def.id}: the seeds come from \`seeds\`, not \`fixed\``);
  const seeds = def.seeds ?? [Number(def.fixed.seed ?? 1)];
  const startErrors = checkValues(controls, def.start);
  if (startErrors.length) throw new Error(`challenge ${def.id}: bad start values: ${startErrors.join('; ')}`);

  const toInput = (values: ControlValues): Record<string, unknown> => {
    const input: Record<string, unknown> = { ...def.fixed };
    for (const s of def.controls) {
      const v = values[s.key];
      input[s.key] = s.repeatFor ? Array.from({ length: Number(values[s.repeatFor]) }, () => v) : v;
    }
    return input;
  };

  function* check(values: ControlValues, budget?: WorkBudget): Generator<number, ChallengeOutcome, void> {
    const errors = checkValues(controls, values);
    if (errors.length) return { ok: false, errors };
    const input = toInput(values);
    const parsed = parseParams(def.model, { ...input, seed: seeds[0] });
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    const inputs = seeds.map((seed) => ({ ...input, seed }));
    const problem = budget ? checkSeedsWork(def.model, inputs, controls, budget) : null;
    if (problem) return { ok: false, errors: [problem.message], overBudget: true };
    const results = (yield* runSteps(def.model, inputs)) as ResultOf<M>[];
    const objectives = def.objectives.map((o) => {
      const perSeed = results.map((r) => o.metric(r));
      const holds = perSeed.every((v) => objectiveHolds(o, v));
      // The worst seed decides: the highest value against a ceiling, the lowest against a floor (NaN counts as worst).
      const worst = (a: number, b: number) => (Number.isNaN(b) || (o.max !== undefined ? b > a : b < a) ? b : a);
      const value = perSeed.reduce(worst);
      return { id: o.id, label: o.label, value, perSeed, unit: o.unit, target: targetText(o), holds };
    });
    const passed = objectives.every((o) => o.holds);
    const cost = def.cost.of(values);
    return { ok: true, evaluation: { challengeId: def.id, values, objectives, passed, cost, stars: passed ? starsFor(cost, def.stars) : 0 } };
  }

  return {
    id: def.id,
    chapter: def.chapter,
    title: def.title,
    brief: def.brief,
    hint: def.hint,
    model: def.model,
    controls,
    start: def.start,
    seeds,
    goals: def.objectives.map((o) => ({ id: o.id, label: o.label, unit: o.unit, target: targetText(o) })),
    costLabel: def.cost.label,
    costUnit: def.cost.unit,
    stars: def.stars,
    costOf: (values) => def.cost.of(values),
    evaluate(values) {
      const steps = check(values);
      let r = steps.next();
      while (!r.done) r = steps.next();
      return r.value;
    },
    check,
  };
}

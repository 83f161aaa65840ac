import { createRng, STREAM } from '@/lib/sim/core/rng';

/**
 * How close a typed answer must be. `relative`: within pct % of the answer; `factor`: within
 * ×/÷ factor (order-of-magnitude drills use 2); `plusMinus`: within ± an absolute amount
 * (whole servers, percentage points).
 */
export type Tolerance = { kind: 'relative'; pct: number } | { kind: 'factor'; factor: number } | { kind: 'plusMinus'; within: number };

/** One line of the worked solution: what is computed, its value and unit. */
export interface DrillStep {
  text: string;
  value: number;
  unit: string;
}

/** A drill generated from a template and a seed: the same pair always gives the same drill. */
export interface Drill {
  templateId: string;
  seed: number;
  title: string;
  /** The question, with its numbers. */
  prompt: string;
  /** Unit the answer is typed in ("req/s", "TB"). */
  unit: string;
  answer: number;
  steps: DrillStep[];
  tolerance: Tolerance;
  /** The numbers the template drew (for tests and the share link's sanity). */
  inputs: Record<string, number>;
  /** Where the course teaches it. */
  chapter: string;
  /** A sentence on what the drill trains or the usual slip. */
  note: string;
}

/** Draws the numbers of one drill. */
export interface Picker {
  /** One of the listed values. */
  one<T>(values: readonly T[]): T;
}

/** What a template builds from its picked numbers. */
export interface DrillBody {
  prompt: string;
  answer: number;
  steps: DrillStep[];
  inputs: Record<string, number>;
  note: string;
}

/** A back-of-envelope exercise with fresh numbers each time. */
export interface DrillTemplate {
  id: string;
  title: string;
  /** Topic for grouping and filtering. */
  topic: 'traffic' | 'storage' | 'memory' | 'bandwidth' | 'capacity' | 'queues' | 'availability' | 'cost';
  chapter: string;
  unit: string;
  tolerance: Tolerance;
  build(pick: Picker): DrillBody;
}

/** Largest seed a share link may carry (32-bit unsigned). */
export const MAX_SEED = 0xffff_ffff;

/** The drill for `(template, seed)`: numbers drawn from pure-rand, like the engine's. */
export function makeDrill(t: DrillTemplate, seed: number): Drill {
  const rng = createRng(seed >>> 0, STREAM.misc);
  const pick: Picker = { one: (values) => values[rng.int(values.length)]! };
  const body = t.build(pick);
  return { templateId: t.id, seed, title: t.title, unit: t.unit, tolerance: t.tolerance, chapter: t.chapter, ...body };
}

const number = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });
const precise = new Intl.NumberFormat('en', { maximumSignificantDigits: 6 });

const nines = new Intl.NumberFormat('en', { maximumSignificantDigits: 5 });

/** "1,160", "0.0347": digits with grouping, 3 significant figures (5 for 0.9995 and 99.95-like values, where the nines matter). */
export function fmt(n: number): string {
  const a = Math.abs(n);
  return (a >= 0.9 && a < 1) || (a >= 90 && a < 100) ? nines.format(n) : number.format(n);
}

/** Up to 6 significant figures, for inputs that must be shown exactly (99.95). */
export function fmtExact(n: number): string {
  return precise.format(n);
}

/** "within 20% of the answer", "within ×/÷ 2 (order of magnitude)", "within ±1 servers", "within ±0.05 percentage points". */
export function toleranceText(t: Tolerance, unit = ''): string {
  if (t.kind === 'relative') return `within ${t.pct}% of the answer`;
  if (t.kind === 'factor') return `within ×/÷ ${t.factor} (order of magnitude)`;
  // ±1 on a percentage is an absolute gap, not 1% of the answer: say "percentage points".
  const unitText = unit === '%' ? ` percentage point${t.within === 1 ? '' : 's'}` : unit ? ` ${unit}` : '';
  return `within ±${fmtExact(t.within)}${unitText}`;
}

/** Whether `guess` is within the tolerance of `answer` (edges included). */
export function isWithin(t: Tolerance, answer: number, guess: number): boolean {
  if (!Number.isFinite(guess)) return false;
  // A hair of slack so that a boundary typed as decimal text is not lost to binary rounding.
  const eps = 1e-9 * Math.max(1, Math.abs(answer));
  if (t.kind === 'relative') return Math.abs(guess - answer) <= (t.pct / 100) * Math.abs(answer) + eps;
  if (t.kind === 'factor') return guess > 0 && answer > 0 && guess * t.factor >= answer - eps && guess <= answer * t.factor + eps;
  return Math.abs(guess - answer) <= t.within + eps;
}

/** The outcome of one guess. */
export interface Grade {
  correct: boolean;
  /** guess ÷ answer (1 = exact). */
  ratio: number;
  /** "2.3× too high", "right on", "12% low"; for a ± tolerance the gap itself: "0.0501 low", "2 high". */
  verdict: string;
}

/** Grades a guess against the drill's answer and tolerance. */
export function gradeGuess(d: Pick<Drill, 'answer' | 'tolerance'>, guess: number): Grade {
  const correct = isWithin(d.tolerance, d.answer, guess);
  const ratio = d.answer === 0 ? (guess === 0 ? 1 : Infinity) : guess / d.answer;
  let verdict: string;
  const gap = guess - d.answer;
  // ± tolerances are absolute (percentage points, whole servers): say the gap, not a ratio that hides it.
  if (ratio >= 2 || (ratio > 0 && ratio <= 0.5)) verdict = ratio >= 2 ? `${fmt(ratio)}× too high` : `${fmt(1 / ratio)}× too low`;
  else if (d.tolerance.kind === 'plusMinus') verdict = Math.abs(gap) <= d.tolerance.within / 100 ? 'right on' : `${fmt(Math.abs(gap))} ${gap > 0 ? 'high' : 'low'}`;
  else if (Math.abs(ratio - 1) < 0.005) verdict = 'right on';
  else verdict = `${fmt(Math.abs(ratio - 1) * 100)}% ${ratio > 1 ? 'high' : 'low'}`;
  return { correct, ratio, verdict };
}

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, t: 1e12, trillion: 1e12 };

/**
 * Reads a typed number: "1200", "1,200", "1.2k", "3e5", "2.5 M", "40%" (the % is dropped: the
 * unit is stated). Null when it is not a number.
 *
 * @example
 * parseGuess('1.5k'); // 1500
 */
export function parseGuess(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/[,_\s](?=\d)/g, '').replace(/\s+/g, '');
  const m = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)(k|mn|m|million|bn|b|billion|t|trillion)?%?$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]) * (m[2] ? SUFFIX[m[2]]! : 1);
  return Number.isFinite(n) ? n : null;
}

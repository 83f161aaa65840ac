import { describe, expect, it } from 'vitest';
import { drillFromLink, drillHref, DRILL_TEMPLATES, gradeGuess, isWithin, makeDrill, parseGuess, randomDrill, toleranceText, type Tolerance } from '.';

const SLUGS = ['scaling-up-vs-out', 'clones', 'database', 'cache', 'asynchronism'];

/** Each template's answer written again, independently, from the numbers it drew. */
const EXPECTED: Record<string, (i: Record<string, number>) => number> = {
  'avg-rps': (i) => (i.dau! * i.actions!) / 86_400,
  'peak-rps': (i) => ((i.dau! * i.actions!) / 86_400) * i.peak!,
  'busy-hour-rps': (i) => (i.dau! * i.actions! * (i.share! / 100)) / 3_600,
  'write-rps-from-ratio': (i) => i.rps! / (i.ratio! + 1),
  'storage-per-year': (i) => (i.perDay! * i.kb! * 1e3 * 365) / 1e12,
  'storage-replicated': (i) => (i.perDay! * i.bytes! * 365 * i.years! * i.copies!) / 1e12,
  'photo-storage': (i) => (i.dau! * (i.share! / 100) * i.mb! * 1e6 * 365) / 1e12,
  'cache-hot-set': (i) => (i.items! * (i.hot! / 100) * i.kb! * 1e3) / 1e9,
  'cache-with-overhead': (i) => (i.keys! * (i.keyBytes! + i.valueBytes! + i.overhead!)) / 1e9,
  'session-store-memory': (i) => (i.sessions! * i.kb! * 1e3 * i.headroom!) / 1e9,
  'egress-bandwidth': (i) => (i.rps! * i.kb! * 1e3 * 8) / 1e9,
  'origin-transfer': (i) => (i.views! * i.mb! * 1e6 * (1 - i.offload! / 100)) / 1e12,
  'log-volume': (i) => (i.rps! * i.lines! * i.bytes! * 86_400) / 1e9,
  'servers-at-utilisation': (i) => Math.ceil(i.rps! / (i.cap! * (i.util! / 100))),
  'server-capacity-from-cpu': (i) => i.cores! * (1_000 / i.ms!),
  'servers-survive-zone': (i) => 3 * Math.ceil(i.rps! / (i.cap! * (i.util! / 100)) / 2),
  'read-replicas': (i) => Math.ceil(i.reads! / (i.cap! * (i.util! / 100))),
  'db-load-after-cache': (i) => i.reads! * (1 - i.hit! / 100),
  'hit-rate-needed': (i) => 100 * (1 - i.db! / i.reads!),
  'workers-littles-law': (i) => Math.ceil((i.rate! * i.secs!) / (i.util! / 100) - 1e-9),
  'connections-in-flight': (i) => i.rps! * (i.ms! / 1_000),
  'queue-wait-from-depth': (i) => i.depth! / (i.workers! * i.perWorker!),
  'backlog-drain-time': (i) => i.backlog! / (i.drain! - i.arrival!) / 60,
  'writes-at-risk': (i) => i.wps! * (i.lagMs! / 1_000),
  'downtime-budget': (i) => 43_200 * (1 - i.nines! / 100),
  'serial-availability': (i) => 100 * Math.pow(i.each! / 100, i.n!),
  'monthly-fleet-cost': (i) => i.servers! * i.hourly! * 730,
  'fan-out-deliveries': (i) => ((i.posts! * i.followers!) / 86_400) * i.peak!,
  'shards-for-storage': (i) => Math.ceil(i.tb! / (i.perNode! * (i.fill! / 100)) - 1e-9),
};

const SEEDS = Array.from({ length: 40 }, (_, i) => i * 7919 + 1);

describe('estimation drill templates', () => {
  it('has at least 20 templates with unique ids, each in a course chapter', () => {
    expect(DRILL_TEMPLATES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(DRILL_TEMPLATES.map((t) => t.id)).size).toBe(DRILL_TEMPLATES.length);
    for (const t of DRILL_TEMPLATES) expect(SLUGS, t.id).toContain(t.chapter);
    expect(Object.keys(EXPECTED).sort()).toEqual(DRILL_TEMPLATES.map((t) => t.id).sort());
  });

  for (const t of DRILL_TEMPLATES) {
    describe(t.id, () => {
      it('gives the same drill for the same seed, and fresh numbers across seeds', () => {
        expect(makeDrill(t, 12345)).toEqual(makeDrill(t, 12345));
        const prompts = new Set(SEEDS.map((s) => makeDrill(t, s).prompt));
        expect(prompts.size).toBeGreaterThanOrEqual(5);
      });

      it('has a self-consistent worked solution: the last step is the answer, which matches the formula', () => {
        for (const s of SEEDS) {
          const d = makeDrill(t, s);
          expect(d.answer, `seed ${s}`).toBeGreaterThan(0);
          expect(Number.isFinite(d.answer)).toBe(true);
          expect(d.steps.length).toBeGreaterThan(0);
          for (const step of d.steps) {
            expect(Number.isFinite(step.value), step.text).toBe(true);
            expect(step.text.length).toBeGreaterThan(3);
          }
          const last = d.steps.at(-1)!;
          expect(last.value).toBeCloseTo(d.answer, 9);
          expect(last.unit).toBe(t.unit);
          expect(d.answer / EXPECTED[t.id]!(d.inputs)).toBeCloseTo(1, 9);
        }
      });

      it('accepts the answer and its tolerance edges, refuses just beyond them', () => {
        for (const s of SEEDS.slice(0, 10)) {
          const d = makeDrill(t, s);
          expect(gradeGuess(d, d.answer).correct).toBe(true);
          const [lo, hi, outLo, outHi] = edges(d.tolerance, d.answer);
          expect(isWithin(d.tolerance, d.answer, lo), `${lo}`).toBe(true);
          expect(isWithin(d.tolerance, d.answer, hi), `${hi}`).toBe(true);
          expect(isWithin(d.tolerance, d.answer, outLo), `${outLo}`).toBe(false);
          expect(isWithin(d.tolerance, d.answer, outHi), `${outHi}`).toBe(false);
        }
      });
    });
  }
});

/** Lowest and highest accepted guesses, and one just outside each. */
function edges(t: Tolerance, a: number): [number, number, number, number] {
  if (t.kind === 'relative') return [a * (1 - t.pct / 100), a * (1 + t.pct / 100), a * (1 - t.pct / 100) * 0.999, a * (1 + t.pct / 100) * 1.001];
  if (t.kind === 'factor') return [a / t.factor, a * t.factor, (a / t.factor) * 0.999, a * t.factor * 1.001];
  return [a - t.within, a + t.within, a - t.within * 1.01, a + t.within * 1.01];
}

describe('grading and typed numbers', () => {
  it('order-of-magnitude drills accept ×/÷ 2 and nothing wider', () => {
    const t: Tolerance = { kind: 'factor', factor: 2 };
    expect([50, 100, 200].map((g) => isWithin(t, 100, g))).toEqual([true, true, true]);
    expect([49, 201, 0, -100].map((g) => isWithin(t, 100, g))).toEqual([false, false, false, false]);
    expect(toleranceText(t)).toBe('within ×/÷ 2 (order of magnitude)');
    expect(toleranceText({ kind: 'plusMinus', within: 0.05 }, '%')).toBe('within ±0.05 percentage points');
    expect(toleranceText({ kind: 'plusMinus', within: 1 }, '%')).toBe('within ±1 percentage point');
    expect(toleranceText({ kind: 'plusMinus', within: 1 }, 'servers')).toBe('within ±1 servers');
  });

  it('says how far off a guess is', () => {
    expect(gradeGuess({ answer: 100, tolerance: { kind: 'relative', pct: 10 } }, 100).verdict).toBe('right on');
    expect(gradeGuess({ answer: 100, tolerance: { kind: 'relative', pct: 10 } }, 112)).toMatchObject({ correct: false, verdict: '12% high' });
    expect(gradeGuess({ answer: 100, tolerance: { kind: 'relative', pct: 10 } }, 25).verdict).toBe('4× too low');
    expect(gradeGuess({ answer: 100, tolerance: { kind: 'plusMinus', within: 1 } }, Number.NaN).correct).toBe(false);
    // a ± tolerance is absolute: a miss by 0.05 points on 99.85% is never 'right on'
    expect(gradeGuess({ answer: 99.850075, tolerance: { kind: 'plusMinus', within: 0.05 } }, 99.8)).toMatchObject({ correct: false, verdict: '0.0501 low' });
    expect(gradeGuess({ answer: 12, tolerance: { kind: 'plusMinus', within: 1 } }, 14)).toMatchObject({ correct: false, verdict: '2 high' });
    expect(gradeGuess({ answer: 12, tolerance: { kind: 'plusMinus', within: 1 } }, 12).verdict).toBe('right on');
    expect(gradeGuess({ answer: 12, tolerance: { kind: 'plusMinus', within: 1 } }, 120).verdict).toBe('10× too high');
  });

  it.each([
    ['1200', 1200],
    ['1,200', 1200],
    [' 1.2k ', 1200],
    ['3e5', 300_000],
    ['2.5 M', 2_500_000],
    ['4bn', 4e9],
    ['99.5%', 99.5],
    ['.5', 0.5],
    ['10 000', 10_000],
  ])('reads %s as %d', (text, n) => expect(parseGuess(text)).toBeCloseTo(n, 9));

  it.each(['', 'abc', '1.2.3', '12 apples', 'k', '--1'])('refuses %j', (text) => expect(parseGuess(text)).toBeNull());
});

describe('share links', () => {
  it('replays a drill from its link and refuses bad links', () => {
    const d = randomDrill(() => 0.42);
    const url = new URL(drillHref(d), 'http://x');
    expect(drillFromLink(url.searchParams.get('drill'), url.searchParams.get('seed'))).toEqual(d);
    expect(drillFromLink('nope', '1')).toBeNull();
    expect(drillFromLink('avg-rps', '-1')).toBeNull();
    expect(drillFromLink('avg-rps', '1e3')).toBeNull();
    expect(drillFromLink('avg-rps', '99999999999')).toBeNull();
    expect(drillFromLink('avg-rps', null)).toBeNull();
  });

  it('draws from the chosen templates only', () => {
    const seq = [0.9, 0.1];
    const d = randomDrill(() => seq.shift() ?? 0.5, ['downtime-budget']);
    expect(d.templateId).toBe('downtime-budget');
  });
});

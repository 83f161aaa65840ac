'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { NotSaved, useAllSaved, useSaveReport } from '@/components/progress/NotSaved';
import { progressActions, useProgress, useProgressHydrated } from '@/components/progress/useProgress';
import { drillFromLink, drillHref, DRILL_TEMPLATES, fmt, gradeGuess, parseGuess, randomDrill, toleranceText, type Drill, type Grade } from '@/lib/practice/drills';
import { btnPrimary, btnSecondary, card, field } from './styles';

const TOPICS = [...new Set(DRILL_TEMPLATES.map((t) => t.topic))];

/** Uniform numbers in [0, 1) from the browser's crypto source: a fresh drill each time. */
function cryptoRandom(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]! / 2 ** 32;
}

/** Fired when this page changes the address itself (pushState fires no event). */
const URL_CHANGED = 'prepup:drill-url';
function subscribeToHistory(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGED, onChange);
  };
}
const currentSearch = () => window.location.search;

/**
 * Back-of-envelope drills: a template with fresh numbers, a typed answer graded with the template's
 * tolerance, then the worked solution. The address holds the template and seed, so a drill can be
 * shared and replayed.
 */
export function EstimateDrill({ chapterTitles }: { chapterTitles: Record<string, string> }) {
  const search = useSyncExternalStore(subscribeToHistory, currentSearch, () => null);
  const [topic, setTopic] = useState('');
  const linked = search === null ? null : drillFromLink(new URLSearchParams(search).get('drill'), new URLSearchParams(search).get('seed'));
  const drill = linked;
  const badLink = search !== null && new URLSearchParams(search).has('drill') && !linked;

  // The address is the drill's only state: going to a drill means changing it.
  const go = (d: Drill, push: boolean) => {
    const url = new URL(window.location.href);
    url.search = new URL(drillHref(d), url).search;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    window.dispatchEvent(new Event(URL_CHANGED));
  };

  // No drill in the address: draw one, and put it there so a reload replays it.
  useEffect(() => {
    if (search !== null && !drill && !badLink) go(randomDrill(cryptoRandom), false);
  });

  const next = () => {
    const ids = DRILL_TEMPLATES.filter((t) => !topic || t.topic === topic).map((t) => t.id);
    go(randomDrill(cryptoRandom, ids), true);
  };

  return (
    <div>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Topic
          <select value={topic} onChange={(e) => setTopic(e.target.value)} className={field}>
            <option value="">All topics ({DRILL_TEMPLATES.length} drill types)</option>
            {TOPICS.map((t) => (
              <option key={t} value={t}>
                {t} ({DRILL_TEMPLATES.filter((x) => x.topic === t).length})
              </option>
            ))}
          </select>
        </label>
        <button type="button" className={btnSecondary} onClick={next}>
          New drill
        </button>
      </div>
      {badLink ? (
        <p role="alert" className="mt-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950/40 dark:text-amber-100">
          That drill link is not valid (unknown drill or seed). Here is a fresh one instead: press “New drill”.
        </p>
      ) : null}
      <div className="mt-4">
        {drill ? <DrillCard key={`${drill.templateId}-${drill.seed}`} drill={drill} chapterTitle={chapterTitles[drill.chapter] ?? drill.chapter} onNext={next} /> : <div className={`${card} h-72 animate-pulse motion-reduce:animate-none`} aria-hidden="true" />}
      </div>
      <DrillRecord />
    </div>
  );
}

/** One drill: the prompt, the answer box, the grade and the worked solution. */
function DrillCard({ drill: d, chapterTitle, onNext }: { drill: Drill; chapterTitle: string; onNext(): void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [result, setResult] = useState<{ guess: number; grade: Grade } | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  const save = useSaveReport();

  const check = () => {
    const guess = parseGuess(text);
    if (guess === null) {
      setError('Type a number, like 1200, 1.2k or 3e5.');
      return;
    }
    setError('');
    const grade = gradeGuess(d, guess);
    if (!result) save.track(progressActions().recordDrill({ templateId: d.templateId, seed: d.seed, at: new Date().toISOString(), guess, correct: grade.correct }));
    setResult({ guess, grade });
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  return (
    <article className={`${card} break-words`} aria-labelledby={`${id}-t`}>
      <p className="text-xs font-semibold uppercase tracking-wide text-sky-700 dark:text-sky-400">
        {d.title} · {chapterTitle}
      </p>
      <h2 id={`${id}-t`} className="mt-2 text-lg font-semibold leading-snug">
        {d.prompt}
      </h2>
      <form
        className="mt-4"
        onSubmit={(e) => {
          e.preventDefault();
          check();
        }}
      >
        <label htmlFor={`${id}-a`} className="block text-sm font-medium">
          Your estimate, in {d.unit}
        </label>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <input
            id={`${id}-a`}
            inputMode="decimal"
            autoComplete="off"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={`${id}-tol ${id}-err`}
            aria-invalid={error ? true : undefined}
            className={`${field} w-40 font-mono`}
          />
          <span className="text-sm">{d.unit}</span>
          <button type="submit" className={btnPrimary}>
            Check
          </button>
        </div>
        <p id={`${id}-tol`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Graded {toleranceText(d.tolerance, d.unit)}. Work it out on paper first; 1.2k, 3e5 and 2.5M are understood.
        </p>
        <p id={`${id}-err`} className="mt-1 min-h-5 text-sm text-rose-800 dark:text-rose-300">
          {error}
        </p>
      </form>
      {result ? (
        <div className="mt-2 border-t border-slate-200 pt-4 dark:border-slate-700">
          <h3 ref={resultRef} tabIndex={-1} className={`text-lg font-semibold outline-none ${result.grade.correct ? 'text-emerald-800 dark:text-emerald-300' : 'text-rose-800 dark:text-rose-300'}`}>
            {result.grade.correct ? 'Within tolerance' : 'Outside the tolerance'}: you said {fmt(result.guess)}, the answer is {fmt(d.answer)} {d.unit} ({result.grade.verdict})
          </h3>
          <NotSaved reason={save.failed} />
          <h4 className="mt-4 font-semibold">Worked solution</h4>
          <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
            {d.steps.map((s) => (
              <li key={s.text}>
                {s.text} = <span className="font-mono tabular-nums">{fmt(s.value)}</span> {s.unit}
              </li>
            ))}
          </ol>
          <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">{d.note}</p>
          <p className="mt-4 flex flex-wrap gap-3">
            <button type="button" className={btnPrimary} onClick={onNext}>
              Next drill
            </button>
            <button
              type="button"
              className={btnSecondary}
              onClick={() => {
                void navigator.clipboard?.writeText(new URL(drillHref(d), window.location.href).toString()).then(() => setCopied(true), () => setCopied(false));
              }}
            >
              Copy link to this drill
            </button>
            <Link href={`/learn/${d.chapter}`} className="self-center text-sm text-sky-800 underline underline-offset-2 dark:text-sky-300">
              Read the chapter
            </Link>
          </p>
          <p role="status" className="mt-1 min-h-5 text-sm">
            {copied ? 'Link copied: it replays these exact numbers.' : ''}
          </p>
        </div>
      ) : null}
    </article>
  );
}

/** The learner's drill record, kept in progress. */
function DrillRecord() {
  const hydrated = useProgressHydrated();
  const attempts = useProgress((s) => s.drillAttempts);
  const allSaved = useAllSaved();
  const right = attempts.filter((a) => a.correct).length;
  const last = attempts.slice(-10);
  return (
    <section aria-labelledby="drill-record" className="mt-10">
      <h2 id="drill-record" className="text-xl font-semibold">
        Your drills
      </h2>
      <p className="mt-2 min-h-6 text-slate-700 dark:text-slate-300">
        {!hydrated ? '' : attempts.length === 0 ? 'None yet: your answers are kept in your progress.' : `${right} of ${attempts.length} within tolerance${last.length < attempts.length ? `; last ${last.length}: ${last.filter((a) => a.correct).length} right` : ''}${allSaved ? '' : ' (on this page only: your latest answers are not saved)'}.`}
      </p>
      {hydrated && attempts.length > 0 ? (
        <ul aria-label="Drills by topic" className="mt-2 flex flex-wrap gap-2 text-sm">
          {TOPICS.map((t) => {
            const ids = new Set(DRILL_TEMPLATES.filter((x) => x.topic === t).map((x) => x.id));
            const mine = attempts.filter((a) => ids.has(a.templateId));
            return mine.length ? (
              <li key={t} className="rounded-full border border-slate-300 px-2.5 py-0.5 dark:border-slate-600">
                {t}: {mine.filter((a) => a.correct).length}/{mine.length}
              </li>
            ) : null;
          })}
        </ul>
      ) : null}
    </section>
  );
}

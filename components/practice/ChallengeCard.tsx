'use client';

import { useState } from 'react';
import { NotSaved, useSaveReport } from '@/components/progress/NotSaved';
import { progressActions, useProgress, useProgressHydrated } from '@/components/progress/useProgress';
import { checkValues } from '@/lib/practice/challenge-kit';
import type { Challenge, ControlValues } from '@/lib/practice/challenges';
import { ChallengeCheckProgress } from './ChallengeCheckProgress';
import { ChallengeControlField } from './ChallengeControlField';
import { formatMetric, starString } from './format';
import { btnSecondary, card } from './styles';
import { useChallengeRun } from './useChallengeRun';

/** One scored challenge: the brief, generated controls, live objectives, stars and the best result. */
export function ChallengeCard({ challenge: ch }: { challenge: Challenge }) {
  const [values, setValues] = useState<ControlValues>(ch.start);
  const hydrated = useProgressHydrated();
  const saved = useProgress((s) => s.challenges[ch.id]);
  // A best saved under older rules (a value off the step, a challenge since re-tuned) no longer counts.
  const staleBest = saved ? checkValues(ch.controls, Object.fromEntries(ch.controls.map((c) => [c.key, saved.values[c.key]!]))) : [];
  const best = staleBest.length ? undefined : saved;
  const { track, failed } = useSaveReport();
  const { outcome, stale, phase, progress, cancel, retry } = useChallengeRun(ch.id, values, (o) => {
    if (o.ok && o.evaluation.passed) {
      const e = o.evaluation;
      if (staleBest.length) progressActions().clearChallenge(ch.id);
      track(progressActions().recordChallenge(ch.id, { stars: e.stars as 1 | 2 | 3, cost: e.cost, values: e.values, at: new Date().toISOString() }));
    }
  });
  const evaluation = outcome?.ok ? outcome.evaluation : null;
  const costText = (cost: number) => (ch.costUnit === '$' ? `$${cost.toLocaleString('en')}` : `${cost.toLocaleString('en')}${ch.costUnit ? ` ${ch.costUnit}` : ''}`);
  const met = evaluation ? evaluation.objectives.filter((o) => o.holds).length : 0;
  const running = phase.kind === 'running';
  const cancelled = phase.kind === 'cancelled';
  const seedsText = ch.seeds.length > 1 ? ` on ${ch.seeds.length} seeds` : '';
  const status = running
    ? `Checking your setting${seedsText}…`
    : cancelled
      ? `Cancelled, nothing saved.${outcome ? ' The goals above are from the last finished check.' : ''}`
      : evaluation
        ? evaluation.passed
          ? `Passed: ${starString(evaluation.stars)} ${evaluation.stars} of 3 stars at ${costText(evaluation.cost)}.`
          : `Not yet: ${met} of ${evaluation.objectives.length} goals met.`
        : outcome && !outcome.ok
          ? 'Not checked: this setting was refused (see above).'
          : '';

  return (
    <article id={ch.id} aria-labelledby={`${ch.id}-title`} className={card}>
      <h3 id={`${ch.id}-title`} className="text-lg font-semibold">
        {ch.title}
      </h3>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{ch.brief}</p>
      {ch.seeds.length > 1 ? (
        <p className="mt-2 text-sm font-medium text-slate-800 dark:text-slate-200">
          Checked on {ch.seeds.length} seeds ({ch.seeds.join(', ')}): it passes only if every goal holds on all of them, so a lucky run does not count.
        </p>
      ) : null}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-sky-800 dark:text-sky-300">Hint</summary>
        <p className="mt-1 text-slate-700 dark:text-slate-300">{ch.hint}</p>
      </details>

      <fieldset className="mt-4 grid gap-4 sm:grid-cols-2">
        <legend className="sr-only">Settings for {ch.title}</legend>
        {ch.controls.map((c) => (
          <ChallengeControlField key={c.key} control={c} value={values[c.key] ?? ''} onChange={(v) => setValues((s) => ({ ...s, [c.key]: v }))} />
        ))}
      </fieldset>

      <div className="mt-5 rounded-md bg-slate-50 p-3 dark:bg-slate-800/60" aria-busy={running}>
        <ul aria-label={`Goals for ${ch.title}`} className={`space-y-1 text-sm ${stale && !running ? 'opacity-60' : ''}`}>
          {ch.goals.map((goal) => {
            const o = evaluation?.objectives.find((x) => x.id === goal.id);
            return (
              <li key={goal.id} className="flex items-start gap-2">
                <span aria-hidden="true" className={`w-4 font-bold ${!o ? 'text-slate-500' : o.holds ? 'text-emerald-700 dark:text-emerald-400' : 'text-rose-700 dark:text-rose-400'}`}>
                  {!o ? '·' : o.holds ? '✓' : '✗'}
                </span>
                <span>
                  {goal.label}: <span className="font-mono tabular-nums">{o ? formatMetric(o.value, o.unit) : '…'}</span> (goal {goal.target}) {o ? <span className="sr-only">{o.holds ? 'met' : 'not met'}</span> : null}
                  {o && o.perSeed.length > 1 ? (
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      worst of {o.perSeed.length} seeds; per seed: <span className="font-mono tabular-nums">{o.perSeed.map((v) => formatMetric(v, o.unit)).join(' · ')}</span>
                    </span>
                  ) : null}
                </span>
              </li>
            );
          })}
          {outcome && !outcome.ok ? <li className="text-rose-800 dark:text-rose-300">{outcome.errors.join('; ')}</li> : null}
        </ul>
        <div className="mt-2 flex min-h-10 flex-wrap items-center justify-between gap-x-3 gap-y-1 text-sm">
          <p className="font-semibold" aria-live="polite">
            {status}
          </p>
          {running ? (
            <ChallengeCheckProgress title={ch.title} seeds={ch.seeds.length} progress={progress} onCancel={cancel} />
          ) : cancelled ? (
            <button type="button" className={btnSecondary} onClick={retry}>
              Check again
            </button>
          ) : null}
        </div>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {ch.costLabel}: 3 stars at ≤ {costText(ch.stars[0])}, 2 stars at ≤ {costText(ch.stars[1])}.
        </p>
      </div>

      <div className="mt-3 flex min-h-9 flex-wrap items-center justify-between gap-3 text-sm">
        <p>
          {hydrated && best ? (
            <>
              Your best: <span aria-hidden="true">{starString(best.stars)}</span>
              <span className="sr-only">{best.stars} stars</span> at {costText(best.cost)}
            </>
          ) : hydrated && saved ? (
            `An earlier best no longer counts (${staleBest[0]}): pass it again.`
          ) : hydrated ? (
            'Not passed yet'
          ) : (
            ''
          )}
        </p>
        <p className="flex gap-2">
          {hydrated && best ? (
            <button type="button" className={btnSecondary} onClick={() => setValues(Object.fromEntries(ch.controls.map((c) => [c.key, best.values[c.key] ?? ch.start[c.key]!])))}>
              Load my best
            </button>
          ) : null}
          <button type="button" className={btnSecondary} onClick={() => setValues(ch.start)}>
            Start over
          </button>
        </p>
      </div>
      <NotSaved reason={failed} />
    </article>
  );
}

'use client';

import Link from 'next/link';
import { useRef, useState } from 'react';
import { progressActions } from '@/components/progress/useProgress';
import { INTERVIEW_STEPS, pickScenario, rubricTotal, SCENARIOS, type Scenario } from '@/lib/practice/scenarios';
import { InterviewTimer, useStopwatch } from './InterviewTimer';
import { MockHistory } from './MockHistory';
import { RubricForm } from './RubricForm';
import { btnPrimary, btnSecondary, card } from './styles';

const TARGET_MIN = 35;
type Phase = 'choose' | 'interview' | 'score' | 'saved';

/** A mock system-design interview: pick a scenario, work through the steps on the clock, score yourself. */
export function MockInterview({ chapterTitles }: { chapterTitles: Record<string, string> }) {
  const [phase, setPhase] = useState<Phase>('choose');
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [done, setDone] = useState<string[]>([]);
  const [lastTotal, setLastTotal] = useState('');
  const clock = useStopwatch();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => requestAnimationFrame(() => headingRef.current?.focus());

  const begin = (s: Scenario) => {
    setScenario(s);
    setDone([]);
    clock.reset();
    clock.start();
    setPhase('interview');
    focusHeading();
  };

  return (
    <div>
      {phase === 'choose' || !scenario ? (
        <section aria-labelledby="choose" className={card}>
          <h2 id="choose" className="text-xl font-semibold">
            Pick a scenario
          </h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Each is an open question an interviewer might ask. Answer out loud, as you would in the room.</p>
          <p className="mt-4">
            <button type="button" className={btnPrimary} onClick={() => begin(pickScenario(Math.random, scenario?.id))}>
              Start a random scenario
            </button>
          </p>
          <ul className="mt-4 grid gap-2 sm:grid-cols-2">
            {SCENARIOS.map((s) => (
              <li key={s.id}>
                <button type="button" onClick={() => begin(s)} className="w-full rounded-md border border-slate-200 px-3 py-2 text-left text-sm hover:border-sky-600 dark:border-slate-700 dark:hover:border-sky-400">
                  <span className="font-medium">{s.title}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{s.chapters.map((c) => chapterTitles[c] ?? c).join(' · ')}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section aria-labelledby="scenario" className={card}>
          <p className="text-xs font-semibold uppercase tracking-wide text-sky-700 dark:text-sky-400">The interviewer says</p>
          <h2 id="scenario" ref={headingRef} tabIndex={-1} className="mt-1 text-xl font-semibold leading-snug outline-none">
            “{scenario.prompt}”
          </h2>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Draws on:{' '}
            {scenario.chapters.map((c, i) => (
              <span key={c}>
                {i > 0 ? ', ' : ''}
                <Link href={`/learn/${c}`} className="underline underline-offset-2">
                  {chapterTitles[c] ?? c}
                </Link>
              </span>
            ))}
          </p>
          {phase === 'interview' ? (
            <>
              <div className="mt-5">
                <InterviewTimer targetMin={TARGET_MIN} elapsedMs={clock.elapsedMs} running={clock.running} onToggle={() => (clock.running ? clock.pause() : clock.start())} />
              </div>
              <fieldset className="mt-6">
                <legend className="font-semibold">The steps (tick each one as you cover it)</legend>
                <ol className="mt-2 space-y-2">
                  {INTERVIEW_STEPS.map((step, i) => (
                    <li key={step.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
                      <label className="flex cursor-pointer items-start gap-3">
                        <input
                          type="checkbox"
                          className="mt-1 h-4 w-4"
                          checked={done.includes(step.id)}
                          onChange={(e) => setDone((d) => (e.target.checked ? [...d, step.id] : d.filter((x) => x !== step.id)))}
                        />
                        <span>
                          <span className="font-medium">
                            {i + 1}. {step.label}
                          </span>
                          <span className="block text-sm text-slate-700 dark:text-slate-300">{step.what}</span>
                        </span>
                      </label>
                      <details className="ml-7 mt-1 text-sm">
                        <summary className="cursor-pointer text-sky-800 dark:text-sky-300">What a strong answer covers here</summary>
                        <p className="mt-1 text-slate-700 dark:text-slate-300">{scenario.cues[step.id]}</p>
                      </details>
                    </li>
                  ))}
                </ol>
              </fieldset>
              <p className="mt-6 flex flex-wrap gap-3">
                <button
                  type="button"
                  className={btnPrimary}
                  onClick={() => {
                    clock.pause();
                    setPhase('score');
                  }}
                >
                  Finish and score
                </button>
                <button type="button" className={btnSecondary} onClick={() => setPhase('choose')}>
                  Abandon
                </button>
              </p>
            </>
          ) : null}
          {phase === 'score' ? (
            <div className="mt-6">
              <RubricForm
                onSave={(scores) => {
                  const at = new Date();
                  progressActions().recordMock({ id: `${at.getTime().toString(36)}-${scenario.id}`, scenarioId: scenario.id, at: at.toISOString(), elapsedSec: Math.round(clock.elapsedMs / 1000), stepsDone: done, scores });
                  const { total, max } = rubricTotal(scores);
                  setLastTotal(`Saved: ${total} of ${max}.`);
                  setPhase('saved');
                }}
              />
            </div>
          ) : null}
          {phase === 'saved' ? (
            <div className="mt-6">
              <p role="status" className="font-semibold text-emerald-800 dark:text-emerald-300">
                {lastTotal} It is in your history below.
              </p>
              <p className="mt-3">
                <button type="button" className={btnPrimary} onClick={() => setPhase('choose')}>
                  Another scenario
                </button>
              </p>
            </div>
          ) : null}
        </section>
      )}
      <MockHistory />
    </div>
  );
}

'use client';

import Link from 'next/link';
import { useState } from 'react';
import { progressActions, useProgress, useProgressHydrated } from '@/components/progress/useProgress';
import { btnPrimary, card } from '@/components/practice/styles';
import { startDesignDraft } from '@/lib/practice/design-mock';
import { totalElapsedMs } from '@/lib/practice/mock-clock';
import { INTERVIEW_MINUTES, INTERVIEW_PHASES } from '@/lib/practice/scenario-kit';
import type { ClientProblem } from '@/lib/problems/client';
import type { Design } from '@/lib/sim/design/schema';
import { DesignMockRoom } from './DesignMockRoom';
import { DesignMockScore } from './DesignMockScore';

/**
 * A mock interview on one design problem: start it (replacing any other interview in progress
 * after a confirmation), run it in the room, then grade and score it; the result goes to the mock
 * history and the grade to the problem's best.
 */
export function DesignMock({ problem }: { problem: ClientProblem }) {
  const hydrated = useProgressHydrated();
  const draft = useProgress((s) => s.mockDraft);
  const [scoring, setScoring] = useState<Design | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const mine = draft && draft.scenarioId === problem.id && draft.problem ? draft : null;

  if (!hydrated) return <div className={`${card} h-64 animate-pulse motion-reduce:animate-none`} aria-hidden="true" />;
  if (saved)
    return (
      <div className={card}>
        <p role="status" className="font-semibold text-emerald-800 dark:text-emerald-300">
          {saved}
        </p>
        <p className="mt-3 flex flex-wrap gap-3 text-sm">
          <Link href={`/practice/problems/${problem.id}`} className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
            The problem page: the reference, its write-up and your best grade
          </Link>
          <Link href="/practice/mock" className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
            Another mock interview
          </Link>
        </p>
      </div>
    );
  if (mine && scoring)
    return (
      <div className={card}>
        <DesignMockScore
          problem={problem}
          design={scoring}
          onSave={(points, passed, total) => {
            const at = new Date();
            const stepsDone = INTERVIEW_PHASES.filter((p) => (mine.phaseMs[p.id] ?? 0) > 0 || mine.notes[p.id]?.trim()).map((p) => p.id);
            const probes = Math.max(0, Math.min(problem.probes.length, mine.problem!.probe + (mine.problem!.followUps ? 1 : 0)));
            progressActions().recordMock({ id: `${at.getTime().toString(36)}-${problem.id}`, scenarioId: problem.id, at: at.toISOString(), elapsedSec: Math.round(totalElapsedMs(mine, at) / 1000), stepsDone, scores: {}, notes: mine.notes, followUp: mine.followUpShown, problem: { points, probes, passed, total } });
            const said = Object.values(points).filter(Boolean).length;
            setSaved(`Saved: ${said} of ${problem.rubric.length} points said${passed === null ? '' : `, and your design met ${passed} of ${total} goals`}. It is in your mock history.`);
            setScoring(null);
          }}
        />
      </div>
    );
  if (mine)
    return (
      <div className={card}>
        <DesignMockRoom problem={problem} draft={mine} onFinish={setScoring} />
      </div>
    );
  const other = draft && draft.scenarioId !== problem.id;
  return (
    <div className={card}>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {INTERVIEW_PHASES.length} timed phases, {INTERVIEW_MINUTES} minutes. Your whiteboard is the design format, graded on the engine at the end. When you say the design is done (or at minute {problem.followUpAtMin}), the interviewer asks {problem.probes.length} follow-ups, and one of them breaks your own design and measures what happens.
      </p>
      {other ? <p className="mt-2 text-sm text-amber-900 dark:text-amber-200">You have another interview in progress; starting this one replaces it.</p> : null}
      <p className="mt-4">
        <button
          type="button"
          className={btnPrimary}
          onClick={() => {
            if (other && !window.confirm('Replace the interview in progress? Its notes are deleted.')) return;
            progressActions().saveMockDraft(startDesignDraft(problem.id, problem.start, new Date()));
          }}
        >
          Start the mock interview
        </button>
      </p>
    </div>
  );
}

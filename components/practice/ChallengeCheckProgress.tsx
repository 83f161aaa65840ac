'use client';

import { WorkProgress } from '@/components/sims/framework/WorkProgress';
import { progressText } from '@/lib/practice/challenge-steps';
import { useCheckFraction, type CheckProgress } from './useChallengeRun';

/** A running challenge check: "Seed 2 of 3 · 45 %", a labelled <progress> and Cancel. Re-renders alone on each progress message. */
export function ChallengeCheckProgress({ title, seeds, progress, onCancel }: { title: string; seeds: number; progress: CheckProgress; onCancel: () => void }) {
  const fraction = useCheckFraction(progress);
  return (
    <WorkProgress
      fraction={fraction}
      label={`Check progress for ${title}`}
      text={fraction === null ? 'waiting' : progressText(fraction, seeds)}
      cancelLabel={`Cancel the check of ${title}`}
      onCancel={onCancel}
    />
  );
}

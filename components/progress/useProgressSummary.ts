'use client';

import type { ProgressData } from '@/lib/progress/schema';
import { summarizeProgress, type CourseOutline, type ProgressSummary } from '@/lib/progress/summary';
import { useNow } from './useNow';
import { useProgress, useProgressHydrated } from './useProgress';

/**
 * The learner's saved progress and its summary against the course. `summary` is null until saved
 * progress has been read, so the server HTML and the first client render agree and callers show a
 * same-size skeleton meanwhile.
 */
export function useProgressSummary(course: CourseOutline): { data: ProgressData; summary: ProgressSummary | null } {
  const hydrated = useProgressHydrated();
  const now = useNow();
  // One selector per field: each returns an existing object, so nothing re-renders needlessly.
  const chaptersRead = useProgress((s) => s.chaptersRead);
  const simsExplored = useProgress((s) => s.simsExplored);
  const predictions = useProgress((s) => s.predictions);
  const cards = useProgress((s) => s.cards);
  const mockHistory = useProgress((s) => s.mockHistory);
  const challenges = useProgress((s) => s.challenges);
  const drillAttempts = useProgress((s) => s.drillAttempts);
  const reviewLog = useProgress((s) => s.reviewLog);
  const mockDraft = useProgress((s) => s.mockDraft);
  const settings = useProgress((s) => s.settings);
  const data = { chaptersRead, simsExplored, predictions, cards, mockHistory, challenges, drillAttempts, reviewLog, mockDraft, settings };
  return { data, summary: hydrated && now ? summarizeProgress(course, data, now) : null };
}

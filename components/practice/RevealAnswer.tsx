import type { ReactNode, RefObject } from 'react';
import { btnPrimary, kbd } from './styles';

/**
 * The back of a flashcard: a button (Space) until the learner reveals it, then a titled section
 * that takes the focus for screen-reader and keyboard users. Shared by question and simulation cards.
 */
export function RevealAnswer({
  revealed,
  onReveal,
  revealLabel,
  title,
  titleRef,
  children,
}: {
  revealed: boolean;
  onReveal: () => void;
  revealLabel: string;
  title: string;
  titleRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}) {
  if (!revealed)
    return (
      <p className="mt-4">
        <button type="button" className={btnPrimary} onClick={onReveal}>
          {revealLabel} <kbd className={kbd}>Space</kbd>
        </button>
      </p>
    );
  return (
    <div className="mt-6 border-t border-slate-200 pt-4 dark:border-slate-700">
      <h3 ref={titleRef} tabIndex={-1} className="text-lg font-semibold outline-none focus-visible:outline-2">
        {title}
      </h3>
      {children}
    </div>
  );
}
